import { hrefFor } from '../../app/router';

/** The Norwegian address segments of the Opplæring area: `#/opplaering/samling/12`. */
export const trainingSegments = { session: 'samling', guidance: 'veiledning', course: 'kurs' } as const;
export type TrainingRecord = keyof typeof trainingSegments;

export const overviewHref = hrefFor(['opplaering']);

/** The form of one record, or of a new one when `id` is null. */
export function formHref(record: TrainingRecord, id: number | null): string {
  return hrefFor(['opplaering', trainingSegments[record], id === null ? 'ny' : String(id)]);
}
