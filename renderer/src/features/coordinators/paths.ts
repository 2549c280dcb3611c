import { hrefFor } from '../../app/router';

/**
 * Addresses in the Koordinatorer area. `fra` always carries the list's address (search and
 * filters), so "back" from a coordinator, their form or a completion returns to the same list.
 */
const listPattern = /^#\/koordinatorer(\?|$)/;

/** Only a list address is a way back; anything else typed into `fra` is ignored. */
export function listBack(fra: string | null): string {
  return fra !== null && listPattern.test(fra) ? fra : '';
}

export function listHref(back: string): string {
  return listBack(back) || hrefFor(['koordinatorer']);
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
