/**
 * Training of coordinators (DOMAIN.md section 4): a course catalogue, completions, and each
 * coordinator's training status derived from them. Pure functions of what was recorded and today.
 */

import { addMonths, daysBetween } from './calendar';

export const courseTypes = ['grunnopplaering', 'oppfriskning', 'elaering', 'veiledning'] as const;
export type CourseType = (typeof courseTypes)[number];

export interface Course {
  id: number;
  name: string;
  provider: string;
  type: CourseType;
  /** Months a completion stays valid; null when it does not expire. */
  validityMonths: number | null;
  /** A valid completion of a required course makes a coordinator trained. */
  required: boolean;
  /** Retired courses stay on the completions recorded with them but are not offered again. */
  active: boolean;
}

export const trainingStates = ['trained', 'expiresSoon', 'expired', 'never'] as const;
export type TrainingState = (typeof trainingStates)[number];

export interface TrainingStatus {
  state: TrainingState;
  /**
   * The day the training stops being valid: the latest expiry of a valid required completion, or
   * of the last one when all have expired. Null when never trained or when it does not expire.
   */
  validUntil: string | null;
}

/** One completion as the status needs it: when, and the course's rules. */
export interface CompletionFacts {
  date: string;
  validityMonths: number | null;
  required: boolean;
}

/** The day a completion stops counting, or null when the course does not expire. */
export function completionExpiry(c: Pick<CompletionFacts, 'date' | 'validityMonths'>): string | null {
  return c.validityMonths === null ? null : addMonths(c.date, c.validityMonths);
}

/**
 * Trained while at least one completion of a required course is valid (a completion expires on
 * the day its validity runs out); expires soon when the last valid one runs out within the notice
 * days; expired when every required completion has run out; never when there is none. Completions
 * dated after today have not happened yet and do not count.
 */
export function trainingStatus(
  completions: readonly CompletionFacts[],
  today: string,
  noticeDays: number,
): TrainingStatus {
  const counted = completions.filter((c) => c.required && c.date <= today);
  if (counted.length === 0) return { state: 'never', validUntil: null };
  const expiries = counted.map(completionExpiry);
  if (expiries.includes(null)) return { state: 'trained', validUntil: null };
  const latest = (expiries as string[]).sort().at(-1)!;
  if (latest <= today) return { state: 'expired', validUntil: latest };
  return { state: daysBetween(today, latest) <= noticeDays ? 'expiresSoon' : 'trained', validUntil: latest };
}

/** Trained, or trained with the expiry coming up: the training still holds today. */
export function hasValidTraining(status: TrainingStatus): boolean {
  return status.state === 'trained' || status.state === 'expiresSoon';
}
