import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';

import { parseHash, useHash } from '@renderer/app/router';
import { PlanPage } from '@renderer/features/plans/planPage/PlanPage';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { ApiErrorShape, Result } from '@shared/api/errors';
import type { PlanDetail } from '@shared/api/plans';
import type { ServiceUnit } from '@shared/api/serviceUnits';
import type { CaseStep, Consent, Decision } from '@shared/domain/case';
import {
  defaultPlanRules,
  planPointKeys,
  type Goal,
  type Measure,
  type Meeting,
  type Member,
  type Plan,
  type PlanPoint,
} from '@shared/domain/plan';
import { ipGrantedFrom, planOverview } from '@shared/domain/planOverview';

// jsdom has no Web Animations; the design system's Spinner asks for the running animations.
if (typeof document.getAnimations !== 'function') {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}

export const CASE_ID = 12;
export const TODAY = '2027-03-01';

const recorded = { recordedBy: 'kari.ke', recordedAt: '2027-01-10T10:00:00.000Z' };

export const ipGranted: Decision = {
  ...recorded,
  id: 31,
  kind: 'decision',
  right: 'individuellPlan',
  outcome: 'granted',
  reasons: '',
  legalBasis: '',
  decisionDate: '2027-01-10',
  notifiedDate: '2027-01-11',
};

export const planConsent: Consent = {
  ...recorded,
  id: 32,
  kind: 'consent',
  type: 'plan',
  givenBy: 'guardian',
  givenByName: 'Kari Nordmann',
  date: '2027-01-12',
  validUntil: null,
  scope: '',
  withdrawnDate: null,
};

export function planOf(change: Partial<Plan> = {}): Plan {
  return {
    id: 5,
    caseId: CASE_ID,
    wanted: true,
    tool: 'sampro',
    toolReference: 'SP-2027-44',
    periodStart: '2027-02-01',
    periodEnd: '2028-01-31',
    nextRevisionDate: '2027-08-01',
    lastEvaluationDate: null,
    closedDate: null,
    closedNote: '',
    recordedBy: 'kari.ke',
    recordedAt: '2027-02-01T10:00:00.000Z',
    updatedAt: '2027-02-01T10:00:00.000Z',
    ...change,
  };
}

export function measureOf(id: number, goalId: number, change: Partial<Measure> = {}): Measure {
  return {
    id,
    goalId,
    position: 0,
    text: `Tiltak ${id}`,
    serviceUnitId: 1,
    serviceUnitName: 'Helsestasjonen',
    dueDate: null,
    status: 'planned',
    ...change,
  };
}

export function goalOf(id: number, change: Partial<Goal> = {}): Goal {
  return {
    id,
    position: 0,
    text: `Mål ${id}`,
    area: 'health',
    status: 'inProgress',
    targetDate: null,
    achievedDate: null,
    measures: [],
    ...change,
  };
}

export const mother: Member = {
  id: 41,
  kind: 'family',
  name: 'Kari Nordmann',
  role: 'mor',
  serviceUnitId: null,
  serviceUnitName: null,
};
export const nurse: Member = {
  id: 42,
  kind: 'service',
  name: 'Siri Berg',
  role: 'helsesykepleier',
  serviceUnitId: 1,
  serviceUnitName: 'Helsestasjonen',
};

export interface PlanParts {
  steps?: CaseStep[];
  plan?: Plan | null;
  goals?: Goal[];
  members?: Member[];
  meetings?: Meeting[];
  covered?: Partial<Record<(typeof planPointKeys)[number], string>>;
  caseClosed?: boolean;
  anonymisedAt?: string | null;
  coordinator?: PlanDetail['coordinator'];
  today?: string;
}

/** A plan as core sends it: status, progress and warnings derived by the shared rules. */
export function detailOf(parts: PlanParts = {}): PlanDetail {
  const steps = parts.steps ?? [ipGranted, planConsent];
  const plan = parts.plan === undefined ? planOf() : parts.plan;
  const goals = (parts.goals ?? []).map((g, i) => ({
    ...g,
    position: i,
    measures: g.measures.map((m, j) => ({ ...m, goalId: g.id, position: j })),
  }));
  const meetings = parts.meetings ?? [];
  const points: PlanPoint[] = planPointKeys.map((key) => ({
    key,
    covered: parts.covered?.[key] !== undefined,
    note: parts.covered?.[key] ?? '',
  }));
  const today = parts.today ?? TODAY;
  const coordinator =
    parts.coordinator === undefined ? { name: 'Ola Dahl', role: 'koordinator' as const } : parts.coordinator;
  const record = { steps };
  return {
    caseId: CASE_ID,
    caseNumber: '2027-0012',
    personId: 3,
    personName: 'Ola Nordmann',
    caseClosed: parts.caseClosed ?? false,
    anonymisedAt: parts.anonymisedAt ?? null,
    ipGrantedFrom: ipGrantedFrom(record),
    coordinator,
    plan,
    points,
    goals,
    members: parts.members ?? [],
    meetings,
    overview: plan
      ? planOverview(
          {
            plan,
            goals,
            meetings,
            points,
            members: (parts.members ?? []).length,
            record,
            hasCoordinator: coordinator !== null,
          },
          defaultPlanRules,
          today,
        )
      : null,
    rules: defaultPlanRules,
    today,
  };
}

type Call = { channel: string; input: Record<string, unknown> };

/**
 * Stands in for core: serves one plan, records every call, and answers a change with `after`
 * (the plan as it would then be; the same plan when not set), or with `failWith` as core refuses.
 */
export class FakeCore implements SamordnaBridge {
  readonly kind = 'host' as const;
  readonly calls: Call[] = [];
  failWith: ApiErrorShape | null = null;
  after: PlanDetail | null = null;
  serviceUnits: ServiceUnit[] = [
    { id: 1, name: 'Helsestasjonen', active: true, coordinatorCount: 2 },
    { id: 2, name: 'PPT', active: true, coordinatorCount: 1 },
    { id: 3, name: 'Gamle avdelingen', active: false, coordinatorCount: 0 },
  ];

  constructor(public detail: PlanDetail) {}

  changes(channel: string) {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input);
  }

  invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
    this.calls.push({ channel, input });
    const ok = (data: unknown): Result<unknown> => ({ ok: true, data });
    if (channel === 'plans.get') return ok(this.detail);
    if (channel === 'serviceUnits.list') return ok(this.serviceUnits);
    if (channel.startsWith('plans.')) {
      if (this.failWith) return { ok: false, error: this.failWith };
      this.detail = this.after ?? this.detail;
      return ok(this.detail);
    }
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Ukjent forespørsel.' } };
  }) as SamordnaBridge['invoke'];
}

/**
 * Renders the plan page at `#/planer/12/<segments>` as the area router does: the page follows the
 * address, so a form that saves and goes back shows the plan page again.
 */
export function openPlanPage(segments: string[] = []) {
  window.location.hash = `#/${['planer', String(CASE_ID), ...segments].join('/')}`;
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <QueryClientProvider client={queryClient}>
      <Routed />
    </QueryClientProvider>,
  );
}

function Routed() {
  const hash = useHash();
  const segments = parseHash(hash).segments.slice(2);
  return <PlanPage caseId={CASE_ID} segments={segments} />;
}

/** The validation message shown next to a field, or '' when there is none. */
export function messageNextTo(input: HTMLElement): string {
  const wrapper = input.closest('ds-field, .field, fieldset');
  const message = wrapper?.querySelector('[data-field="validation"], .ds-validation-message');
  return message?.textContent?.trim() ?? '';
}
