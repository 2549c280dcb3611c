import { describe, expect, it } from 'vitest';

import type { CaseRecord, CaseStep, Right, Warning, WarningKind } from '@shared/domain/case';
import {
  appointmentHistory,
  appointmentProblems,
  coordinationOverview,
  grantedRoles,
  isRunning,
  overlaps,
  type Appointment,
  type AppointmentFields,
  type AppointmentRole,
  type CoordinatorFacts,
  type GrantedRole,
} from '@shared/domain/coordination';
import { defaultCoordinationRules } from '@shared/domain/coordinationRules';
import type { TrainingState } from '@shared/domain/training';

import { caseOf, closing, decision, reopening, transition } from './caseFactory';

// ---- A small case factory: a case with the steps that decide which coordinator is owed ----

/** A case received on 5 January 2027 with these steps, asking for `rights`. */
const caseWith = (steps: CaseStep[], rights: Right[] = ['barnekoordinator', 'koordinator']) =>
  caseOf('2027-01-05', steps, rights);

/** Barnekoordinator granted on 20 January 2027, then whatever follows. */
const childGranted = (...after: CaseStep[]) =>
  caseWith([decision('barnekoordinator', '2027-01-20'), ...after]);

/** Barnekoordinator granted long ago, for the counts over twelve months. */
const grantedIn2025 = caseWith([decision('barnekoordinator', '2025-01-05')]);

// ---- Appointments ----

const names: Record<number, string> = { 1: 'Kari Lie', 2: 'Ola Dahl', 3: 'Siri Berg' };
const KARI = 1;
const OLA = 2;
const SIRI = 3;

let lastId = 0;
/**
 * One coordinator on the case from `startDate` until `endDate`; the family and the partners told
 * on the start day unless said otherwise. Built in order: a later one gets a higher id.
 */
function appointment(
  coordinatorId: number,
  startDate: string,
  endDate: string | null = null,
  more: Partial<Appointment> = {},
): Appointment {
  return {
    id: ++lastId,
    caseId: 1,
    coordinatorId,
    coordinatorName: names[coordinatorId]!,
    serviceUnitName: 'PPT',
    role: 'barnekoordinator',
    startDate,
    familyWish: 'followed',
    familyNotifiedDate: startDate,
    partnersNotifiedDate: startDate,
    endDate,
    endReason: endDate === null ? null : 'coordinatorLeft',
    endNote: '',
    recordedBy: 'ke',
    recordedAt: '2027-01-01T12:00:00.000Z',
    ...more,
  };
}

const granted = (role: AppointmentRole, from: string): GrantedRole => ({ role, from });

// ---- grantedRoles ----

describe('the roles a coordinator may be appointed in', () => {
  it.each<{ name: string; record: Pick<CaseRecord, 'steps'>; expected: GrantedRole[] }>([
    {
      name: 'a granted barnekoordinator, from the decision date',
      record: childGranted(),
      expected: [granted('barnekoordinator', '2027-01-20')],
    },
    {
      name: 'a partly granted koordinator counts as granted',
      record: caseWith([decision('koordinator', '2027-02-03', 'partlyGranted')]),
      expected: [granted('koordinator', '2027-02-03')],
    },
    {
      name: 'a refused right owes no coordinator',
      record: caseWith([decision('barnekoordinator', '2027-02-03', 'refused')]),
      expected: [],
    },
    {
      name: 'a withdrawn or dismissed right owes none either',
      record: caseWith([
        decision('barnekoordinator', '2027-02-03', 'withdrawn'),
        decision('koordinator', '2027-02-03', 'dismissed'),
      ]),
      expected: [],
    },
    {
      name: 'an individual plan is not a coordinator role',
      record: caseWith([decision('individuellPlan', '2027-02-03')], ['individuellPlan']),
      expected: [],
    },
    {
      name: 'a later refusal replaces an earlier grant',
      record: childGranted(decision('barnekoordinator', '2027-05-01', 'refused')),
      expected: [],
    },
    {
      name: 'a later grant (after an appeal) replaces an earlier refusal, from its own date',
      record: caseWith([
        decision('barnekoordinator', '2027-01-20', 'refused'),
        decision('barnekoordinator', '2027-03-10', 'granted'),
      ]),
      expected: [granted('barnekoordinator', '2027-03-10')],
    },
    {
      name: 'the later decision counts, not the one recorded last',
      record: caseWith([
        decision('barnekoordinator', '2027-03-10', 'granted'),
        decision('barnekoordinator', '2027-01-20', 'refused'),
      ]),
      expected: [granted('barnekoordinator', '2027-03-10')],
    },
    {
      name: 'both rights granted: the child’s own arrangement first',
      record: caseWith([decision('barnekoordinator', '2027-01-20'), decision('koordinator', '2027-01-22')]),
      expected: [granted('barnekoordinator', '2027-01-20'), granted('koordinator', '2027-01-22')],
    },
    {
      name: 'the transition at 18 ended the barnekoordinator',
      record: childGranted(transition('2027-09-30', 'ended')),
      expected: [],
    },
    {
      name: 'the transition at 18 went on as ordinary koordinator, from the transition date',
      record: childGranted(transition('2027-09-30', 'ordinaryCoordinator')),
      expected: [granted('koordinator', '2027-09-30')],
    },
    {
      name: 'an ordinary koordinator already granted keeps its own date at the transition',
      record: childGranted(
        decision('koordinator', '2027-02-01'),
        transition('2027-09-30', 'ordinaryCoordinator'),
      ),
      expected: [granted('koordinator', '2027-02-01')],
    },
    {
      name: 'a transition that ended the barnekoordinator leaves a granted koordinator alone',
      record: childGranted(decision('koordinator', '2027-02-01'), transition('2027-09-30', 'ended')),
      expected: [granted('koordinator', '2027-02-01')],
    },
    {
      name: 'the barnekoordinator extended past 18 stays',
      record: childGranted(transition('2027-09-30', 'extended', '2030-09-30')),
      expected: [granted('barnekoordinator', '2027-01-20')],
    },
    {
      name: 'a closed case owes no coordinator',
      record: childGranted(closing('2027-04-01')),
      expected: [],
    },
    {
      name: 'a reopened case owes one again',
      record: childGranted(closing('2027-04-01'), reopening('2027-04-10')),
      expected: [granted('barnekoordinator', '2027-01-20')],
    },
  ])('$name', ({ record, expected }) => {
    expect(grantedRoles(record)).toEqual(expected);
  });
});

// ---- Running and overlapping ----

describe('running and overlapping appointments', () => {
  it.each([
    [null, '2027-03-01', true, 'not ended'],
    ['2027-03-02', '2027-03-01', true, 'ends tomorrow'],
    ['2027-03-01', '2027-03-01', false, 'ended today: the end day is the handover day'],
    ['2027-02-28', '2027-03-01', false, 'ended yesterday'],
  ] as const)('end %s on %s -> running %s (%s)', (endDate, day, expected, _why) => {
    expect(isRunning({ endDate }, day)).toBe(expected);
  });

  const p = (startDate: string, endDate: string | null = null) => ({ startDate, endDate });
  it.each([
    [p('2027-01-01', '2027-02-01'), p('2027-02-01'), false, 'a handover on the end day'],
    [p('2027-01-01', '2027-02-01'), p('2027-01-31'), true, 'the next starts the day before the end'],
    [p('2027-01-01'), p('2027-06-01'), true, 'one not ended and one starting later'],
    [
      p('2027-06-01'),
      p('2027-01-01', '2027-06-01'),
      false,
      'a later one after an earlier that ended on its start',
    ],
    [p('2027-06-01'), p('2027-01-01', '2027-06-02'), true, 'an earlier one ending a day into the later'],
    [p('2027-01-01', '2027-02-01'), p('2027-03-01', '2027-04-01'), false, 'apart'],
    [p('2027-01-01', '2027-12-01'), p('2027-03-01', '2027-04-01'), true, 'one inside the other'],
  ])('%j and %j -> %s (%s)', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

// ---- appointmentHistory ----

describe('the history of a case’s coordinators', () => {
  const grant = [granted('barnekoordinator', '2027-01-20')];
  it.each<{
    name: string;
    appointments: Appointment[];
    granted: GrantedRole[];
    /** Coordinator, days without, change: oldest first. */
    expected: [number, number | null, boolean][];
  }>([
    {
      name: 'counts the first from the grant: 20 January to 1 February is 12 days',
      appointments: [appointment(KARI, '2027-02-01')],
      granted: grant,
      expected: [[KARI, 12, false]],
    },
    {
      name: 'counts 0 for a first appointment on the day of the grant',
      appointments: [appointment(KARI, '2027-01-20')],
      granted: grant,
      expected: [[KARI, 0, false]],
    },
    {
      name: 'counts from the earliest grant when two rights are granted',
      appointments: [appointment(KARI, '2027-02-01')],
      granted: [granted('koordinator', '2027-01-25'), granted('barnekoordinator', '2027-01-20')],
      expected: [[KARI, 12, false]],
    },
    {
      name: 'has nothing to count the first from when nothing is granted',
      appointments: [appointment(KARI, '2027-02-01')],
      granted: [],
      expected: [[KARI, null, false]],
    },
    {
      name: 'counts 0 for a handover on the same day, and calls it a change',
      appointments: [appointment(KARI, '2027-02-01', '2027-03-01'), appointment(OLA, '2027-03-01')],
      granted: grant,
      expected: [
        [KARI, 12, false],
        [OLA, 0, true],
      ],
    },
    {
      name: 'counts a gap of 10 days between an end on 1 March and a start on 11 March',
      appointments: [appointment(KARI, '2027-02-01', '2027-03-01'), appointment(OLA, '2027-03-11')],
      granted: grant,
      expected: [
        [KARI, 12, false],
        [OLA, 10, true],
      ],
    },
    {
      name: 'counts a gap across the end of February 2028 (a leap year)',
      appointments: [appointment(KARI, '2027-02-01', '2028-02-27'), appointment(OLA, '2028-03-01')],
      granted: grant,
      expected: [
        [KARI, 12, false],
        [OLA, 3, true],
      ],
    },
    {
      name: 'gives null for an overlap with the one before',
      appointments: [appointment(KARI, '2027-02-01', '2027-03-10'), appointment(OLA, '2027-03-05')],
      granted: grant,
      expected: [
        [KARI, 12, false],
        [OLA, null, true],
      ],
    },
    {
      name: 'gives null when the one before has not ended',
      appointments: [appointment(KARI, '2027-02-01'), appointment(OLA, '2027-03-05')],
      granted: grant,
      expected: [
        [KARI, 12, false],
        [OLA, null, true],
      ],
    },
    {
      name: 'does not call the same coordinator again a change, but counts the gap',
      appointments: [appointment(KARI, '2027-02-01', '2027-03-01'), appointment(KARI, '2027-04-01')],
      granted: grant,
      expected: [
        [KARI, 12, false],
        [KARI, 31, false],
      ],
    },
    {
      name: 'sorts by start date whatever order they come in',
      appointments: [
        appointment(SIRI, '2027-05-01'),
        appointment(KARI, '2027-02-01', '2027-03-01'),
        appointment(OLA, '2027-03-01', '2027-04-20'),
      ],
      granted: grant,
      expected: [
        [KARI, 12, false],
        [OLA, 0, true],
        [SIRI, 11, true],
      ],
    },
  ])('$name', ({ appointments, granted: roles, expected }) => {
    const history = appointmentHistory(appointments, roles);
    expect(history.map((a) => [a.coordinatorId, a.daysWithout, a.isChange])).toEqual(expected);
  });
});

// ---- coordinationOverview: need, current and warnings ----

const status = (state: TrainingState) => ({ state, validUntil: state === 'never' ? null : '2027-06-01' });

/** Every coordinator trained, with one case and no capacity set, unless the row says otherwise. */
function factsOf(overrides: Record<number, Partial<CoordinatorFacts>> = {}) {
  const map = new Map<number, CoordinatorFacts>();
  for (const id of [KARI, OLA, SIRI])
    map.set(id, { training: status('trained'), caseload: 1, capacity: null, ...overrides[id] });
  return map;
}

interface OverviewRow {
  name: string;
  record: Pick<CaseRecord, 'steps'>;
  appointments: Appointment[];
  today: string;
  facts?: Record<number, Partial<CoordinatorFacts>>;
  /** Exactly these warnings, in this order. */
  warnings: WarningKind[];
  /** This warning is among them, with these parameters. */
  warning?: Warning;
  /** The coordinator of the current appointment (null: none). */
  current?: number | null;
  need?: { role: AppointmentRole; since: string } | null;
}

const overviewTable: OverviewRow[] = [
  // ---- withoutCoordinator: more than withoutCoordinatorDays (14) without one ----
  {
    name: 'does not warn 14 days after the grant with no coordinator (20 January to 3 February)',
    record: childGranted(),
    appointments: [],
    today: '2027-02-03',
    warnings: [],
    current: null,
    need: { role: 'barnekoordinator', since: '2027-01-20' },
  },
  {
    name: 'warns 15 days after the grant with no coordinator',
    record: childGranted(),
    appointments: [],
    today: '2027-02-04',
    warnings: ['withoutCoordinator'],
    warning: { kind: 'withoutCoordinator', params: { since: '2027-01-20', days: 15 } },
  },
  {
    name: 'counts from the last end when a coordinator ended: 14 days after 1 March, no warning',
    record: childGranted(),
    appointments: [appointment(KARI, '2027-01-25', '2027-03-01')],
    today: '2027-03-15',
    warnings: [],
    current: null,
  },
  {
    name: 'counts from the last end when a coordinator ended: 15 days after 1 March, a warning',
    record: childGranted(),
    appointments: [
      appointment(KARI, '2027-01-25', '2027-02-10'),
      appointment(OLA, '2027-02-10', '2027-03-01'),
    ],
    today: '2027-03-16',
    warnings: ['withoutCoordinator'],
    warning: { kind: 'withoutCoordinator', params: { since: '2027-03-01', days: 15 } },
  },
  {
    name: 'does not warn when an appointment is planned to start later, and shows it as current',
    record: childGranted(),
    appointments: [appointment(KARI, '2027-04-01')],
    today: '2027-03-16',
    warnings: [],
    current: KARI,
  },
  {
    name: 'does not warn on a closed case, which owes no coordinator',
    record: childGranted(closing('2027-02-01')),
    appointments: [],
    today: '2027-03-16',
    warnings: [],
    need: null,
  },
  {
    name: 'does not warn when the right was refused',
    record: caseWith([decision('barnekoordinator', '2027-01-20', 'refused')]),
    appointments: [],
    today: '2027-03-16',
    warnings: [],
    need: null,
  },
  {
    name: 'counts from the transition date when the barnekoordinator goes on as ordinary koordinator',
    record: childGranted(transition('2027-09-30', 'ordinaryCoordinator')),
    appointments: [appointment(KARI, '2027-02-01', '2027-09-30')],
    today: '2027-10-15',
    warnings: ['withoutCoordinator'],
    warning: { kind: 'withoutCoordinator', params: { since: '2027-09-30', days: 15 } },
    need: { role: 'koordinator', since: '2027-09-30' },
  },

  // ---- coordinatorUntrained: the current coordinator has no valid training ----
  {
    name: 'warns when the current coordinator’s training has expired',
    record: childGranted(),
    appointments: [appointment(KARI, '2027-02-01')],
    today: '2027-03-01',
    facts: { [KARI]: { training: status('expired') } },
    warnings: ['coordinatorUntrained'],
    warning: { kind: 'coordinatorUntrained', params: { name: 'Kari Lie' } },
    current: KARI,
  },
  {
    name: 'warns when the current coordinator was never trained',
    record: childGranted(),
    appointments: [appointment(KARI, '2027-02-01')],
    today: '2027-03-01',
    facts: { [KARI]: { training: status('never') } },
    warnings: ['coordinatorUntrained'],
  },
  {
    name: 'does not warn while the training only expires soon',
    record: childGranted(),
    appointments: [appointment(KARI, '2027-02-01')],
    today: '2027-03-01',
    facts: { [KARI]: { training: status('expiresSoon') } },
    warnings: [],
  },
  {
    name: 'does not warn before the appointment has started (it starts tomorrow)',
    record: childGranted(),
    appointments: [appointment(KARI, '2027-03-02')],
    today: '2027-03-01',
    facts: { [KARI]: { training: status('never') } },
    warnings: [],
    current: KARI,
  },
  {
    name: 'warns from the day the appointment starts',
    record: childGranted(),
    appointments: [appointment(KARI, '2027-03-01')],
    today: '2027-03-01',
    facts: { [KARI]: { training: status('never') } },
    warnings: ['coordinatorUntrained'],
  },
  {
    name: 'looks only at the current coordinator, not at one who has left',
    record: childGranted(),
    appointments: [appointment(KARI, '2027-02-01', '2027-02-15'), appointment(OLA, '2027-02-15')],
    today: '2027-03-01',
    facts: { [KARI]: { training: status('never') } },
    warnings: [],
    current: OLA,
  },
  {
    name: 'does not warn about the coordinator of a closed case',
    record: childGranted(closing('2027-02-20')),
    appointments: [appointment(KARI, '2027-02-01')],
    today: '2027-03-01',
    facts: { [KARI]: { training: status('never'), caseload: 9, capacity: 2 } },
    warnings: [],
  },

  // ---- coordinatorOverCapacity: only above the capacity, never without one ----
  {
    name: 'does not warn at the capacity (3 of 3)',
    record: childGranted(),
    appointments: [appointment(KARI, '2027-02-01')],
    today: '2027-03-01',
    facts: { [KARI]: { caseload: 3, capacity: 3 } },
    warnings: [],
  },
  {
    name: 'warns above the capacity (4 of 3)',
    record: childGranted(),
    appointments: [appointment(KARI, '2027-02-01')],
    today: '2027-03-01',
    facts: { [KARI]: { caseload: 4, capacity: 3 } },
    warnings: ['coordinatorOverCapacity'],
    warning: { kind: 'coordinatorOverCapacity', params: { name: 'Kari Lie', caseload: 4, capacity: 3 } },
  },
  {
    name: 'never warns when no capacity is set, however many cases',
    record: childGranted(),
    appointments: [appointment(KARI, '2027-02-01')],
    today: '2027-03-01',
    facts: { [KARI]: { caseload: 40, capacity: null } },
    warnings: [],
  },
  {
    name: 'gives both warnings for an untrained coordinator above capacity, untrained first',
    record: childGranted(),
    appointments: [appointment(KARI, '2027-02-01')],
    today: '2027-03-01',
    facts: { [KARI]: { training: status('expired'), caseload: 2, capacity: 1 } },
    warnings: ['coordinatorUntrained', 'coordinatorOverCapacity'],
  },

  // ---- familyNotInformed: a change the family was not told of ----
  {
    name: 'does not warn about the first appointment without a notification date',
    record: childGranted(),
    appointments: [appointment(KARI, '2027-02-01', null, { familyNotifiedDate: null })],
    today: '2027-03-01',
    warnings: [],
  },
  {
    name: 'warns about a change the family was not told of, naming the new coordinator',
    record: childGranted(),
    appointments: [
      appointment(KARI, '2027-02-01', '2027-02-15'),
      appointment(OLA, '2027-02-15', null, { familyNotifiedDate: null }),
    ],
    today: '2027-03-01',
    warnings: ['familyNotInformed'],
    warning: { kind: 'familyNotInformed', params: { name: 'Ola Dahl', date: '2027-02-15' } },
  },
  {
    name: 'does not warn about a change the family was told of',
    record: childGranted(),
    appointments: [
      appointment(KARI, '2027-02-01', '2027-02-15'),
      appointment(OLA, '2027-02-15', null, { familyNotifiedDate: '2027-02-16' }),
    ],
    today: '2027-03-01',
    warnings: [],
  },
  {
    name: 'does not warn when the same coordinator comes back: that is no change',
    record: childGranted(),
    appointments: [
      appointment(KARI, '2027-02-01', '2027-02-10'),
      appointment(KARI, '2027-02-12', null, { familyNotifiedDate: null }),
    ],
    today: '2027-03-01',
    warnings: [],
  },

  {
    name: 'does not warn about an earlier change once that coordinator has left: it is history',
    record: childGranted(),
    appointments: [
      appointment(KARI, '2027-02-01', '2027-02-10'),
      appointment(OLA, '2027-02-10', '2027-02-20', { familyNotifiedDate: null }),
      appointment(SIRI, '2027-02-20', null, { familyNotifiedDate: '2027-02-18' }),
    ],
    today: '2027-03-01',
    // Two changes in a month are a warning of their own.
    warnings: ['frequentChanges'],
  },

  // ---- frequentChanges: two or more changes within the last 12 months ----
  {
    name: 'warns about 2 changes within the last 12 months',
    record: grantedIn2025,
    appointments: [
      appointment(KARI, '2026-01-10', '2026-08-01'),
      appointment(OLA, '2026-08-01', '2027-02-01'),
      appointment(SIRI, '2027-02-01'),
    ],
    today: '2027-06-01',
    warnings: ['frequentChanges'],
    warning: { kind: 'frequentChanges', params: { count: 2, months: 12 } },
  },
  {
    name: 'does not warn about 1 change within the last 12 months',
    record: grantedIn2025,
    appointments: [appointment(KARI, '2026-01-10', '2027-02-01'), appointment(OLA, '2027-02-01')],
    today: '2027-06-01',
    warnings: [],
  },
  {
    name: 'does not warn about 2 changes when one is older than 12 months',
    record: grantedIn2025,
    appointments: [
      appointment(KARI, '2025-01-10', '2026-05-01'),
      appointment(OLA, '2026-05-01', '2027-02-01'),
      appointment(SIRI, '2027-02-01'),
    ],
    today: '2027-06-01',
    warnings: [],
  },
  {
    name: 'does not count a change exactly 12 months ago (1 June 2026 on 1 June 2027)',
    record: grantedIn2025,
    appointments: [
      appointment(KARI, '2025-01-10', '2026-06-01'),
      appointment(OLA, '2026-06-01', '2027-02-01'),
      appointment(SIRI, '2027-02-01'),
    ],
    today: '2027-06-01',
    warnings: [],
  },
  {
    name: 'counts a change 12 months less a day ago (2 June 2026 on 1 June 2027)',
    record: grantedIn2025,
    appointments: [
      appointment(KARI, '2025-01-10', '2026-06-02'),
      appointment(OLA, '2026-06-02', '2027-02-01'),
      appointment(SIRI, '2027-02-01'),
    ],
    today: '2027-06-01',
    warnings: ['frequentChanges'],
  },
  {
    name: 'does not count a planned change that starts after today; Ola holds the case until then',
    record: grantedIn2025,
    appointments: [
      appointment(KARI, '2026-01-10', '2027-02-01'),
      appointment(OLA, '2027-02-01', '2027-07-01'),
      appointment(SIRI, '2027-07-01'),
    ],
    today: '2027-06-01',
    warnings: [],
    current: OLA,
  },
  {
    name: 'warns of a planned change the family has not been told of, before the handover',
    record: grantedIn2025,
    appointments: [
      appointment(OLA, '2027-02-01', '2027-07-01'),
      appointment(SIRI, '2027-07-01', null, { familyNotifiedDate: null }),
    ],
    today: '2027-06-01',
    warnings: ['familyNotInformed'],
    current: OLA,
  },
  {
    name: 'shows a planned coordinator as current while nobody holds the case',
    record: grantedIn2025,
    appointments: [appointment(KARI, '2026-01-10', '2027-02-01'), appointment(SIRI, '2027-07-01')],
    today: '2027-06-01',
    warnings: [],
    current: SIRI,
  },
  {
    name: 'does not count the same coordinator appointed again as a change',
    record: grantedIn2025,
    appointments: [
      appointment(KARI, '2026-01-10', '2026-08-01'),
      appointment(KARI, '2026-08-01', '2027-02-01'),
      appointment(OLA, '2027-02-01'),
    ],
    today: '2027-06-01',
    warnings: [],
  },
];

describe('the coordination overview of a case', () => {
  it.each(overviewTable)('$name', (row) => {
    const result = coordinationOverview(
      row.record,
      row.appointments,
      factsOf(row.facts),
      defaultCoordinationRules,
      row.today,
    );
    expect(result.warnings.map((w) => w.kind)).toEqual(row.warnings);
    if (row.warning) expect(result.warnings).toContainEqual(row.warning);
    if (row.current !== undefined) expect(result.current?.coordinatorId ?? null).toBe(row.current);
    if (row.need !== undefined) expect(result.need).toEqual(row.need);
    expect(result.history.map((a) => a.id)).toEqual(
      [...row.appointments].sort((a, b) => a.startDate.localeCompare(b.startDate)).map((a) => a.id),
    );
  });

  it('follows the days without a coordinator of the settings, not a literal', () => {
    const rules = { ...defaultCoordinationRules, withoutCoordinatorDays: 30 };
    const at = (today: string) =>
      coordinationOverview(childGranted(), [], factsOf(), rules, today).warnings.map((w) => w.kind);
    expect(at('2027-02-19')).toEqual([]);
    expect(at('2027-02-20')).toEqual(['withoutCoordinator']);
  });
});

// ---- appointmentProblems ----

const TODAY = '2027-03-01';

const fields = (more: Partial<AppointmentFields> = {}): AppointmentFields => ({
  coordinatorId: KARI,
  role: 'barnekoordinator',
  startDate: '2027-02-01',
  familyWish: 'followed',
  familyNotifiedDate: null,
  partnersNotifiedDate: null,
  endDate: null,
  ...more,
});

const period = (id: number, startDate: string, endDate: string | null = null) => ({ id, startDate, endDate });

describe('what an appointment must not be', () => {
  it.each<{
    name: string;
    record?: Pick<CaseRecord, 'steps'>;
    others?: ReturnType<typeof period>[];
    appointment: AppointmentFields;
    expected: Record<string, string>;
  }>([
    {
      name: 'a valid appointment has no problems',
      appointment: fields({ familyNotifiedDate: TODAY, partnersNotifiedDate: '2027-02-02' }),
      expected: {},
    },
    {
      name: 'starting on the decision day is allowed',
      appointment: fields({ startDate: '2027-01-20' }),
      expected: {},
    },
    {
      name: 'a role that was not granted (koordinator on a barnekoordinator case)',
      appointment: fields({ role: 'koordinator' }),
      expected: { role: 'validation.roleNotGranted' },
    },
    {
      name: 'a role whose right was refused',
      record: caseWith([decision('barnekoordinator', '2027-01-20', 'refused')]),
      appointment: fields(),
      expected: { role: 'validation.roleNotGranted' },
    },
    {
      name: 'any role on a closed case',
      record: childGranted(closing('2027-02-20')),
      appointment: fields({ startDate: '2027-02-25' }),
      expected: { role: 'validation.roleNotGranted' },
    },
    {
      name: 'a start the day before the decision',
      appointment: fields({ startDate: '2027-01-19' }),
      expected: { startDate: 'validation.appointmentBeforeDecision' },
    },
    {
      name: 'a koordinator after the transition starting before the transition date',
      record: childGranted(transition('2027-09-30', 'ordinaryCoordinator')),
      appointment: fields({ role: 'koordinator', startDate: '2027-09-29' }),
      expected: { startDate: 'validation.appointmentBeforeDecision' },
    },
    {
      name: 'an end before the start',
      appointment: fields({ endDate: '2027-01-31' }),
      expected: { endDate: 'validation.endBeforeStart' },
    },
    {
      name: 'an end on the start day is allowed',
      appointment: fields({ endDate: '2027-02-01' }),
      expected: {},
    },
    {
      name: 'the family told tomorrow',
      appointment: fields({ familyNotifiedDate: '2027-03-02' }),
      expected: { familyNotifiedDate: 'validation.dateInFuture' },
    },
    {
      name: 'the partners told tomorrow',
      appointment: fields({ partnersNotifiedDate: '2027-03-02' }),
      expected: { partnersNotifiedDate: 'validation.dateInFuture' },
    },
    {
      name: 'a person with a coordinator not ended',
      others: [period(9, '2027-01-25')],
      appointment: fields(),
      expected: { startDate: 'validation.personHasCoordinator' },
    },
    {
      name: 'a person whose coordinator ends after the new start',
      others: [period(9, '2027-01-25', '2027-02-05')],
      appointment: fields(),
      expected: { startDate: 'validation.personHasCoordinator' },
    },
    {
      name: 'a person with a coordinator planned to start later, when the new one does not end',
      others: [period(9, '2027-04-01')],
      appointment: fields(),
      expected: { startDate: 'validation.personHasCoordinator' },
    },
    {
      name: 'a handover on the day the other ends is allowed',
      others: [period(9, '2027-01-25', '2027-02-01')],
      appointment: fields(),
      expected: {},
    },
    {
      name: 'one that ends before the other starts is allowed',
      others: [period(9, '2027-04-01')],
      appointment: fields({ endDate: '2027-04-01' }),
      expected: {},
    },
    {
      name: 'a start before the decision is reported, not also the overlap',
      others: [period(9, '2027-01-10')],
      appointment: fields({ startDate: '2027-01-15' }),
      expected: { startDate: 'validation.appointmentBeforeDecision' },
    },
    {
      name: 'every problem at once, each next to its field',
      others: [period(9, '2026-12-01')],
      appointment: fields({
        role: 'koordinator',
        endDate: '2027-01-01',
        familyNotifiedDate: '2027-04-01',
        partnersNotifiedDate: '2027-04-01',
      }),
      expected: {
        role: 'validation.roleNotGranted',
        endDate: 'validation.endBeforeStart',
        familyNotifiedDate: 'validation.dateInFuture',
        partnersNotifiedDate: 'validation.dateInFuture',
        startDate: 'validation.personHasCoordinator',
      },
    },
  ])('$name', ({ record = childGranted(), others = [], appointment: a, expected }) => {
    expect(appointmentProblems(record, others, a, TODAY)).toEqual(expected);
  });
});
