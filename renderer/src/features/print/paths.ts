import { hrefFor } from '../../app/router';

/** The print layouts, under `#/print/<kind>`: kinds are Norwegian like the rest of the addresses. */
export const printKinds = [
  'sak',
  'koordinatorer',
  'frister',
  'dagsorden',
  'rapport',
  'brev',
  'logg',
  'protokoll',
] as const;
export type PrintKind = (typeof printKinds)[number];

/** `fra` is where "Tilbake" goes: the screen the print was opened from. */
export function printHref(kind: 'koordinatorer' | 'frister' | 'dagsorden', back: string): string;
export function printHref(kind: 'sak', back: string, caseId: number): string;
export function printHref(kind: PrintKind, back: string, id?: number): string {
  return hrefFor(id === undefined ? ['print', kind] : ['print', kind, String(id)], { fra: back });
}

/**
 * The protocol for a period: `from`/`to` as on the protocol page (`fra` is the way back here, as
 * on every print).
 */
export function protocolPrintHref(period: { from: string; to: string }, back: string): string {
  return hrefFor(['print', 'protokoll'], { from: period.from, to: period.to, fra: back });
}

/**
 * The way back, from the address. Only a hash address of this app is followed, so a crafted
 * `fra=javascript:...` is never put in a link.
 */
export function backFrom(query: URLSearchParams, fallback: string): string {
  const back = query.get('fra') ?? '';
  return /^#\/[^\s]*$/.test(back) ? back : fallback;
}
