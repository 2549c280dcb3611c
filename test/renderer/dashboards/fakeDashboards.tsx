import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { setBridge } from '@renderer/api/client';
import { parseHash, useHash } from '@renderer/app/router';
import { DashboardsArea } from '@renderer/features/dashboards/DashboardsArea';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { Role } from '@shared/api/channel';
import { dashboardGroups, type Dashboard, type DashboardKey, type FigureList } from '@shared/api/dashboards';
import type { Result } from '@shared/api/errors';

// jsdom has no Web Animations; the design system's Spinner asks for the running animations.
if (typeof document.getAnimations !== 'function') {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}

/** Core's clock in these tests: Wednesday 10 March 2027. */
export const TODAY = '2027-03-10';
/** What core answers for "no period": the last twelve months. */
export const DEFAULT_PERIOD = { from: '2026-03-11', to: TODAY };

const coordinatorGroups = new Set([
  'training.status',
  'training.untrainedWithCases',
  'assignments.caseload',
  'assignments.capacity',
]);

/**
 * A dashboard as core shapes it: every group of the contract with its figures, each figure a
 * different value (1, 2, 3, … through the dashboard) so a test can tell them apart.
 */
export function fakeDashboard(key: DashboardKey, period: { from: string; to: string } | null): Dashboard {
  let value = 0;
  const groups = Object.entries(dashboardGroups[key]).map(([group, figures]) => ({
    key: group,
    figures:
      key === 'assignments' && group === 'serviceUnits'
        ? [
            { key: 'unit-1', label: 'Helsestasjonen', value: 7, list: 'cases' as const },
            { key: 'unit-2', label: 'PPT', value: 0, list: 'cases' as const },
          ]
        : (figures as readonly string[]).map((figure) => ({
            key: figure,
            value: (value += 1),
            list:
              coordinatorGroups.has(`${key}.${group}`) && figure !== 'cases'
                ? ('coordinators' as const)
                : ('cases' as const),
          })),
  }));
  return {
    key,
    today: TODAY,
    period: key === 'changes' || key === 'plans' ? (period ?? DEFAULT_PERIOD) : null,
    threshold: null,
    groups,
    nextSessions:
      key === 'training'
        ? [
            { id: 4, date: '2027-04-06', courseName: 'Grunnkurs for koordinatorer', attendees: 12 },
            { id: 9, date: '2027-05-18', courseName: 'Barnekoordinator i praksis', attendees: 3 },
          ]
        : [],
  };
}

type Call = { channel: string; input: Record<string, unknown> };

/** Stands in for core: dashboards by key (and period), and whatever figure lists a test sets. */
export class FakeCore implements SamordnaBridge {
  readonly kind = 'host' as const;
  readonly calls: Call[] = [];
  /** The answer to `dashboards.figure`, by `dashboard/group/figure`; anything else is NOT_FOUND. */
  lists = new Map<string, FigureList>();
  /** Changes to each dashboard before it is answered (a leder's suppressed counts, say). */
  adjust: (d: Dashboard) => Dashboard = (d) => d;

  invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
    this.calls.push({ channel, input });
    const ok = (data: unknown): Result<unknown> => ({ ok: true, data });
    const period =
      typeof input.from === 'string' && typeof input.to === 'string'
        ? { from: input.from, to: input.to }
        : null;
    switch (channel) {
      case 'dashboards.get':
        return ok(this.adjust(fakeDashboard(input.dashboard as DashboardKey, period)));
      case 'dashboards.figure': {
        const list = this.lists.get(
          `${String(input.dashboard)}/${String(input.group)}/${String(input.figure)}`,
        );
        if (!list) return { ok: false, error: { code: 'NOT_FOUND', message: 'Fant ikke.' } };
        return ok({ ...list, period: list.period ? (period ?? DEFAULT_PERIOD) : null });
      }
      default:
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Ukjent forespørsel.' } };
    }
  }) as SamordnaBridge['invoke'];

  sent(channel: string) {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input);
  }
}

/** The area at the window's address, as the app shell shows it. */
function AreaAtAddress({ role }: { role: Role }) {
  return <DashboardsArea route={parseHash(useHash())} role={role} />;
}

/** Opens the Oversikt area at an address with a fresh query cache and the fake core. */
export function openArea(core: FakeCore, address: string, role: Role = 'saksbehandler') {
  setBridge(core);
  window.history.replaceState(null, '', address);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <AreaAtAddress role={role} />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}
