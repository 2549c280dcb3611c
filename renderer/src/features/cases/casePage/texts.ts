import type { TFunction } from 'i18next';

import { formatDay } from '@renderer/components/dates';
import { rights, type Deadline, type Right, type Warning } from '@shared/domain/case';
import { relativeDistance } from '@shared/domain/relativeDistance';

export const rightName = (t: TFunction, right: Right) => t(`enums.right.${right}`);
/**
 * The right inside a sentence: "vedtak om barnekoordinator". A sentence without one (the interim
 * reply's deadline) or with a value that is no right still reads as words, never as a key.
 */
export const rightInText = (t: TFunction, right: Right | string | number | undefined) =>
  (rights as readonly unknown[]).includes(right)
    ? t(`case.rightInText.${String(right)}`)
    : t('case.rightInText.unknown');

/** "Foreløpig svar må sendes innen 24.03.2027 (forvaltningsloven § 11 a)". */
export function deadlineSentence(t: TFunction, d: Deadline): string {
  return t(`case.deadline.${d.kind}.${d.state}`, {
    date: formatDay(d.dueDate),
    law: d.legalReference,
    right: rightInText(t, d.right),
  });
}

/**
 * How far off a running deadline is, for the ones not yet met: "i dag", "om 3 dager", "om 5
 * måneder", "2 uker over fristen". The unit is chosen by relativeDistance, alike everywhere.
 */
export function daysText(t: TFunction, d: Deadline): string {
  if (d.state === 'met' || d.state === 'expired') return '';
  if (d.daysLeft === 0) return t('case.days.today');
  if (d.daysLeft === 1) return t('case.days.tomorrow');
  const { unit, count, past } = relativeDistance(d.daysLeft);
  return t(`case.days.${past ? 'over' : 'left'}.${unit}`, { count });
}

/** Dates in a warning's params are ISO dates; shown as dd.mm.åååå. */
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

export function warningSentence(t: TFunction, w: Warning): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(w.params)) {
    params[key] = typeof value === 'string' && isoDay.test(value) ? formatDay(value) : value;
  }
  if (w.params.right !== undefined) params.right = rightInText(t, w.params.right);
  if (w.params.type !== undefined) params.type = t(`case.consentTypeInText.${String(w.params.type)}`);
  if (w.kind === 'age18Passed' && w.params.extendedUntil !== undefined) {
    return t('case.warning.age18PassedExtended', params);
  }
  if (w.kind === 'appealNotForwarded' && !w.params.reassessmentDate) {
    return t('case.warning.appealNotForwardedNoDate', params);
  }
  return t(`case.warning.${w.kind}`, params);
}

/**
 * Before the family's notification date is typed: how long the appeal deadline will be. A plural
 * text (`_one`/`_other`), so it is looked up here rather than as a literal key in a screen.
 */
export function appealWaitingText(t: TFunction, weeks: number): string {
  return t('case.appealPreview.waiting', { count: weeks });
}
