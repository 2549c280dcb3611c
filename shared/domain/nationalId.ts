/**
 * Fødselsnummer and D-nummer (DOMAIN.md section 8). The check digits are checked by NAV's
 * @navikt/fnrvalidator, which knows both the classic rule and the one Skatteetaten uses from 2032;
 * the policy around it (which kinds we accept, the birth date, the century) is ours.
 * Gender is never derived from the number.
 */

import { idnr } from '@navikt/fnrvalidator';

import { daysInMonth } from './dates';

export type NationalIdKind = 'fnr' | 'dnr' | 'synthetic';
export type NationalIdProblem = 'format' | 'checksum' | 'date' | 'synthetic' | 'unsupported';

export type NationalIdCheck =
  | { ok: true; kind: NationalIdKind; birthDate: string; normalized: string }
  | { ok: false; reason: NationalIdProblem };

/** Spaces are how people copy numbers from letters ("010190 12345"); nothing else is forgiven. */
function normalize(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Checks a national ID number. Tenor's synthetic numbers (month + 80, also as D-numbers) are
 * accepted only with `allowSynthetic` (demo and test registers); H-numbers (month + 40) are
 * help numbers of the health services, not identities we register.
 */
export function checkNationalId(text: string, options: { allowSynthetic: boolean }): NationalIdCheck {
  const digits = normalize(text);
  if (!/^\d{11}$/.test(digits)) return { ok: false, reason: 'format' };

  // The library also reports an impossible date; the date is our own check below, so only a
  // checksum complaint counts here.
  const result = idnr(digits);
  if (result.status === 'invalid' && result.reasons.includes("checksums don't match")) {
    return { ok: false, reason: 'checksum' };
  }

  const dayField = Number(digits.slice(0, 2));
  const monthField = Number(digits.slice(2, 4));
  const isDnr = dayField > 40;
  const day = isDnr ? dayField - 40 : dayField;
  // Tenor adds 80 to the month, H-numbers add 40; other month fields are simply not dates.
  const synthetic = monthField >= 81 && monthField <= 92;
  if (monthField >= 41 && monthField <= 52) return { ok: false, reason: 'unsupported' };
  const month = synthetic ? monthField - 80 : monthField;
  if (synthetic && !options.allowSynthetic) return { ok: false, reason: 'synthetic' };

  const year = birthYear(Number(digits.slice(4, 6)), Number(digits.slice(6, 9)));
  if (year === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'date' };
  }
  const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const kind: NationalIdKind = synthetic ? 'synthetic' : isDnr ? 'dnr' : 'fnr';
  return { ok: true, kind, birthDate, normalized: digits };
}

/** A valid Tenor synthetic number (month + 80), so demo data can be told apart from real. */
export function isSyntheticNationalId(text: string): boolean {
  const result = checkNationalId(text, { allowSynthetic: true });
  return result.ok && result.kind === 'synthetic';
}

/**
 * The century from the individual number (digits 7–9), by Skatteetaten's ranges. Combinations
 * outside the ranges are never issued, so they have no birth date (null).
 */
function birthYear(yy: number, individual: number): number | null {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (yy <= 39) return 2000 + yy;
  if (individual >= 900) return 1900 + yy;
  return null;
}
