/**
 * The order dates of a case must come in. Shared by core, which refuses a step that breaks them,
 * and the forms, which show the message beside the field. Each answer maps a field name to a
 * translation key (shared/i18n); an empty object means the dates are fine.
 */

import { addDays, addMonths, addYears, birthdayAt } from './calendar';
import type {
  Appeal,
  Assessment,
  CaseRules,
  CaseStep,
  Closing,
  Consent,
  Decision,
  InterimReply,
  Mapping,
  Person,
  Reopening,
  Transition,
} from './case';
import { isLater, latestOf } from './caseSteps';
import type { StepOf } from './caseSteps';

/** Present when an existing step is edited, so it is not compared with its own old version. */
type Editable = { id?: number };

/** The date fields of a step as typed in: the step types of case.ts without what core records. */
export type StepDatesInput = Editable &
  (
    | Pick<Mapping, 'kind' | 'date'>
    | Pick<Consent, 'kind' | 'date' | 'validUntil' | 'withdrawnDate'>
    | Pick<InterimReply, 'kind' | 'sentDate' | 'expectedDate'>
    | Pick<Assessment, 'kind' | 'date'>
    | Pick<Decision, 'kind' | 'decisionDate' | 'notifiedDate'>
    | Pick<
        Appeal,
        'kind' | 'decisionId' | 'receivedDate' | 'reassessmentDate' | 'forwardedDate' | 'governorOutcomeDate'
      >
    | Pick<Transition, 'kind' | 'date' | 'outcome' | 'extendedUntil'>
    | Pick<Closing, 'kind' | 'date'>
    | Pick<Reopening, 'kind' | 'date'>
  );

export interface StepDateContext {
  receivedDate: string;
  /** The case's recorded steps (the one being edited may be among them). */
  steps: readonly CaseStep[];
  person: Pick<Person, 'birthDate'>;
  rules: Pick<CaseRules, 'barnekoordinatorMaxAge'>;
  today: string;
}

export type DateProblems = Record<string, string>;

/** Collects the first problem per field; later checks of the same field are less telling. */
function collector() {
  const problems: DateProblems = {};
  const add = (field: string, broken: boolean, key: string) => {
    if (broken && !(field in problems)) problems[field] = `validation.${key}`;
  };
  return { problems, add };
}

const before = (a: string | null, b: string | null) => a !== null && b !== null && a < b;

export function checkStepDates(step: StepDatesInput, context: StepDateContext): DateProblems {
  const { problems, add } = collector();
  const { today, receivedDate } = context;
  // Events that have happened; validUntil, expectedDate and extendedUntil may lie ahead.
  const happened = (field: string, date: string | null) =>
    add(field, date !== null && date > today, 'dateInFuture');
  const afterReceipt = (field: string, date: string) => add(field, date < receivedDate, 'beforeReceived');

  switch (step.kind) {
    case 'mapping':
    case 'assessment':
      happened('date', step.date);
      afterReceipt('date', step.date);
      break;
    case 'consent':
      happened('date', step.date);
      happened('withdrawnDate', step.withdrawnDate);
      add('validUntil', before(step.validUntil, step.date), 'validUntilBeforeDate');
      add('withdrawnDate', before(step.withdrawnDate, step.date), 'withdrawnBeforeDate');
      break;
    case 'interimReply':
      happened('sentDate', step.sentDate);
      afterReceipt('sentDate', step.sentDate);
      add('expectedDate', before(step.expectedDate, step.sentDate), 'expectedBeforeSent');
      break;
    case 'decision':
      happened('decisionDate', step.decisionDate);
      happened('notifiedDate', step.notifiedDate);
      afterReceipt('decisionDate', step.decisionDate);
      add('notifiedDate', before(step.notifiedDate, step.decisionDate), 'notifiedBeforeDecision');
      break;
    case 'appeal':
      checkAppealDates(step, context, happened, add);
      break;
    case 'transition':
      happened('date', step.date);
      add(
        'outcome',
        step.outcome === 'extended' && context.rules.barnekoordinatorMaxAge === 0,
        'extensionNotAllowed',
      );
      add('extendedUntil', before(step.extendedUntil, step.date), 'extendedBeforeDate');
      if (context.person.birthDate !== null && step.extendedUntil !== null) {
        const lastDay = addDays(
          birthdayAt(context.person.birthDate, context.rules.barnekoordinatorMaxAge),
          -1,
        );
        add('extendedUntil', step.extendedUntil > lastDay, 'extendedBeyondMaxAge');
      }
      break;
    case 'closing': {
      happened('date', step.date);
      afterReceipt('date', step.date);
      const reopening = latestOf(stepsBefore(step, context.steps).filter(isKind('reopening')));
      add('date', reopening !== null && step.date < reopening.date, 'closingBeforeReopening');
      break;
    }
    case 'reopening':
      happened('date', step.date);
      checkReopening(step, context.steps, add);
      break;
  }
  return problems;
}

function checkAppealDates(
  step: Extract<StepDatesInput, { kind: 'appeal' }>,
  context: StepDateContext,
  happened: (field: string, date: string | null) => void,
  add: (field: string, broken: boolean, key: string) => void,
) {
  for (const field of ['receivedDate', 'reassessmentDate', 'forwardedDate', 'governorOutcomeDate'] as const) {
    happened(field, step[field]);
  }
  const decision = context.steps.find((s) => s.kind === 'decision' && s.id === step.decisionId);
  if (decision?.kind === 'decision') {
    const start = decision.notifiedDate ?? decision.decisionDate;
    add('receivedDate', step.receivedDate < start, 'appealBeforeNotified');
  }
  add('reassessmentDate', before(step.reassessmentDate, step.receivedDate), 'reassessmentBeforeAppeal');
  const forwardedEarly =
    before(step.forwardedDate, step.reassessmentDate) || before(step.forwardedDate, step.receivedDate);
  add('forwardedDate', forwardedEarly, 'forwardedBeforeReassessment');
  add('governorOutcomeDate', before(step.governorOutcomeDate, step.forwardedDate), 'governorBeforeForwarded');
}

/** A reopening must follow a closing that has not already been reopened. */
function checkReopening(
  step: Editable & Pick<Reopening, 'date'>,
  steps: readonly CaseStep[],
  add: (field: string, broken: boolean, key: string) => void,
) {
  const earlier = stepsBefore(step, steps);
  const closing = latestOf(earlier.filter(isKind('closing')));
  const reopening = latestOf(earlier.filter(isKind('reopening')));
  if (closing === null || (reopening !== null && isLater(reopening, closing))) {
    add('date', true, 'notClosed');
    return;
  }
  add('date', step.date < closing.date, 'reopenBeforeClosing');
}

function isKind<K extends CaseStep['kind']>(kind: K) {
  return (s: CaseStep): s is StepOf<K> => s.kind === kind;
}

/**
 * The steps a step is to be compared with: all others for a new step; for an edit, those
 * recorded before its original, so editing an old closing or reopening is judged in its place.
 */
function stepsBefore(step: Editable, steps: readonly CaseStep[]): CaseStep[] {
  const original = step.id === undefined ? undefined : steps.find((s) => s.id === step.id);
  const others = steps.filter((s) => s.id !== step.id);
  return original ? others.filter((s) => isLater(original, s)) : others;
}

/** Nobody the register is about was born before this: an earlier date is a typing error. */
export const EARLIEST_BIRTH_DATE = '1900-01-01';
/** A case is registered when it comes in; one received longer ago is a typing error in the year. */
export const RECEIVED_YEARS_BACK = 10;
/** A pregnancy is known at most this long before the due date. */
const PREGNANCY_MONTHS = 10;

/**
 * The first day a case about the person can have come in: their birth, or for a child
 * registered before birth (the due date is kept after it) about ten months before the due date.
 */
export function earliestReceipt(person: Pick<Person, 'birthDate' | 'dueDate'>): string | null {
  return person.dueDate !== null ? addMonths(person.dueDate, -PREGNANCY_MONTHS) : person.birthDate;
}

/**
 * A person's birth and due dates. A due date is only checked while the child is unborn: after the
 * birth it is kept for the record, however long ago. `firstReceived` is the earliest received
 * date of the person's cases, when the birth or due date is being changed.
 */
export function checkPersonDates(
  person: Pick<Person, 'birthDate' | 'dueDate'> & { nationalId?: string | null },
  today: string,
  firstReceived: string | null = null,
): DateProblems {
  const { problems, add } = collector();
  const { birthDate, dueDate } = person;
  add('birthDate', birthDate !== null && birthDate > today, 'birthInFuture');
  // A number tells a birth date from 1854 on; nobody in the register is that old.
  add('birthDate', birthDate !== null && birthDate < EARLIEST_BIRTH_DATE, 'birthTooEarly');
  if (birthDate === null && dueDate !== null) {
    add('dueDate', dueDate > addMonths(today, 10) || dueDate < addYears(today, -1), 'dueDateOutOfRange');
  }
  const identified = birthDate !== null || dueDate !== null || Boolean(person.nationalId);
  add('birthDate', !identified, 'birthOrDueRequired');
  const earliest = earliestReceipt(person);
  const field = dueDate !== null ? 'dueDate' : 'birthDate';
  add(field, before(firstReceived, earliest), 'birthAfterReceived');
  return problems;
}

/**
 * A case's received date: not ahead, not decades back (a mistyped year), and not before the
 * person was born, or for a child registered before birth, before the pregnancy can have been
 * known. Checked by core and by the forms with the same person.
 */
export function checkReceivedDate(
  receivedDate: string,
  person: Pick<Person, 'birthDate' | 'dueDate'>,
  today: string,
): DateProblems {
  const { problems, add } = collector();
  add('receivedDate', receivedDate > today, 'dateInFuture');
  add('receivedDate', receivedDate < addYears(today, -RECEIVED_YEARS_BACK), 'receivedTooLongAgo');
  const earliest = earliestReceipt(person);
  if (person.dueDate !== null) add('receivedDate', before(receivedDate, earliest), 'receivedBeforePregnancy');
  else add('receivedDate', before(receivedDate, earliest), 'receivedBeforeBirth');
  return problems;
}
