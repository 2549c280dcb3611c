import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { parseHash, useHash } from '@renderer/app/router';
import { PlansPage } from '@renderer/features/plans/PlansPage';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { Result } from '@shared/api/errors';
import type { PlanList, PlanListRow } from '@shared/api/plans';
import { defaultPlanRules, planStatuses, type PlanStatus } from '@shared/domain/plan';

// jsdom has no Web Animations; the design system's Spinner asks for the running animations.
if (typeof document.getAnimations !== 'function') {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}

/** A plan list row with sensible values; tests change only what they are about. */
function planRow(caseId: number, change: Partial<PlanListRow> = {}): PlanListRow {
  return {
    caseId,
    caseNumber: `2026-${String(caseId).padStart(4, '0')}`,
    personId: caseId,
    personName: `Person ${caseId}`,
    status: 'active',
    tool: 'sampro',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    nextRevisionDate: '2099-06-01',
    lastEvaluation: null,
    progress: { goals: 0, goalsAchieved: 0, measures: 0, measuresDone: 0, percent: null },
    coordinatorName: 'Kari Koordinator',
    warnings: [],
    ...change,
  };
}

type Call = { channel: string; input: Record<string, unknown> };

/** Stands in for core: `plans.list` searches names and numbers and filters as core does. */
class FakeCore implements SamordnaBridge {
  readonly kind = 'host' as const;
  readonly calls: Call[] = [];
  plans: PlanListRow[] = [];
  toStart = 0;

  invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
    this.calls.push({ channel, input });
    const ok = (data: unknown): Result<unknown> => ({ ok: true, data });
    switch (channel) {
      case 'plans.list':
        return ok(this.list(input));
      case 'plans.rules':
        return ok(defaultPlanRules);
      default:
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Ukjent forespørsel.' } };
    }
  }) as SamordnaBridge['invoke'];

  lastSent(channel: string) {
    return this.calls.filter((c) => c.channel === channel).at(-1)?.input;
  }

  private list(input: Record<string, unknown>): PlanList {
    const q = String(input.q ?? '').toLowerCase();
    const matching = this.plans.filter(
      (p) => q === '' || p.personName.toLowerCase().includes(q) || p.caseNumber.includes(q),
    );
    const warning = input.warning as string | undefined;
    const warned = matching.filter((p) =>
      warning === undefined
        ? true
        : warning === 'any'
          ? p.warnings.length > 0
          : p.warnings.some((w) => w.kind === warning),
    );
    const statusCounts = Object.fromEntries(planStatuses.map((s) => [s, 0])) as Record<PlanStatus, number>;
    for (const p of warned) statusCounts[p.status] += 1;
    const status = input.status as string | undefined;
    const shown = warned.filter((p) =>
      status === undefined
        ? true
        : status === 'running'
          ? p.status !== 'closed' && p.status !== 'notWanted'
          : p.status === status,
    );
    const offset = Number(input.offset ?? 0);
    const limit = Number(input.limit ?? 50);
    return {
      rows: shown.slice(offset, offset + limit),
      total: shown.length,
      all: this.plans.length,
      statusCounts,
      toStart: this.toStart,
    };
  }
}

/** The list at the window's address, as the app shell shows it. */
function ListAtAddress() {
  return <PlansPage query={parseHash(useHash()).query} />;
}

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore();
  core.plans = [
    planRow(1, {
      personName: 'Kari Nordmann',
      status: 'forEvaluation',
      nextRevisionDate: '2026-03-01',
      lastEvaluation: '2025-03-01',
      progress: { goals: 3, goalsAchieved: 2, measures: 4, measuresDone: 1, percent: 66 },
      warnings: [
        { kind: 'revisionOverdue', params: { date: '2026-03-01' } },
        { kind: 'planConsentWithdrawn', params: { type: 'plan', date: '2026-02-01' } },
      ],
    }),
    planRow(2, { personName: 'Ola Hansen', status: 'inProgress', coordinatorName: null }),
    planRow(3, { personName: 'Karianne Berg', status: 'closed' }),
  ];
  setBridge(core);
  window.history.replaceState(null, '', '#/planer');
});
afterEach(() => setBridge(undefined));

async function openList(address = '#/planer') {
  window.history.replaceState(null, '', address);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ListAtAddress />
    </QueryClientProvider>,
  );
  await screen.findByRole('table', { name: 'Individuelle planer' });
  return userEvent.setup();
}

const table = () => screen.getByRole('table', { name: 'Individuelle planer' });
const rows = () => within(table()).getAllByRole('row').slice(1);
const names = () => rows().map((row) => within(row).getAllByRole('cell')[1]!.textContent);

describe('the list of individual plans', () => {
  it('shows the running plans, next revision first, with how many there are', async () => {
    await openList();
    expect(core.lastSent('plans.list')).toMatchObject({
      q: '',
      status: 'running',
      sort: 'nextRevisionDate',
      desc: false,
      limit: 50,
      offset: 0,
    });
    expect(names()).toEqual(['Kari Nordmann', 'Ola Hansen']);
    expect(screen.getByText('Viser 1–2 av 2 planer (registeret har 3).')).toBeTruthy();
  });

  it('shows status, revision, evaluation, progress, coordinator and short warnings on each row', async () => {
    await openList();
    const [kari, ola] = rows();
    const cells = within(kari!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[2]).toBe('Til evaluering');
    expect(cells[3]).toContain('Revisjon forfalt');
    expect(cells[4]).toContain('01.03.2026');
    expect(cells[5]).toContain('2/3 mål (66 %)');
    expect(cells[6]).toBe('01.03.2025');
    expect(cells[7]).toBe('Kari Koordinator');
    // Short words on screen; the whole sentence for screen readers and as a tooltip.
    expect(within(kari!).getByText('Revisjon forfalt')).toBeTruthy();
    expect(
      within(kari!).getByText('Samtykke til plan trukket').closest('[title]')!.getAttribute('title'),
    ).toBe('Planen er i bruk, men samtykket til individuell plan ble trukket 01.02.2026.');
    const olaCells = within(ola!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(olaCells[5]).toBe('Ingen mål');
    expect(olaCells[7]).toBe('Ingen');
  });

  it('tells the two consents apart when both are missing', async () => {
    core.plans = [
      planRow(4, {
        warnings: [
          { kind: 'planConsentMissing', params: { type: 'plan' } },
          { kind: 'planConsentMissing', params: { type: 'informationSharing' } },
        ],
      }),
    ];
    await openList();
    const [row] = rows();
    expect(within(row!).getByText('Samtykke til plan mangler')).toBeTruthy();
    expect(within(row!).getByText('Samtykke til deling mangler')).toBeTruthy();
  });

  it('links each row to the plan page of its case', async () => {
    await openList();
    expect(screen.getByRole('link', { name: '2026-0001' }).getAttribute('href')).toBe('#/planer/1');
  });

  it('filters by status through the address, and counts the plans per status beside the choice', async () => {
    const user = await openList();
    const status = screen.getByRole('combobox', { name: 'Status' });
    expect(within(status).getByRole('option', { name: 'Løpende planer (2)' })).toBeTruthy();
    expect(within(status).getByRole('option', { name: 'Avsluttet (1)' })).toBeTruthy();

    await user.selectOptions(status, 'closed');
    await waitFor(() => expect(names()).toEqual(['Karianne Berg']));
    expect(core.lastSent('plans.list')).toMatchObject({ status: 'closed', offset: 0 });
    expect(window.location.hash).toBe('#/planer?status=closed');
  });

  it('filters on one warning, or on any warning', async () => {
    const user = await openList();
    const warning = screen.getByRole('combobox', { name: 'Må følges opp' });
    expect(within(warning).getByRole('option', { name: 'Samtykke mangler' })).toBeTruthy();
    await user.selectOptions(warning, 'fewMeetings');
    await waitFor(() => expect(screen.getByText('Ingen planer passer (registeret har 3).')).toBeTruthy());
    expect(core.lastSent('plans.list')).toMatchObject({ warning: 'fewMeetings' });

    await user.selectOptions(warning, 'any');
    await waitFor(() => expect(names()).toEqual(['Kari Nordmann']));
    expect(window.location.hash).toBe('#/planer?warning=any');
  });

  it('searches at the first keystroke and keeps the search in the address', async () => {
    const user = await openList();
    await user.type(screen.getByRole('searchbox', { name: 'Søk i planer' }), 'ola');
    await waitFor(() => expect(names()).toEqual(['Ola Hansen']));
    expect(core.lastSent('plans.list')).toMatchObject({ q: 'ola' });
    expect(window.location.hash).toBe('#/planer?q=ola');
  });

  it('opens with the search and filter the address holds, as when coming back from a plan', async () => {
    await openList('#/planer?q=kari&status=all');
    expect(core.lastSent('plans.list')).toMatchObject({ q: 'kari', status: undefined });
    expect(names()).toEqual(['Kari Nordmann', 'Karianne Berg']);
    expect(screen.getByRole('searchbox', { name: 'Søk i planer' })).toHaveProperty('value', 'kari');
  });

  it('sorts by a column with the keyboard, and the second time the other way', async () => {
    const user = await openList();
    const progress = screen.getByRole('button', { name: 'Fremdrift' });
    progress.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(core.lastSent('plans.list')).toMatchObject({ sort: 'progress', desc: false }));
    expect(progress.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(core.lastSent('plans.list')).toMatchObject({ sort: 'progress', desc: true }));

    await user.click(screen.getByRole('button', { name: 'Må følges opp' }));
    await waitFor(() => expect(core.lastSent('plans.list')).toMatchObject({ sort: 'warnings', desc: true }));
    expect(window.location.hash).toBe('#/planer?sort=warnings&desc=1');
  });

  it('pages through a long list fifty at a time', async () => {
    core.plans = Array.from({ length: 70 }, (_, i) => planRow(i + 1));
    window.scrollTo = vi.fn();
    const user = await openList();
    expect(screen.getByText('Side 1 av 2')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Neste side' }));
    await waitFor(() =>
      expect(screen.getByText('Viser 51–70 av 70 planer (registeret har 70).')).toBeTruthy(),
    );
    expect(core.lastSent('plans.list')).toMatchObject({ offset: 50 });
    expect(window.location.hash).toBe('#/planer?page=2');
  });

  it('tells how many granted cases have no plan yet', async () => {
    core.toStart = 2;
    await openList();
    expect(screen.getByTestId('plans-to-start').textContent).toContain(
      '2 saker med innvilget individuell plan har ingen plan ennå.',
    );
  });

  it('says nothing about plans to start when there are none', async () => {
    await openList();
    expect(screen.queryByTestId('plans-to-start')).toBeNull();
  });

  it('says how plans are started when the register has none', async () => {
    core.plans = [];
    window.history.replaceState(null, '', '#/planer');
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={queryClient}>
        <ListAtAddress />
      </QueryClientProvider>,
    );
    expect(
      await screen.findByText(
        'Ingen individuelle planer er registrert ennå. En plan startes fra saken når retten til individuell plan er innvilget.',
      ),
    ).toBeTruthy();
  });
});
