import { hrefFor } from '../../app/router';

/**
 * Addresses in the Koordinatorer area. `fra` carries the list's address (search and filters), or
 * the case page the coordinator was opened from (its Neste steg), so "back" from a coordinator,
 * their form or a completion returns to the same list or case.
 */
const listPattern = /^#\/koordinatorer(\?|$)/;
const casePattern = /^#\/saker\/\d+(\?|$)/;

/** Only a list or case address is a way back; anything else typed into `fra` is ignored. */
export function wayBack(fra: string | null): string {
  return fra !== null && (listPattern.test(fra) || casePattern.test(fra)) ? fra : '';
}

/** The way back leads to a case page, not to the list: the back link says so. */
export function backToCase(back: string): boolean {
  return casePattern.test(back);
}

export function listHref(back: string): string {
  return wayBack(back) || hrefFor(['koordinatorer']);
}

export function coordinatorHref(id: number, back: string): string {
  return hrefFor(['koordinatorer', String(id)], { fra: back });
}

export function editHref(id: number, back: string): string {
  return hrefFor(['koordinatorer', String(id), 'endre'], { fra: back });
}

export function completionHref(id: number, back: string): string {
  return hrefFor(['koordinatorer', String(id), 'opplaering'], { fra: back });
}

export function caseHref(caseId: number): string {
  return hrefFor(['saker', String(caseId)]);
}

/** The change form on the case page: the way to free a coordinator from a case. */
export function changeCoordinatorHref(caseId: number): string {
  return hrefFor(['saker', String(caseId), 'koordinator', 'bytt']);
}

export function trainingSessionHref(sessionId: number): string {
  return hrefFor(['opplaering', 'samling', String(sessionId)]);
}
