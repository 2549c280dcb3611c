import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { setBridge } from '@renderer/api/client';
import { CasePage } from '@renderer/features/cases/casePage/CasePage';
import type { Candidate } from '@shared/api/appointments';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { CaseDetail } from '@shared/api/cases';
import type { ApiErrorShape, Result } from '@shared/api/errors';
import type { PlanSummary } from '@shared/api/plans';
import type { ServiceUnit } from '@shared/api/serviceUnits';
import { defaultCaseRules, type CaseRecord, type Decision, type Person } from '@shared/domain/case';
import { coordinationOverview, type Appointment } from '@shared/domain/coordination';
import { defaultCoordinationRules } from '@shared/domain/coordinationRules';
import { deriveCase } from '@shared/domain/deriveCase';

// jsdom has no Web Animations; the design system's Spinner asks for the running animations.
if (typeof document.getAnimations !== 'function') {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}

export const CASE_ID = 12;
/** Where the user came from: the case list with a filter, kept through every page of the case. */
export const LIST = '#/saker?status=open';

export function personOf(change: Partial<Person> = {}): Person {
  return {
    id: 3,
    name: 'Ola Nordmann',
    nationalId: null,
    birthDate: '2011-06-01',
    dueDate: null,
    address: 'Storgata 1, 1870 Ørje',
    phone: '91234567',
    email: '',
    interpreterNeeded: false,
    interpreterLanguage: '',
    relations: [],
    ...change,
  };
}

export function recordOf(change: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: CASE_ID,
    caseNumber: '2027-0012',
    personId: 3,
    receivedDate: '2027-01-04',
    channel: 'oral',
    appliedBy: 'guardian',
    appliedByName: 'Kari Nordmann',
    rightsRequested: ['barnekoordinator'],
    needDescription: 'Cerebral parese.',
    services: [],
    steps: [],
    createdAt: '2027-01-04T09:00:00.000Z',
    updatedAt: '2027-01-04T09:00:00.000Z',
    ...change,
  };
}

/**
 * A case as core sends it: status, deadlines, warnings and next action derived as of `today`;
 * `plan` is the individual plan's summary as core would derive it (none by default).
 */
export function detailOf(
  record: CaseRecord,
  person: Person,
  today: string,
  appointments: Appointment[] = [],
  plan: PlanSummary | null = null,
): CaseDetail {
  const rules = { ...defaultCaseRules };
  const coordination = coordinationOverview(record, appointments, new Map(), defaultCoordinationRules, today);
  const overview = deriveCase(record, person, rules, today);
  return { record, person, overview, coordination, plan, rules, today };
}

type Call = { channel: string; input: Record<string, unknown> };

/**
 * Stands in for core: serves one case, records every call, and answers a change with the case
 * as it would then be (or with `failWith`, as core refuses).
 */
export class FakeCore implements SamordnaBridge {
  readonly kind = 'host' as const;
  readonly calls: Call[] = [];
  failWith: ApiErrorShape | null = null;
  serviceUnits: ServiceUnit[] = [{ id: 1, name: 'Helsestasjonen', active: true, coordinatorCount: 2 }];
  candidates: Candidate[] = [];

  constructor(public detail: CaseDetail) {}

  changes(channel: string) {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input);
  }

  invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
    this.calls.push({ channel, input });
    const ok = (data: unknown): Result<unknown> => ({ ok: true, data });
    const refused = this.failWith ? ({ ok: false, error: this.failWith } as const) : null;
    switch (channel) {
      case 'session.status':
        return ok({
          state: 'open',
          // A demo register: the tests type synthetic (Tenor) numbers, never a real person's.
          demo: true,
          municipality: 'Marker kommune',
          user: null,
          idleTimeoutMinutes: 10,
        });
      case 'serviceUnits.list':
        return ok(this.serviceUnits);
      case 'cases.get':
        return ok(this.detail);
      case 'appointments.candidates':
        return ok(this.candidates);
      case 'cases.recordStep':
      case 'cases.update':
      case 'appointments.appoint':
      case 'appointments.change':
      case 'appointments.end':
      case 'appointments.correct':
      case 'appointments.remove':
        return refused ?? ok(this.detail);
      case 'persons.update': {
        if (refused) return refused;
        const { id: _id, ...person } = input;
        this.detail = { ...this.detail, person: { ...this.detail.person, ...person } as Person };
        return ok(this.detail.person);
      }
      default:
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Ukjent forespørsel.' } };
    }
  }) as SamordnaBridge['invoke'];
}

/** Opens `#/saker/12/<rest>` as the app does, coming from the filtered case list. */
export function openCasePage(rest: string[] = [], query = '') {
  const path = ['saker', String(CASE_ID), ...rest].join('/');
  window.location.hash = `#/${path}?fra=${encodeURIComponent(LIST)}${query ? `&${query}` : ''}`;
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <QueryClientProvider client={queryClient}>
      <CasePage id={CASE_ID} rest={rest} back={LIST} />
    </QueryClientProvider>,
  );
}

/** The validation message shown next to a field, or '' when there is none. */
export function messageNextTo(input: HTMLElement): string {
  const wrapper = input.closest('ds-field, .field, fieldset');
  const message = wrapper?.querySelector('[data-field="validation"], .ds-validation-message');
  return message?.textContent?.trim() ?? '';
}

/** A barnekoordinator granted on 10 January 2027 and sent to the family the day after. */
export const GRANTED_BK: Decision = {
  recordedBy: 'kari.ke',
  recordedAt: '2027-01-10T10:00:00.000Z',
  id: 31,
  kind: 'decision',
  right: 'barnekoordinator',
  outcome: 'granted',
  reasons: '',
  legalBasis: '',
  decisionDate: '2027-01-10',
  notifiedDate: '2027-01-11',
};

/** The closing form of a granted case: one real form whose date field react-hook-form registers. */
export async function openClosingForm() {
  const core = new FakeCore(detailOf(recordOf({ steps: [GRANTED_BK] }), personOf(), '2027-02-20'));
  setBridge(core);
  openCasePage(['avslutning']);
  const date = (await screen.findByLabelText('Dato for avslutning')) as HTMLInputElement;
  return { core, user: userEvent.setup(), date };
}
