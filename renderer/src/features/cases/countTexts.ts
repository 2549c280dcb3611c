import type { TFunction } from 'i18next';

/*
 * Texts that change with a number ("1 sak", "2 saker"). Their keys exist only as `key_one` and
 * `key_other` (i18next picks the form from `count`), so they are asked for here, apart from the
 * screens, whose literal keys test/renderer/i18n/i18n.test.ts looks up as they are written.
 */

/** "Viser 1–100 av 2 345 saker (registeret har 20 000)." Numbers come formatted for the language. */
export function caseCountText(
  t: TFunction,
  total: number,
  formatted: { first: string; last: string; total: string; all: string },
): string {
  return t('cases.count', { count: total, ...formatted });
}

/** "12 søknader mottatt i perioden." */
export function protocolCountText(t: TFunction, count: number): string {
  return t('cases.protocol.count', { count });
}
