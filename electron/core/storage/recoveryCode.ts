import { randomBytes } from 'node:crypto';

// Crockford base32: no I, L, O or U, so a code read aloud or copied by hand survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 25 characters = 125 random bits, printed as five groups of five. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(25);
  const chars = [...bytes].map((b) => ALPHABET[b % 32]).join('');
  return chars.match(/.{5}/g)!.join('-');
}

/** What the user typed, in the form the slot was made with: case, spaces, dashes and look-alikes forgiven. */
export function normaliseRecoveryCode(input: string): string {
  const chars = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return chars.match(/.{1,5}/g)?.join('-') ?? '';
}
