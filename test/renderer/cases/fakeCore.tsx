import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';

import type { SamordnaBridge } from '@shared/api/bridge';
import type { AgendaRow, CaseList, CaseListRow } from '@shared/api/cases';
import type { ApiErrorShape, Result } from '@shared/api/errors';
import type { PersonMatch } from '@shared/api/persons';
import type { ServiceUnit } from '@shared/api/serviceUnits';
import { caseStatuses, defaultCaseRules, type CaseRules, type CaseStatus } from '@shared/domain/case';

// jsdom has no Web Animations; the design system's Spinner asks for the running animations.
if (typeof document.getAnimations !== 'function') {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}

/** A case list row with sensible values; tests change only what they are about. */
export function listRow(id: number, change: Partial<CaseListRow> = {}): CaseListRow {
  return {
    id,
    caseNumber: `2026-${String(id).padStart(4, '0')}`,
    personId: id,
    personName: `Person ${id}`,
    nationalId: null,
    birthDate: '2015-05-01',
    dueDate: null,
    receivedDate: '2026-02-01',
    channel: 'oral',
    rightsRequested: ['koordinator'],
    rightsGranted: [],
    status: 'received',
    officeDeadline: null,
    officeDeadlineKind: null,
    appealDeadline: null,
    decidedDate: null,
    closedDate: null,
    decisions: [],
    appeals: [],
    ...change,
  };
}

type Call = { channel: string; input: Record<string, unknown> };

/**
 * Stands in for core. `cases.list` searches the names and numbers of `cases` and filters on
 * status, as core does in SQL; every call is recorded, so tests see what the screen asked for.
 */
export class FakeCore implements SamordnaBridge {
  readonly kind = 'host' as const;
  readonly calls: Call[] = [];
  cases: CaseListRow[] = [];
  protocol: CaseListRow[] = [];
  agenda: AgendaRow[] = [];
  rules: CaseRules = { ...defaultCaseRules };
  serviceUnits: ServiceUnit[] = [
    { id: 1, name: 'Helsestasjonen', active: true, coordinatorCount: 2 },
    { id: 7, name: 'PPT', active: true, coordinatorCount: 1 },
  ];
  /** Persons found by `persons.findByNationalId`, by number. */
  persons = new Map<string, PersonMatch>();
  /** When set, the next `cases.create` or `cases.updateRules` fails with this error. */
  failWith: ApiErrorShape | null = null;
  demo = false;
  /** The user's draft of the new-case form, as core keeps it. */
  draft: { data: Record<string, unknown>; savedAt: string } | null = null;

  invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
    this.calls.push({ channel, input });
    const ok = (data: unknown): Result<unknown> => ({ ok: true, data });
    switch (channel) {
      case 'session.status':
        return ok({
          state: 'open',
          demo: this.demo,
          municipality: 'Marker kommune',
          user: null,
          idleTimeoutMinutes: 10,
        });
      case 'serviceUnits.list':
        return ok(this.serviceUnits);
      case 'cases.list':
        return ok(this.list(input));
      case 'cases.protocol':
        return ok(this.protocol);
      case 'cases.agenda':
        return ok(this.agenda);
      case 'cases.rules':
        return ok(this.rules);
      case 'cases.updateRules':
        if (this.failWith) return { ok: false, error: this.failWith };
        this.rules = input as unknown as CaseRules;
        return ok(this.rules);
      case 'persons.findByNationalId':
        return ok(this.persons.get(String(input.nationalId)) ?? null);
      case 'drafts.get':
        return ok(this.draft);
      case 'drafts.save':
        this.draft = { data: input.data as Record<string, unknown>, savedAt: '2026-03-02T09:15:00.000Z' };
        return ok({ savedAt: this.draft.savedAt });
      case 'drafts.discard':
        this.draft = null;
        return ok(null);
      case 'cases.create':
        if (this.failWith) return { ok: false, error: this.failWith };
        return ok({ record: { id: 99, caseNumber: '2026-0099' } });
      default:
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Ukjent forespørsel.' } };
    }
  }) as SamordnaBridge['invoke'];

  /** What the screen sent on a channel, oldest first. */
  sent(channel: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input);
  }

  lastSent(channel: string): Record<string, unknown> | undefined {
    return this.sent(channel).at(-1);
  }

  private list(input: Record<string, unknown>): CaseList {
    const q = String(input.q ?? '').toLowerCase();
    const matching = this.cases.filter(
      (c) =>
        q === '' ||
        c.personName.toLowerCase().includes(q) ||
        c.caseNumber.includes(q) ||
        (c.nationalId ?? '').startsWith(q),
    );
    const statusCounts = Object.fromEntries(caseStatuses.map((s) => [s, 0])) as Record<CaseStatus, number>;
    for (const c of matching) statusCounts[c.status] += 1;
    const status = input.status as string | undefined;
    const shown = matching.filter((c) =>
      status === undefined ? true : status === 'open' ? c.status !== 'closed' : c.status === status,
    );
    const offset = Number(input.offset ?? 0);
    const limit = Number(input.limit ?? 100);
    return {
      rows: shown.slice(offset, offset + limit),
      total: shown.length,
      all: this.cases.length,
      statusCounts,
    };
  }
}

/** Renders with a fresh query cache, as a new window would. */
export function renderWithQueries(ui: ReactNode) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
}

/** The validation message shown next to a field, or '' when there is none. */
export function messageNextTo(input: HTMLElement): string {
  const wrapper = input.closest('ds-field, .field');
  const message = wrapper?.querySelector('[data-field="validation"]');
  return message?.textContent?.trim() ?? '';
}
