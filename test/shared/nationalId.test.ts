import { idnr } from '@navikt/fnrvalidator';
import { describe, expect, it } from 'vitest';

import { checkNationalId, isSyntheticNationalId } from '@shared/domain/nationalId';

/**
 * Test numbers are made here rather than copied from somewhere: the first nine digits
 * (ddmmyy + individual number) and check digits by Skatteetaten's weights. `rest` 0 is the classic
 * k1; from 2032 k1 may also be computed with rest 1, 2 or 3.
 */
function withCheckDigits(nine: string, rest = 0): string {
  const d = nine.split('').map(Number);
  const weighted = (weights: number[], digits: number[]) =>
    weights.reduce((s, w, i) => s + w * digits[i]!, 0);
  const k1 = (11 + rest - (weighted([3, 7, 6, 1, 8, 9, 4, 5, 2], d) % 11)) % 11;
  const k2 = (11 - (weighted([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...d, k1]) % 11)) % 11;
  if (k1 === 10 || k2 === 10) throw new Error(`No check digits for ${nine} with rest ${rest}: pick another`);
  return `${nine}${k1}${k2}`;
}

/** A number that only the 2032 rule accepts: k1 computed with rest 1–3, not the classic 0. */
function only2032(nine: string): string {
  for (const rest of [1, 2, 3]) {
    try {
      return withCheckDigits(nine, rest);
    } catch {
      // this rest gives 10 somewhere; try the next
    }
  }
  throw new Error(`No 2032 number for ${nine}`);
}

const real = { allowSynthetic: false };
const demo = { allowSynthetic: true };
const withSpace = (n: string) => `${n.slice(0, 6)} ${n.slice(6)}`;
const wrongLastDigit = (n: string) => n.slice(0, 10) + String((Number(n[10]) + 1) % 10);

describe('a valid national ID number', () => {
  it.each([
    [
      'a fødselsnummer from the 1900s (individual number 000–499)',
      withCheckDigits('150685123'),
      real,
      'fnr',
      '1985-06-15',
    ],
    [
      'a fødselsnummer typed with a space',
      withSpace(withCheckDigits('150685123')),
      real,
      'fnr',
      '1985-06-15',
    ],
    ['a D-nummer (day + 40)', withCheckDigits('410190123'), real, 'dnr', '1990-01-01'],
    [
      'a child born 2010 (individual number 500–999, year 00–39)',
      withCheckDigits('010110510'),
      real,
      'fnr',
      '2010-01-01',
    ],
    [
      'someone born 1860 (individual number 500–749, year 54–99)',
      withCheckDigits('010160600'),
      real,
      'fnr',
      '1860-01-01',
    ],
    [
      'someone born 1945 (individual number 900–999, year 40–99)',
      withCheckDigits('010145950'),
      real,
      'fnr',
      '1945-01-01',
    ],
    ['29 February 2000 (individual number 500–999)', withCheckDigits('290200510'), real, 'fnr', '2000-02-29'],
    ['29 February 1928, a leap year', withCheckDigits('290228123'), real, 'fnr', '1928-02-29'],
    [
      'a Tenor synthetic number (month + 80) in a demo register',
      withCheckDigits('018190123'),
      demo,
      'synthetic',
      '1990-01-01',
    ],
    [
      'a Tenor synthetic D-nummer in a demo register',
      withCheckDigits('418190123'),
      demo,
      'synthetic',
      '1990-01-01',
    ],
    [
      'a child born 2032 with check digits only the 2032 rule accepts',
      only2032('150632512'),
      real,
      'fnr',
      '2032-06-15',
    ],
    [
      'a D-nummer with check digits only the 2032 rule accepts',
      only2032('450699123'),
      real,
      'dnr',
      '1999-06-05',
    ],
  ] as const)('is accepted: %s', (_name, text, options, kind, birthDate) => {
    expect(checkNationalId(text, options)).toEqual({
      ok: true,
      kind,
      birthDate,
      normalized: text.replace(' ', ''),
    });
  });

  it('has 2032 test numbers that the classic rule alone refuses', () => {
    for (const nine of ['150632512', '450699123']) {
      expect(only2032(nine)).not.toBe(withCheckDigits(nine));
      expect(idnr(only2032(nine)).status).toBe('valid');
    }
  });
});

describe('a national ID number that is refused', () => {
  it.each([
    ['ten digits', '0101901234', real, 'format'],
    ['twelve digits', '010190123456', real, 'format'],
    ['letters', '01019012a45', real, 'format'],
    ['nothing', '', real, 'format'],
    ['a wrong last check digit', wrongLastDigit(withCheckDigits('150685123')), real, 'checksum'],
    ['digits swapped', '510685123' + withCheckDigits('150685123').slice(9), real, 'checksum'],
    [
      '29 February 1900 (individual number 000–499), which the library accepts',
      withCheckDigits('290200123'),
      real,
      'date',
    ],
    ['29 February 2027', withCheckDigits('290227512'), real, 'date'],
    ['31 April', withCheckDigits('310490123'), real, 'date'],
    ['month 13', withCheckDigits('011390123'), real, 'date'],
    ['year 45 with individual number 600, which is never issued', withCheckDigits('010145600'), real, 'date'],
    ['year 60 with individual number 800, which is never issued', withCheckDigits('010160800'), real, 'date'],
    ['a Tenor synthetic number in a real register', withCheckDigits('018190123'), real, 'synthetic'],
    ['a Tenor synthetic D-nummer in a real register', withCheckDigits('418190123'), real, 'synthetic'],
    ['an H-nummer (month + 40)', withCheckDigits('014190123'), real, 'unsupported'],
    ['an H-nummer even in a demo register', withCheckDigits('014190123'), demo, 'unsupported'],
  ] as const)('%s', (_name, text, options, reason) => {
    expect(checkNationalId(text, options)).toEqual({ ok: false, reason });
  });

  it('29 February 1900 passes the library, so our own date check is what refuses it', () => {
    expect(idnr(withCheckDigits('290200123')).status).toBe('valid');
  });
});

describe('telling synthetic numbers apart', () => {
  it.each([
    ['a valid Tenor number', withCheckDigits('018190123'), true],
    ['a valid Tenor D-nummer', withCheckDigits('418190123'), true],
    ['a real fødselsnummer', withCheckDigits('150685123'), false],
    ['a Tenor number with a wrong check digit', wrongLastDigit(withCheckDigits('018190123')), false],
    ['text', 'abc', false],
  ])('%s: %s', (_name, text, synthetic) => {
    expect(isSyntheticNationalId(text)).toBe(synthetic);
  });
});
