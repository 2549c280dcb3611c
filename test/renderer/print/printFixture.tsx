import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';

import { parseHash } from '@renderer/app/router';
import { PrintRoute } from '@renderer/features/print/PrintRoute';
import type { SamordnaBridge, SavePdfOutcome, SavePdfRequest } from '@shared/api/bridge';
import type { CaseDetail } from '@shared/api/cases';
import type { Result } from '@shared/api/errors';
import type { PlanDetail } from '@shared/api/plans';
import type { CaseOverviewPrint } from '@shared/api/print';
import type { SessionUser } from '@shared/api/session';
import { defaultCaseRules, type CaseRecord, type CaseStep, type Person } from '@shared/domain/case';
import { coordinationOverview, type Appointment } from '@shared/domain/coordination';
import { defaultCoordinationRules } from '@shared/domain/coordinationRules';
import { deriveCase } from '@shared/domain/deriveCase';
import { defaultPlanRules, planPointKeys, type Goal, type Plan } from '@shared/domain/plan';
import { ipGrantedFrom, planOverview } from '@shared/domain/planOverview';

// jsdom has no Web Animations; the design system's Spinner asks for the running animations.
if (typeof document.getAnimations !== 'function') {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}

export const TODAY = '2027-03-01';
export const CASE_ID = 12;
const recorded = { recordedBy: 'kari.ke', recordedAt: '2027-01-10T10:00:00.000Z' };

export const ADMIN_USER: SessionUser = {
  id: 1,
  username: 'kari.ke',
  displayName: 'Kari Saksbehandler',
  role: 'admin',
};
export const LEDER: SessionUser = { id: 2, username: 'lise', displayName: 'Lise Leder', role: 'leder' };

/**
 * Ola, 15, mapped at home with his mother, IP and barnekoordinator granted in January, a consent,
 * and a coordinator since 1 February.
 */
export const steps: CaseStep[] = [
  {
    ...recorded,
    id: 30,
    kind: 'mapping',
    date: '2027-01-08',
    form: 'homeVisit',
    participants: 'Ola, Kari Nordmann (mor), saksbehandler',
    childParticipated: true,
    childViews: 'Vil helst ha én å ringe til.',
  },
  {
    ...recorded,
    id: 31,
    kind: 'decision',
    right: 'individuellPlan',
    outcome: 'granted',
    reasons: 'Langvarige og sammensatte behov.',
    legalBasis: 'pasient- og brukerrettighetsloven § 2-5',
    decisionDate: '2027-01-20',
    notifiedDate: '2027-01-21',
  },
  {
    ...recorded,
    id: 32,
    kind: 'decision',
    right: 'barnekoordinator',
    outcome: 'granted',
    reasons: '',
    legalBasis: 'pasient- og brukerrettighetsloven § 2-5 c',
    decisionDate: '2027-01-20',
    notifiedDate: '2027-02-15',
  },
  {
    ...recorded,
    id: 33,
    kind: 'consent',
    type: 'informationSharing',
    givenBy: 'guardian',
    givenByName: 'Kari Nordmann',
    date: '2027-01-12',
    validUntil: '2027-02-01',
    scope: '',
    withdrawnDate: null,
  },
];

const person: Person = {
  id: 3,
  name: 'Ola Nordmann',
  nationalId: '01861190133',
  birthDate: '2011-06-01',
  dueDate: null,
  address: 'Storgata 1, 1870 Ørje',
  phone: '',
  email: '',
  interpreterNeeded: false,
  interpreterLanguage: '',
  relations: [
    {
      id: 5,
      name: 'Kari Nordmann',
      relation: 'mother',
      parentalResponsibility: true,
      mayConsent: true,
      phone: '900 11 222',
      email: '',
      address: '',
    },
  ],
};

const record: CaseRecord = {
  id: CASE_ID,
  caseNumber: '2027-0012',
  personId: 3,
  receivedDate: '2027-01-04',
  channel: 'oral',
  appliedBy: 'guardian',
  appliedByName: 'Kari Nordmann',
  rightsRequested: ['individuellPlan', 'barnekoordinator'],
  needDescription: 'Cerebral parese.',
  services: [],
  steps,
  createdAt: '2027-01-04T09:00:00.000Z',
  updatedAt: '2027-01-04T09:00:00.000Z',
};

const appointment: Appointment = {
  id: 7,
  caseId: CASE_ID,
  coordinatorId: 4,
  coordinatorName: 'Siri Berg',
  serviceUnitName: 'Helsestasjonen',
  role: 'barnekoordinator',
  startDate: '2027-02-01',
  familyWish: 'followed',
  familyNotifiedDate: '2027-02-01',
  partnersNotifiedDate: null,
  endDate: null,
  endReason: null,
  endNote: '',
  ...recorded,
};

const plan: Plan = {
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
  ...recorded,
  updatedAt: recorded.recordedAt,
};

const goals: Goal[] = [
  {
    id: 51,
    position: 0,
    text: 'Gå på skolen hver dag',
    area: 'kindergartenSchool',
    status: 'inProgress',
    targetDate: '2027-06-20',
    achievedDate: null,
    measures: [
      {
        id: 61,
        goalId: 51,
        position: 0,
        text: 'Skyss til og fra skolen',
        serviceUnitId: 2,
        serviceUnitName: 'PPT',
        dueDate: '2027-04-01',
        status: 'inProgress',
      },
    ],
  },
];

/** The case and its plan as core's print.caseOverview sends them, derived by the shared rules. */
export function caseOverviewPrint(): CaseOverviewPrint {
  const rules = { ...defaultCaseRules };
  const coordination = coordinationOverview(
    record,
    [appointment],
    new Map(),
    defaultCoordinationRules,
    TODAY,
  );
  const detail: CaseDetail = {
    record,
    person,
    overview: deriveCase(record, person, rules, TODAY),
    coordination,
    plan: null,
    rules,
    today: TODAY,
  };
  const points = planPointKeys.map((key) => ({ key, covered: false, note: '' }));
  const planDetail: PlanDetail = {
    caseId: CASE_ID,
    caseNumber: record.caseNumber,
    personId: person.id,
    personName: person.name,
    caseClosed: false,
    anonymisedAt: null,
    ipGrantedFrom: ipGrantedFrom(record),
    coordinator: { name: 'Siri Berg', role: 'barnekoordinator' },
    plan,
    points,
    goals,
    members: [],
    meetings: [],
    overview: planOverview(
      { plan, goals, meetings: [], points, members: 0, record, hasCoordinator: true },
      defaultPlanRules,
      TODAY,
    ),
    rules: defaultPlanRules,
    today: TODAY,
  };
  return { case: detail, plan: planDetail };
}

type Call = { channel: string; input: unknown };

/** Stands in for core (and, with `savePdf`, for the desktop app's bridge); records every call. */
export class FakePrintCore implements SamordnaBridge {
  kind: 'host' | 'electron' = 'host';
  readonly calls: Call[] = [];
  savePdf?: (request: SavePdfRequest) => Promise<SavePdfOutcome>;

  constructor(
    private readonly answers: Record<string, unknown>,
    private readonly user: SessionUser = ADMIN_USER,
  ) {}

  channels() {
    return this.calls.map((c) => c.channel);
  }

  invoke = (async (channel: string, input: unknown): Promise<Result<unknown>> => {
    this.calls.push({ channel, input });
    if (channel === 'session.status')
      return {
        ok: true,
        data: {
          state: 'open',
          demo: false,
          municipality: 'Marker kommune',
          user: this.user,
          idleTimeoutMinutes: 10,
        },
      };
    if (channel === 'session.activity') return { ok: true, data: null };
    if (channel in this.answers) return { ok: true, data: this.answers[channel] };
    return { ok: false, error: { code: 'NOT_FOUND', message: 'Finnes ikke.' } };
  }) as SamordnaBridge['invoke'];
}

/** Opens a print address as App does for a signed-in user. */
export function openPrint(hash: string, user: SessionUser = ADMIN_USER) {
  window.location.hash = hash;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <PrintRoute route={parseHash(hash)} user={user} />
    </QueryClientProvider>,
  );
}
