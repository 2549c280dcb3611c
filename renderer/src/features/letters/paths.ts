import type { LetterKind } from '@shared/api/letters';

import { hrefFor } from '../../app/router';

/** The Norwegian word for each kind in the address: `#/saker/12/brev/ny?type=vedtak&vedtak=31`. */
export const letterTypeSegments = {
  interimReply: 'forelopig-svar',
  decision: 'vedtak',
} as const satisfies Record<LetterKind, string>;

export function letterKindOf(value: string | null): LetterKind | null {
  const found = Object.entries(letterTypeSegments).find(([, v]) => v === value);
  return found ? (found[0] as LetterKind) : null;
}

const withBack = (back: string, query: Record<string, string> = {}) =>
  back ? { ...query, fra: back } : query;

/** `#/saker/<id>/brev`: choose which letter to write. */
export function chooseLetterHref(caseId: number, back: string): string {
  return hrefFor(['saker', String(caseId), 'brev'], withBack(back));
}

/** `#/saker/<id>/brev/ny?type=…&vedtak=<stepId>`: the letter page. */
export function newLetterHref(
  caseId: number,
  kind: LetterKind,
  decisionId: number | null,
  back: string,
): string {
  const query: Record<string, string> = { type: letterTypeSegments[kind] };
  if (decisionId !== null) query.vedtak = String(decisionId);
  return hrefFor(['saker', String(caseId), 'brev', 'ny'], withBack(back, query));
}

/** `#/print/brev/<letterId>`: the letter as printed; `fra` is where "Tilbake" goes. */
export function letterPrintHref(letterId: number, back: string): string {
  return hrefFor(['print', 'brev', String(letterId)], { fra: back });
}
