import { describe, expect, it } from 'vitest';

import { addDays } from '@shared/domain/calendar';
import type {
  CaseRecord,
  CaseStatus,
  Deadline,
  NextAction,
  Person,
  Warning,
  WarningKind,
} from '@shared/domain/case';
import { defaultCaseRules } from '@shared/domain/case';
import { deriveCase } from '@shared/domain/deriveCase';

import {
  appeal,
  assessment,
  caseOf,
  closing,
  consent,
  decidedCase,
  decision,
  interimReply,
  mapping,
  person,
  reopening,
  transition,
} from './caseFactory';

const rules = defaultCaseRules;

/** What a row expects; only the facts given are checked. */
interface Row {
  name: string;
  record: CaseRecord;
  person?: Person;
  today: string;
  status?: CaseStatus;
  /** Some deadline has these properties. */
  deadline?: Partial<Deadline>;
  noDeadline?: Deadline['kind'];
  /** The due dates of every appeal deadline. */
  appealDueDates?: string[];
  /** Exactly these warnings, in this order. */
  warnings?: WarningKind[];
  /** This warning is among them, with these parameters. */
  warning?: Warning;
  next?: NextAction | null;
  ageToday?: number | null;
  /** The computed age condition of barnekoordinator. */
  ageCondition?: boolean | null;
}

/** A case decided and notified on `notified`, received two weeks before. */
const notifiedOn = (notified: string, outcome: 'granted' | 'refused' = 'granted') =>
  decidedCase(addDays(notified, -14), notified, { notified, outcome });

const unborn = person(null, { dueDate: '2027-08-20' });
const unbornCase = caseOf('2027-05-10', [
  mapping('2027-05-20'),
  consent('2027-05-20'),
  interimReply('2027-06-01'),
]);

/** Turns 18 on Thursday 30 September 2027; barnekoordinator granted 25 January 2027. */
const turning18 = person('2009-09-30');
const granted18 = (...after: ReturnType<typeof transition>[]) =>
  decidedCase('2027-01-05', '2027-01-25', { after: () => after });

/** Turns 15 on Tuesday 15 June 2027. */
const turning15 = person('2012-06-15');
const participationCase = (...more: ReturnType<typeof mapping>[]) =>
  caseOf('2027-05-03', [
    mapping('2027-05-10', false),
    consent('2027-05-10'),
    interimReply('2027-05-20'),
    ...more,
  ]);

const leapling = person('2012-02-29');
const leaplingCase = caseOf('2027-02-01', [
  mapping('2027-02-05', false),
  consent('2027-02-05'),
  interimReply('2027-02-10'),
]);

const refusedAndAppealed = (more: Parameters<typeof appeal>[2]) =>
  decidedCase('2027-02-15', '2027-03-01', {
    outcome: 'refused',
    after: ([d]) => [appeal(d!, '2027-03-10', more)],
  });

const table: Row[] = [
  // ---- The interim reply: the office's deadline moves back to a working day ----
  {
    name: 'gives a case received 31 January 2027 until Friday 26 February for the interim reply (28 February is a Sunday)',
    record: caseOf('2027-01-31', [mapping('2027-02-03'), consent('2027-02-03')]),
    today: '2027-02-10',
    deadline: { kind: 'interimReply', dueDate: '2027-02-26', state: 'running', daysLeft: 16 },
    warnings: [],
    next: { kind: 'assess', right: 'barnekoordinator' },
  },
  {
    name: 'counts 29 February 2028 for a case received 31 January 2028, due soon a week before',
    record: caseOf('2028-01-31', [mapping('2028-02-01'), consent('2028-02-01')]),
    today: '2028-02-22',
    deadline: { kind: 'interimReply', dueDate: '2028-02-29', state: 'dueSoon', daysLeft: 7 },
    next: { kind: 'interimReply' },
  },
  {
    name: 'moves the interim reply back from Maundy Thursday 2027 to Wednesday 24 March and warns the day after',
    record: caseOf('2027-02-25', [mapping('2027-03-01'), consent('2027-03-01')]),
    today: '2027-03-25',
    deadline: { kind: 'interimReply', dueDate: '2027-03-24', state: 'overdue', daysLeft: -1 },
    warnings: ['interimReplyOverdue'],
    warning: { kind: 'interimReplyOverdue', params: { dueDate: '2027-03-24' } },
    next: { kind: 'interimReply' },
  },
  {
    name: 'moves the interim reply back from Easter Monday 2028 past all of Easter to Wednesday 12 April',
    record: caseOf('2028-03-17'),
    today: '2028-03-20',
    deadline: { kind: 'interimReply', dueDate: '2028-04-12', state: 'running', daysLeft: 23 },
    next: { kind: 'mapping' },
  },
  {
    name: 'moves the interim reply back from 17 May 2027, also Whit Monday, to Friday 14 May',
    record: caseOf('2027-04-17'),
    today: '2027-05-10',
    deadline: { kind: 'interimReply', dueDate: '2027-05-14', state: 'dueSoon', daysLeft: 4 },
    warnings: [],
  },
  {
    name: 'moves the interim reply back from Ascension Day 2028 to Wednesday 24 May',
    record: caseOf('2028-04-25'),
    today: '2028-04-25',
    status: 'received',
    deadline: { kind: 'interimReply', dueDate: '2028-05-24', state: 'running', daysLeft: 29 },
  },
  {
    name: 'moves the interim reply back from Whit Monday 2028 to Friday 2 June, overdue on 5 June',
    record: caseOf('2028-05-05'),
    today: '2028-06-05',
    deadline: { kind: 'interimReply', dueDate: '2028-06-02', state: 'overdue', daysLeft: -3 },
    warnings: ['interimReplyOverdue'],
  },
  {
    name: 'moves the interim reply back over Christmas 2027 to Christmas Eve, a working day',
    record: caseOf('2027-11-26'),
    today: '2027-12-20',
    deadline: { kind: 'interimReply', dueDate: '2027-12-24', state: 'dueSoon', daysLeft: 4 },
  },
  {
    name: 'counts an interim reply sent on the due date, Friday 26 February 2027, as met',
    record: caseOf('2027-01-31', [mapping('2027-02-03'), consent('2027-02-03'), interimReply('2027-02-26')]),
    today: '2027-03-15',
    deadline: { kind: 'interimReply', dueDate: '2027-02-26', state: 'met' },
    warnings: [],
    next: { kind: 'assess', right: 'barnekoordinator' },
  },
  {
    name: 'counts an interim reply sent late on 1 March 2027 as past its deadline, with no overdue warning',
    record: caseOf('2027-01-31', [mapping('2027-02-03'), consent('2027-02-03'), interimReply('2027-03-01')]),
    today: '2027-03-15',
    deadline: { kind: 'interimReply', state: 'expired' },
    warnings: [],
  },
  {
    name: 'counts a reply sent on Sunday 28 February 2027, the law’s own date, as in time',
    record: caseOf('2027-01-28', [mapping('2027-02-03'), consent('2027-02-03'), interimReply('2027-02-28')]),
    today: '2027-03-15',
    deadline: { kind: 'interimReply', dueDate: '2027-02-26', state: 'met' },
    warnings: [],
  },
  {
    name: 'needs no interim reply when every right was decided by the due date',
    record: decidedCase('2027-01-31', '2027-02-20', { notified: '2027-02-22' }),
    today: '2027-03-10',
    status: 'decided',
    deadline: { kind: 'interimReply', dueDate: '2027-02-26', state: 'met' },
    warnings: [],
    next: null,
  },
  {
    name: 'shows an interim reply never sent as expired once the case is decided after the due date',
    record: decidedCase('2027-01-31', '2027-03-15'),
    today: '2027-03-20',
    deadline: { kind: 'interimReply', dueDate: '2027-02-26', state: 'expired' },
    warnings: [],
  },
  {
    name: 'shows no unmet interim reply for a closed case',
    record: caseOf('2027-01-31', [mapping('2027-02-02'), closing('2027-03-10')]),
    today: '2027-03-15',
    status: 'closed',
    noDeadline: 'interimReply',
    warnings: [],
    next: null,
  },

  // ---- The appeal deadline: the family's deadline moves forward to a working day ----
  {
    name: 'moves an appeal deadline that ends on Easter Monday 2027 to Tuesday 30 March',
    record: notifiedOn('2027-03-01'),
    today: '2027-03-22',
    deadline: {
      kind: 'appeal',
      dueDate: '2027-03-30',
      state: 'running',
      daysLeft: 8,
      right: 'barnekoordinator',
    },
  },
  {
    name: 'calls the appeal deadline of Tuesday 30 March 2027 due soon a week before',
    record: notifiedOn('2027-03-01'),
    today: '2027-03-23',
    deadline: { kind: 'appeal', dueDate: '2027-03-30', state: 'dueSoon', daysLeft: 7 },
  },
  {
    name: 'lets the appeal deadline of Tuesday 30 March 2027 expire on Wednesday 31 March',
    record: notifiedOn('2027-03-01'),
    today: '2027-03-31',
    deadline: { kind: 'appeal', dueDate: '2027-03-30', state: 'expired', daysLeft: -1 },
  },
  {
    name: 'moves an appeal deadline on Maundy Thursday 2027 past Easter to Tuesday 30 March',
    record: notifiedOn('2027-02-25'),
    today: '2027-03-01',
    appealDueDates: ['2027-03-30'],
  },
  {
    name: 'moves an appeal deadline on Ascension Day 2027 to Friday 7 May',
    record: notifiedOn('2027-04-08'),
    today: '2027-04-08',
    appealDueDates: ['2027-05-07'],
  },
  {
    name: 'moves an appeal deadline on 17 May 2027 to Tuesday 18 May',
    record: notifiedOn('2027-04-19'),
    today: '2027-04-19',
    appealDueDates: ['2027-05-18'],
  },
  {
    name: 'moves an appeal deadline on Christmas Day 2027, a Saturday, to Monday 27 December',
    record: notifiedOn('2027-11-27'),
    today: '2027-12-01',
    appealDueDates: ['2027-12-27'],
  },
  {
    name: 'moves an appeal deadline on Saturday 30 October 2027 to Monday 1 November',
    record: notifiedOn('2027-10-02'),
    today: '2027-10-04',
    appealDueDates: ['2027-11-01'],
  },
  {
    name: 'keeps an appeal deadline on Tuesday 29 February 2028',
    record: notifiedOn('2028-02-01'),
    today: '2028-02-01',
    appealDueDates: ['2028-02-29'],
  },
  {
    name: 'moves an appeal deadline on Maundy Thursday 2028 to Tuesday 18 April',
    record: notifiedOn('2028-03-16'),
    today: '2028-03-16',
    appealDueDates: ['2028-04-18'],
  },
  {
    name: 'moves an appeal deadline on Ascension Day 2028 to Friday 26 May',
    record: notifiedOn('2028-04-27'),
    today: '2028-04-27',
    appealDueDates: ['2028-05-26'],
  },
  {
    name: 'moves an appeal deadline on Whit Monday 2028 to Tuesday 6 June',
    record: notifiedOn('2028-05-08'),
    today: '2028-05-08',
    appealDueDates: ['2028-06-06'],
  },
  {
    name: 'marks the appeal deadline met once an appeal is registered, and asks for the reassessment',
    record: decidedCase('2027-02-15', '2027-03-01', { after: ([d]) => [appeal(d!, '2027-03-15')] }),
    today: '2027-03-20',
    status: 'appealed',
    deadline: { kind: 'appeal', dueDate: '2027-03-30', state: 'met' },
    warnings: ['appealAwaitingReassessment'],
    next: { kind: 'reassessAppeal' },
  },
  {
    name: 'warns of an appeal received on 31 March 2027, the day after the deadline of Tuesday 30 March',
    record: decidedCase('2027-02-15', '2027-03-01', { after: ([d]) => [appeal(d!, '2027-03-31')] }),
    today: '2027-04-02',
    warnings: ['appealLate', 'appealAwaitingReassessment'],
    warning: {
      kind: 'appealLate',
      params: { receivedDate: '2027-03-31', dueDate: '2027-03-30', right: 'barnekoordinator' },
    },
  },
  {
    name: 'runs the appeal deadline only from the decision in force after the municipality upholds an appeal',
    record: decidedCase('2027-02-15', '2027-03-01', {
      outcome: 'refused',
      after: ([d]) => [
        appeal(d!, '2027-03-10', { reassessment: 'upheld', reassessmentDate: '2027-04-20' }),
        decision('barnekoordinator', '2027-04-20', 'granted', '2027-04-20'),
      ],
    }),
    today: '2027-04-25',
    status: 'decided',
    appealDueDates: ['2027-05-18'],
    next: null,
  },

  // ---- Status ----
  {
    name: 'is received when nothing has been done, and asks for the mapping',
    record: caseOf('2027-03-01'),
    today: '2027-03-02',
    status: 'received',
    warnings: [],
    next: { kind: 'mapping' },
  },
  {
    name: 'is in progress after the mapping, and asks for consent',
    record: caseOf('2027-03-01', [mapping('2027-03-02')]),
    today: '2027-03-03',
    status: 'inProgress',
    next: { kind: 'consent' },
  },
  {
    name: 'stays appealed when the municipality did not uphold the appeal and has not forwarded it',
    record: refusedAndAppealed({ reassessment: 'notUpheld', reassessmentDate: '2027-03-20' }),
    today: '2027-03-25',
    status: 'appealed',
    warnings: ['appealNotForwarded'],
    next: { kind: 'forwardAppeal' },
  },
  {
    name: 'is at Statsforvalteren once the appeal is forwarded',
    record: refusedAndAppealed({
      reassessment: 'partlyUpheld',
      reassessmentDate: '2027-03-20',
      forwardedDate: '2027-03-22',
    }),
    today: '2027-03-25',
    status: 'atGovernor',
    warnings: [],
    next: { kind: 'recordGovernorOutcome' },
  },
  {
    name: 'is decided again when Statsforvalteren’s outcome is recorded, and a refused case may then close',
    record: refusedAndAppealed({
      reassessment: 'notUpheld',
      reassessmentDate: '2027-03-20',
      forwardedDate: '2027-03-22',
      governorOutcome: 'notUpheld',
      governorOutcomeDate: '2027-05-10',
    }),
    today: '2027-05-12',
    status: 'decided',
    warnings: [],
    next: { kind: 'close' },
  },
  {
    name: 'goes back to the municipality when it gives the family medhold, and asks for a new decision',
    record: refusedAndAppealed({ reassessment: 'upheld', reassessmentDate: '2027-03-20' }),
    today: '2027-03-25',
    status: 'inProgress',
    warnings: [],
    next: { kind: 'decide', right: 'barnekoordinator' },
  },
  {
    name: 'asks for a new decision when Statsforvalteren quashes the refusal, and does not suggest closing',
    record: refusedAndAppealed({
      reassessment: 'notUpheld',
      reassessmentDate: '2027-03-20',
      forwardedDate: '2027-03-22',
      governorOutcome: 'quashed',
      governorOutcomeDate: '2027-05-10',
    }),
    today: '2027-05-12',
    status: 'inProgress',
    warnings: [],
    next: { kind: 'decide', right: 'barnekoordinator' },
  },
  {
    name: 'is decided again once the new decision after a won appeal is recorded',
    record: decidedCase('2027-02-15', '2027-03-01', {
      outcome: 'refused',
      after: ([d]) => [
        appeal(d!, '2027-03-10', { reassessment: 'upheld', reassessmentDate: '2027-03-20' }),
        decision('barnekoordinator', '2027-03-22', 'granted', '2027-03-23'),
      ],
    }),
    today: '2027-03-25',
    status: 'decided',
    appealDueDates: ['2027-04-20'],
  },
  {
    name: 'gets its status back when reopened after closing',
    record: decidedCase('2027-03-01', '2027-03-20', {
      after: () => [closing('2027-05-01'), reopening('2027-05-10')],
    }),
    today: '2027-05-12',
    status: 'decided',
  },
  {
    name: 'is closed again by a closing after the reopening',
    record: decidedCase('2027-03-01', '2027-03-20', {
      after: () => [closing('2027-05-01'), reopening('2027-05-10'), closing('2027-06-01')],
    }),
    today: '2027-06-05',
    status: 'closed',
    next: null,
  },
  {
    name: 'counts the later recorded of a closing and a reopening on the same day',
    record: decidedCase('2027-03-01', '2027-03-20', {
      after: () => [closing('2027-05-01'), reopening('2027-05-01')],
    }),
    today: '2027-05-02',
    status: 'decided',
  },

  // ---- Turning 18 with a barnekoordinator (born 30 September 2009) ----
  {
    name: 'does not warn the day before the six months before the 18th birthday',
    record: granted18(),
    person: turning18,
    today: '2027-03-29',
    warnings: [],
    next: null,
  },
  {
    name: 'warns from 30 March 2027, six months before the child turns 18, and asks for the transition',
    record: granted18(),
    person: turning18,
    today: '2027-03-30',
    deadline: { kind: 'age18', dueDate: '2027-09-30', state: 'running', daysLeft: 184 },
    warnings: ['age18Approaching'],
    warning: { kind: 'age18Approaching', params: { date: '2027-09-30' } },
    next: { kind: 'transition' },
  },
  {
    name: 'still warns of the approaching 18th birthday on the birthday itself',
    record: granted18(),
    person: turning18,
    today: '2027-09-30',
    deadline: { kind: 'age18', dueDate: '2027-09-30', state: 'dueSoon', daysLeft: 0 },
    warnings: ['age18Approaching'],
  },
  {
    name: 'warns that 18 has passed on 1 October 2027 when no transition is recorded',
    record: granted18(),
    person: turning18,
    today: '2027-10-01',
    deadline: { kind: 'age18', state: 'overdue', daysLeft: -1 },
    warnings: ['age18Passed'],
    warning: { kind: 'age18Passed', params: { date: '2027-09-30' } },
    next: { kind: 'transition' },
  },
  {
    name: 'stops the age-18 warnings once a transition to an ordinary coordinator is recorded',
    record: granted18(transition('2027-09-15', 'ordinaryCoordinator')),
    person: turning18,
    today: '2027-10-01',
    deadline: { kind: 'age18', dueDate: '2027-09-30', state: 'met' },
    warnings: [],
    next: null,
  },
  {
    name: 'stays quiet during an extension until 30 June 2028, due that day',
    record: granted18(transition('2027-09-20', 'extended', '2028-06-30')),
    person: turning18,
    today: '2028-06-30',
    deadline: { kind: 'age18', dueDate: '2028-06-30', state: 'dueSoon', daysLeft: 0 },
    warnings: [],
    next: null,
  },
  {
    name: 'warns again on 1 July 2028, the day after the extension ended',
    record: granted18(transition('2027-09-20', 'extended', '2028-06-30')),
    person: turning18,
    today: '2028-07-01',
    warnings: ['age18Passed'],
    warning: { kind: 'age18Passed', params: { extendedUntil: '2028-06-30' } },
    next: { kind: 'transition' },
  },
  {
    name: 'meets the barnekoordinator age condition at 17 when not yet assessed',
    record: caseOf('2027-09-20', [mapping('2027-09-20', true)]),
    person: turning18,
    today: '2027-09-29',
    ageToday: 17,
    ageCondition: true,
  },
  {
    name: 'does not meet the barnekoordinator age condition when assessed at 18 without an extension',
    record: caseOf('2027-09-20', [mapping('2027-09-20', true), assessment('barnekoordinator', '2027-10-05')]),
    person: turning18,
    today: '2027-10-06',
    ageCondition: false,
  },
  {
    name: 'meets the barnekoordinator age condition at 18 when an extension is recorded',
    record: caseOf('2027-09-20', [
      mapping('2027-09-20', true),
      transition('2027-09-25', 'extended', '2028-09-29'),
      assessment('barnekoordinator', '2027-10-05'),
    ]),
    person: turning18,
    today: '2027-10-06',
    ageCondition: true,
  },

  // ---- A child not yet born (due 20 August 2027) ----
  {
    name: 'treats a child not yet born as under 18, with no age',
    record: unbornCase,
    person: unborn,
    today: '2027-06-01',
    ageToday: null,
    ageCondition: true,
    warnings: [],
    next: { kind: 'assess', right: 'barnekoordinator' },
  },
  {
    name: 'does not ask for the birth on the due date itself',
    record: unbornCase,
    person: unborn,
    today: '2027-08-20',
    warnings: [],
  },
  {
    name: 'asks for the birth the day after the due date',
    record: unbornCase,
    person: unborn,
    today: '2027-08-21',
    warnings: ['birthNotRegistered'],
    warning: { kind: 'birthNotRegistered', params: { dueDate: '2027-08-20' } },
    next: { kind: 'registerBirth' },
  },
  {
    name: 'stops asking once the birth on 24 August 2027 is registered',
    record: unbornCase,
    person: person('2027-08-24', { dueDate: '2027-08-20' }),
    today: '2027-09-01',
    ageToday: 0,
    warnings: [],
    next: { kind: 'assess', right: 'barnekoordinator' },
  },

  // ---- Participation from 15 ----
  {
    name: 'does not ask for participation the day before the child turns 15',
    record: participationCase(),
    person: turning15,
    today: '2027-06-14',
    ageToday: 14,
    warnings: [],
  },
  {
    name: 'warns on 15 June 2027, the day the child turns 15, when participation is not recorded',
    record: participationCase(),
    person: turning15,
    today: '2027-06-15',
    warnings: ['participationMissing'],
    warning: { kind: 'participationMissing', params: { age: 15 } },
  },
  {
    name: 'stops the participation warning when a mapping records that the child took part',
    record: participationCase(mapping('2027-06-20', true)),
    person: turning15,
    today: '2027-06-25',
    warnings: [],
  },
  {
    name: 'does not count a child born 29 February 2012 as 15 on 28 February 2027',
    record: leaplingCase,
    person: leapling,
    today: '2027-02-28',
    ageToday: 14,
    warnings: [],
  },
  {
    name: 'counts a child born 29 February 2012 as 15 on 1 March 2027',
    record: leaplingCase,
    person: leapling,
    today: '2027-03-01',
    ageToday: 15,
    warnings: ['participationMissing'],
  },
  {
    name: 'does not ask an adult applying for a koordinator to take part as a child',
    record: participationCase(),
    person: person('1980-04-02'),
    today: '2027-06-25',
    ageToday: 47,
    warnings: [],
  },

  // ---- Consents ----
  {
    name: 'warns of a consent withdrawn on 10 March 2027 from that day',
    record: decidedCase('2027-02-01', '2027-02-20', { consent: { withdrawnDate: '2027-03-10' } }),
    today: '2027-03-10',
    warnings: ['consentWithdrawn'],
    warning: { kind: 'consentWithdrawn', params: { date: '2027-03-10', type: 'process' } },
  },
  {
    name: 'does not warn of a withdrawal dated after today',
    record: decidedCase('2027-02-01', '2027-02-20', { consent: { withdrawnDate: '2027-03-10' } }),
    today: '2027-03-09',
    warnings: [],
  },
  {
    name: 'does not warn of a consent on its last valid day, 30 June 2027',
    record: decidedCase('2027-02-01', '2027-02-20', { consent: { validUntil: '2027-06-30' } }),
    today: '2027-06-30',
    warnings: [],
  },
  {
    name: 'warns of a consent that expired on 30 June 2027 from 1 July',
    record: decidedCase('2027-02-01', '2027-02-20', { consent: { validUntil: '2027-06-30' } }),
    today: '2027-07-01',
    warnings: ['consentExpired'],
    warning: { kind: 'consentExpired', params: { validUntil: '2027-06-30', type: 'process' } },
  },
  {
    name: 'stops warning of an expired consent when a new consent of the same type is given',
    record: decidedCase('2027-02-01', '2027-02-20', {
      consent: { validUntil: '2027-06-30' },
      after: () => [consent('2027-07-05')],
    }),
    today: '2027-07-10',
    warnings: [],
  },
  {
    name: 'does not warn of a withdrawn consent in a closed case',
    record: decidedCase('2027-02-01', '2027-02-20', {
      consent: { withdrawnDate: '2027-03-10' },
      after: () => [closing('2027-03-15')],
    }),
    today: '2027-03-20',
    status: 'closed',
    warnings: [],
    next: null,
  },

  // ---- The next action ----
  {
    name: 'asks to assess individuell plan before barnekoordinator, in the order of the rights',
    record: caseOf(
      '2027-03-01',
      [mapping('2027-03-02'), consent('2027-03-02')],
      ['barnekoordinator', 'individuellPlan'],
    ),
    today: '2027-03-05',
    next: { kind: 'assess', right: 'individuellPlan' },
  },
  {
    name: 'asks to decide the right that is assessed but not decided',
    record: caseOf(
      '2027-03-01',
      [
        mapping('2027-03-02'),
        consent('2027-03-02'),
        assessment('individuellPlan', '2027-03-10'),
        assessment('barnekoordinator', '2027-03-10'),
        decision('individuellPlan', '2027-03-12'),
      ],
      ['barnekoordinator', 'individuellPlan'],
    ),
    today: '2027-03-15',
    status: 'inProgress',
    next: { kind: 'decide', right: 'barnekoordinator' },
  },
  {
    name: 'asks to notify the family of a decision not yet sent',
    record: decidedCase('2027-03-01', '2027-03-20', { notified: null }),
    today: '2027-03-22',
    noDeadline: 'appeal',
    warnings: ['decisionNotNotified'],
    warning: { kind: 'decisionNotNotified', params: { right: 'barnekoordinator' } },
    next: { kind: 'notify', right: 'barnekoordinator' },
  },
  {
    name: 'does not suggest closing a refused case while the appeal deadline of 30 March 2027 runs',
    record: notifiedOn('2027-03-01', 'refused'),
    today: '2027-03-30',
    next: null,
  },
  {
    name: 'suggests closing a refused case on 31 March 2027, when the appeal deadline has expired',
    record: notifiedOn('2027-03-01', 'refused'),
    today: '2027-03-31',
    status: 'decided',
    next: { kind: 'close' },
  },
];

describe('deriving a case', () => {
  it('has a table of at least 40 dated cases', () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
  });

  it.each(table)('$name', (row) => {
    const overview = deriveCase(row.record, row.person ?? person(), rules, row.today);
    if (row.status !== undefined) expect(overview.status).toBe(row.status);
    if (row.deadline) expect(overview.deadlines).toContainEqual(expect.objectContaining(row.deadline));
    if (row.noDeadline) expect(overview.deadlines.map((d) => d.kind)).not.toContain(row.noDeadline);
    if (row.appealDueDates) {
      expect(overview.deadlines.filter((d) => d.kind === 'appeal').map((d) => d.dueDate)).toEqual(
        row.appealDueDates,
      );
    }
    if (row.warnings) expect(overview.warnings.map((w) => w.kind)).toEqual(row.warnings);
    if (row.warning) expect(overview.warnings).toContainEqual(row.warning);
    if (row.next !== undefined) expect(overview.nextAction).toEqual(row.next);
    if (row.ageToday !== undefined) expect(overview.ageToday).toBe(row.ageToday);
    if (row.ageCondition !== undefined) {
      const bk = overview.rights.find((r) => r.right === 'barnekoordinator');
      expect(bk?.ageConditionMet).toBe(row.ageCondition);
    }
  });

  it('lists the requested rights in the order of the rights, with the decision in force', () => {
    const record = decidedCase('2027-03-01', '2027-03-20', {
      rights: ['barnekoordinator', 'individuellPlan'],
    });
    const overview = deriveCase(record, person(), rules, '2027-03-25');
    expect(overview.rights.map((r) => [r.right, r.decision?.outcome, r.ageConditionMet])).toEqual([
      ['individuellPlan', 'granted', null],
      ['barnekoordinator', 'granted', true],
    ]);
  });

  it('sorts the deadlines by due date', () => {
    const overview = deriveCase(granted18(), turning18, rules, '2027-03-30');
    const dates = overview.deadlines.map((d) => d.dueDate);
    expect(dates).toEqual([...dates].sort());
    expect(overview.deadlines.map((d) => d.kind)).toEqual(['interimReply', 'appeal', 'age18']);
  });
});
