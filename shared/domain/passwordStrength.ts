/**
 * Which new passwords are refused, and how strong one looks (issue 13). The rules are ours and
 * pure; the guessing estimate comes from zxcvbn (`passwordEstimator.ts`, loaded on first use),
 * so core refuses and the forms warn with the very same verdict.
 */

import { MIN_PASSWORD_LENGTH } from '../api/fields';

/** Who the password is for: their own names make the easiest guesses. */
export interface PasswordOwner {
  username?: string;
  displayName?: string;
  municipality?: string;
}

/** zxcvbn's answer, reduced to what the rules use. */
export interface PasswordEstimate {
  /** 0 (guessed at once) … 4 (very hard to guess). */
  score: 0 | 1 | 2 | 3 | 4;
  /** zxcvbn's warning key (`simpleRepeat`, `common`, …), or null. */
  warning: string | null;
  /** Characters of the password found in lists of leaked passwords. */
  commonChars: number;
}

export type PasswordProblem =
  | 'validation.passwordTooShort'
  | 'validation.passwordIsUsername'
  | 'validation.passwordHasMunicipality'
  | 'validation.passwordCommon'
  | 'validation.passwordWeak';

export type PasswordStrength = 'weak' | 'fair' | 'strong';
/** What makes a password guessable, from zxcvbn's warning: `password.hint.<key>` in the texts. */
export type PasswordHint = 'repeat' | 'sequence' | 'keyboard' | 'dates' | 'names' | 'personal';

export interface PasswordVerdict {
  /** Why the password is refused (a translation key), or null when it is accepted. */
  problem: PasswordProblem | null;
  strength: PasswordStrength;
  /** A hint of what makes it guessable (translation key under `password.hint`), or null. */
  hint: PasswordHint | null;
}

/** zxcvbn's score below this is refused: 3 is "safely unguessable" in zxcvbn's own words. */
export const MIN_PASSWORD_SCORE = 3;
/** A user name or a municipality's name shorter than this is refused only as the whole password. */
const MIN_NAME_INSIDE = 4;
const MUNICIPALITY_WORDS = new Set(['kommune', 'kommuna', 'herad', 'municipality']);
const COMMON_WARNINGS = new Set(['topTen', 'topHundred', 'common', 'similarToCommon', 'pwned']);

const HINTS: Record<string, PasswordHint> = {
  simpleRepeat: 'repeat',
  extendedRepeat: 'repeat',
  sequences: 'sequence',
  straightRow: 'keyboard',
  keyPattern: 'keyboard',
  recentYears: 'dates',
  dates: 'dates',
  wordByItself: 'names',
  namesByThemselves: 'names',
  commonNames: 'names',
  userInputs: 'personal',
};

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s._-]+/)
    .filter((w) => w.length >= 3);

/** The municipality's own name: "Testvik kommune" is "testvik". */
function municipalityCore(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !MUNICIPALITY_WORDS.has(w))
    .join(' ');
}

/** The owner's names as zxcvbn's user inputs: whole and word by word. */
export function ownerInputs(owner: PasswordOwner): string[] {
  const all = [owner.username, owner.displayName, owner.municipality]
    .filter((v): v is string => !!v?.trim())
    .flatMap((v) => [v.trim().toLowerCase(), ...words(v)]);
  return [...new Set(all)];
}

const includesName = (password: string, name: string) =>
  name !== '' && (password === name || (name.length >= MIN_NAME_INSIDE && password.includes(name)));

/** The rule that refuses a password, given zxcvbn's estimate of it; null when none does. */
function problemOf(
  password: string,
  owner: PasswordOwner,
  estimate: PasswordEstimate,
): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'validation.passwordTooShort';
  const lower = password.toLowerCase();
  if (owner.username && includesName(lower, owner.username.trim().toLowerCase()))
    return 'validation.passwordIsUsername';
  const municipality = owner.municipality?.trim().toLowerCase() ?? '';
  if (includesName(lower, municipality) || includesName(lower, municipalityCore(municipality)))
    return 'validation.passwordHasMunicipality';
  if (estimate.score >= MIN_PASSWORD_SCORE) return null;
  const mostlyCommon = estimate.commonChars * 2 >= password.length;
  if (mostlyCommon || COMMON_WARNINGS.has(estimate.warning ?? '')) return 'validation.passwordCommon';
  return 'validation.passwordWeak';
}

/** The verdict on a new password: refused or not, how strong it looks, and a hint why. */
export function judgePassword(
  password: string,
  owner: PasswordOwner,
  estimate: PasswordEstimate,
): PasswordVerdict {
  const problem = problemOf(password, owner, estimate);
  const strength: PasswordStrength = problem ? 'weak' : estimate.score >= 4 ? 'strong' : 'fair';
  // The other refusals say it all themselves.
  const hinted = problem === null || problem === 'validation.passwordWeak';
  const hint = hinted && estimate.score < 4 ? (HINTS[estimate.warning ?? ''] ?? null) : null;
  return { problem, strength, hint };
}
