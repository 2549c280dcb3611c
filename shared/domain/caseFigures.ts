/**
 * What the Oversikt dashboards count per case beyond the list's summary (deriveCase.ts
 * caseSummary), as facts that do not depend on today: core stores them with the summary in the
 * transaction of every change to the case or its appointments, and the dashboards compare them
 * with today in SQL. Each is what the case page derives (deriveCase, coordinationOverview), so
 * a figure agrees with the warnings of the cases behind it. Raise SUMMARY_VERSION (deriveCase.ts)
 * when caseFigures answers differently: core then stores every case's figures again.
 */

import type { Appeal, CaseRecord, CaseRules } from './case';
import { latestAssessment, stepsOf } from './caseSteps';
import { grantedRoles, type Appointment } from './coordination';
import {
  interimReplyDue,
  interimReplyOutcome,
  shownInterimOutcome,
  type InterimReplyOutcome,
} from './deadlines';
import { appealWarnings } from './warnings';

export interface CaseFigures {
  /** The interim reply's due date while it is owed (pending), also behind an earlier age-18 deadline. */
  interimReplyDue: string | null;
  /** The earliest receipt of an appeal awaiting reassessment (the appealAwaitingReassessment warning). */
  appealAwaitingSince: string | null;
  /** The earliest receipt of an appeal reassessed, not upheld and not forwarded (appealNotForwarded). */
  appealNotForwardedSince: string | null;
  /** The child took part in a mapping (no participationMissing warning at any age). */
  childHeard: boolean;
  /**
   * The withoutCoordinator warning's "since" (the grant, or the last end after it) when every
   * appointment has an end; null when no coordinator right is granted or one has no end.
   */
  withoutCoordinatorSince: string | null;
  /** From which day nobody runs on the case: the last end (null: no appointment ever). */
  withoutCoordinatorFrom: string | null;
  /** The interim reply deadline's outcome as the case page shows it (null: no deadline shown). */
  interimReplyOutcome: InterimReplyOutcome | null;
  /** What the team meeting must do: assess a right still unassessed, or decide them. */
  awaiting: 'assessment' | 'decision';
}

export function caseFigures(
  record: CaseRecord,
  appointments: readonly Pick<Appointment, 'endDate'>[],
  rules: CaseRules,
): CaseFigures {
  const kinds = new Set(appealWarnings(record, rules).map((w) => w.kind));
  const appeals = stepsOf(record, 'appeal');
  const earliest = (match: (a: Appeal) => boolean) =>
    appeals
      .filter(match)
      .map((a) => a.receivedDate)
      .sort()[0] ?? null;
  return {
    interimReplyDue:
      interimReplyOutcome(record, rules) === 'pending' ? interimReplyDue(record.receivedDate, rules) : null,
    appealAwaitingSince: kinds.has('appealAwaitingReassessment')
      ? earliest((a) => a.reassessment === null)
      : null,
    appealNotForwardedSince: kinds.has('appealNotForwarded')
      ? earliest((a) => a.reassessment !== null && a.reassessment !== 'upheld' && a.forwardedDate === null)
      : null,
    childHeard: stepsOf(record, 'mapping').some((m) => m.childParticipated),
    ...withoutCoordinator(record, appointments),
    interimReplyOutcome: shownInterimOutcome(record, rules),
    awaiting: record.rightsRequested.every((r) => latestAssessment(record, r)) ? 'decision' : 'assessment',
  };
}

/**
 * coordinationOverview's withoutCoordinator situation without today: nobody holds the case once every
 * appointment has ended (an end is the handover day), so from the last end on; its days count from
 * that end or the grant, whichever is later.
 */
function withoutCoordinator(
  record: CaseRecord,
  appointments: readonly Pick<Appointment, 'endDate'>[],
): Pick<CaseFigures, 'withoutCoordinatorSince' | 'withoutCoordinatorFrom'> {
  const need = grantedRoles(record)[0];
  if (!need || appointments.some((a) => a.endDate === null))
    return { withoutCoordinatorSince: null, withoutCoordinatorFrom: null };
  const lastEnd = appointments
    .map((a) => a.endDate!)
    .sort()
    .at(-1);
  return {
    withoutCoordinatorSince: lastEnd && lastEnd > need.from ? lastEnd : need.from,
    withoutCoordinatorFrom: lastEnd ?? null,
  };
}
