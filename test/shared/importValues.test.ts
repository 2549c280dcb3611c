import { describe, expect, it } from 'vitest';

import type { RawCell } from '@shared/api/imports';
import { readDate } from '@shared/domain/importDates';
import {
  suggestChannel,
  suggestOutcome,
  suggestPlanStatus,
  suggestPoolMatch,
  suggestRights,
  suggestYesNo,
} from '@shared/domain/importSuggestions';
import {
  cellText,
  foldText,
  joinName,
  readChoiceValues,
  readEmail,
  readName,
  readNationalId,
  readNumber,
  readPhone,
  readText,
  type ValueRead,
} from '@shared/domain/importValues';
import en from '@shared/i18n/importRows.en.json' with { type: 'json' };
import nb from '@shared/i18n/importRows.nb.json' with { type: 'json' };
import nn from '@shared/i18n/importRows.nn.json' with { type: 'json' };

/** A fixed "today", so two-digit years do not depend on when the tests run. */
const today = '2026-06-15';
const date = (cell: RawCell) => readDate(cell, today);
const ok = <T>(value: T) => ({ ok: true, value });
const problemName = (read: ValueRead<unknown>) =>
  read.ok ? null : read.key.replace('importRows.problem.', '');

const problemTexts = {
  nb: nb.importRows.problem,
  nn: nn.importRows.problem,
  en: en.importRows.problem,
} as Record<string, Record<string, string>>;

describe('a fødselsnummer', () => {
  it('is 11 digits once spaces, dots and dashes are out', () => {
    expect(readNationalId('01019012345')).toEqual(ok('01019012345'));
    expect(readNationalId(' 010190 12345 ')).toEqual(ok('01019012345'));
    expect(readNationalId('010190-12345')).toEqual(ok('01019012345'));
    expect(readNationalId('01.01.90 123.45')).toEqual(ok('01019012345'));
    expect(readNationalId(11019012345)).toEqual(ok('11019012345'));
  });

  it('gets back the leading zero a number cell lost', () => {
    expect(readNationalId(1019012345)).toEqual(ok('01019012345'));
    expect(readNationalId('1019012345')).toEqual(ok('01019012345'));
  });

  it('leaves the check digits to the national ID policy', () => {
    expect(readNationalId('12345678901')).toEqual(ok('12345678901'));
  });

  it('says how many digits a wrong number has', () => {
    expect(readNationalId('123456789')).toEqual({
      ok: false,
      key: 'importRows.problem.nationalIdLength',
      values: { raw: '123456789', count: 9 },
    });
    expect(readNationalId('0101901234567')).toMatchObject({ values: { count: 13 } });
    expect(readNationalId(123456789012)).toMatchObject({ values: { count: 12 } });
  });

  it('refuses a number Excel rounded or gave decimals', () => {
    expect(problemName(readNationalId('1,01019E+10'))).toBe('nationalIdRounded');
    expect(problemName(readNationalId('1.01019E+10'))).toBe('nationalIdRounded');
    expect(problemName(readNationalId('1E10'))).toBe('nationalIdRounded');
    expect(problemName(readNationalId(10101901234.5))).toBe('nationalIdRounded');
  });

  it('refuses what is not digits', () => {
    for (const cell of [
      '0101901234x',
      'ukjent',
      '01019012345,0',
      '__proto__',
      true,
      { date: '2025-01-01' },
    ]) {
      expect(problemName(readNationalId(cell as RawCell))).toBe('nationalIdNotDigits');
    }
    expect(problemName(readNationalId(-1019012345))).toBe('nationalIdNotDigits');
  });

  it('reads an empty cell as no number', () => {
    expect(readNationalId(null)).toEqual(ok(''));
    expect(readNationalId(' - ')).toEqual(ok(''));
  });
});

describe('a name', () => {
  it('is trimmed with its spaces tidied', () => {
    expect(readName('  Kari   Nordmann ')).toEqual(ok('Kari Nordmann'));
    expect(readName('Kari\u00a0Nordmann')).toEqual(ok('Kari Nordmann'));
  });

  it('turns "Etternavn, Fornavn" round', () => {
    expect(readName('Nordmann, Kari')).toEqual(ok('Kari Nordmann'));
    expect(readName('Nordmann,Kari Anne')).toEqual(ok('Kari Anne Nordmann'));
    expect(readName('Nordmann,')).toEqual(ok('Nordmann'));
  });

  it('capitalises a name in capitals or in lower case', () => {
    expect(readName('KARI NORDMANN')).toEqual(ok('Kari Nordmann'));
    expect(readName('kari nordmann')).toEqual(ok('Kari Nordmann'));
    expect(readName('NORDMANN, KARI')).toEqual(ok('Kari Nordmann'));
    expect(readName('ANNE-LISE ØSTBY')).toEqual(ok('Anne-Lise Østby'));
    expect(readName('JAN VAN DER BERG')).toEqual(ok('Jan van der Berg'));
    expect(readName('VAN DER BERG, JAN')).toEqual(ok('Jan van der Berg'));
    expect(readName("SEAN O'BRIEN")).toEqual(ok("Sean O'Brien"));
    expect(readName('åse ærlig')).toEqual(ok('Åse Ærlig'));
  });

  it('keeps a name written with care as it is', () => {
    expect(readName('Kari McDonald')).toEqual(ok('Kari McDonald'));
    expect(readName('Jan van der Berg')).toEqual(ok('Jan van der Berg'));
    expect(readName('Ola de la Cruz')).toEqual(ok('Ola de la Cruz'));
  });

  it('refuses what is no name', () => {
    for (const cell of ['12345', '__proto__', 'Kari <script>', 'a, b, c', ',', 42, true] as RawCell[]) {
      expect(problemName(readName(cell))).toBe('notAName');
    }
    expect(readName('K'.repeat(121))).toMatchObject({
      ok: false,
      key: 'importRows.problem.tooLong',
      values: { max: 120, length: 121 },
    });
  });

  it('reads an empty cell as no name', () => {
    expect(readName(null)).toEqual(ok(''));
    expect(readName('')).toEqual(ok(''));
  });

  it('joins first and last name', () => {
    expect(joinName('Kari', 'Nordmann')).toBe('Kari Nordmann');
    expect(joinName(' Kari  Anne ', 'Nordmann')).toBe('Kari Anne Nordmann');
    expect(joinName('', 'Nordmann')).toBe('Nordmann');
    expect(joinName('Kari', null)).toBe('Kari');
    expect(joinName(null, '  ')).toBe('');
  });
});

describe('text, phone, e-mail and numbers', () => {
  it('reads text of any cell, trimmed, and refuses what is too long', () => {
    expect(readText('  Har fastlege  ', 100)).toEqual(ok('Har fastlege'));
    expect(readText('Linje 1\r\nLinje 2', 100)).toEqual(ok('Linje 1\nLinje 2'));
    expect(readText(12.5, 100)).toEqual(ok('12,5'));
    expect(readText({ date: '2025-03-01' }, 100)).toEqual(ok('01.03.2025'));
    expect(readText(true, 100)).toEqual(ok('SANN'));
    expect(readText(null, 100)).toEqual(ok(''));
    expect(readText('__proto__', 100)).toEqual(ok('__proto__'));
    expect(readText('abcdef', 5)).toEqual({
      ok: false,
      key: 'importRows.problem.tooLong',
      values: { raw: 'abcdef', max: 5, length: 6 },
    });
  });

  it('reads a Norwegian phone number as eight digits', () => {
    expect(readPhone('912 34 567')).toEqual(ok('91234567'));
    expect(readPhone('+47 912 34 567')).toEqual(ok('91234567'));
    expect(readPhone('0047-91234567')).toEqual(ok('91234567'));
    expect(readPhone('(+47) 91.23.45.67')).toEqual(ok('91234567'));
    expect(readPhone(91234567)).toEqual(ok('91234567'));
    expect(readPhone(4791234567)).toEqual(ok('91234567'));
    expect(readPhone(null)).toEqual(ok(''));
    for (const cell of [
      '1234',
      '+46 70 123 45 67',
      '912 34 567 / 22 33 44 55',
      'ring mor',
      true,
    ] as RawCell[]) {
      expect(problemName(readPhone(cell))).toBe('phoneInvalid');
    }
  });

  it('reads an e-mail address, also from "Navn <adresse>" and mailto:', () => {
    expect(readEmail(' kari@Eksempel.NO ')).toEqual(ok('kari@eksempel.no'));
    expect(readEmail('Kari Nordmann <kari@eksempel.no>')).toEqual(ok('kari@eksempel.no'));
    expect(readEmail('mailto:kari@eksempel.no')).toEqual(ok('kari@eksempel.no'));
    expect(readEmail(null)).toEqual(ok(''));
    for (const cell of [
      'kari',
      'kari@',
      '@eksempel.no',
      'kari@eksempel',
      'kari @eksempel.no',
      'a@b.no; c@d.no',
      'kari@.no',
      'kari@eksempel..no',
      5,
    ] as RawCell[]) {
      expect(problemName(readEmail(cell))).toBe('emailInvalid');
    }
    expect(problemName(readEmail(`${'a'.repeat(300)}@eksempel.no`))).toBe('tooLong');
  });

  it('reads a number, also with a decimal comma and spaces between thousands', () => {
    expect(readNumber(12)).toEqual(ok(12));
    expect(readNumber(' 12 ')).toEqual(ok(12));
    expect(readNumber('1 234,5')).toEqual(ok(1234.5));
    expect(readNumber('2.5')).toEqual(ok(2.5));
    expect(readNumber(null)).toEqual(ok(null));
    expect(readNumber('-')).toEqual(ok(null));
    for (const cell of ['tolv', '12 saker', '1,2,3', true, { date: '2025-01-01' }, Number.NaN] as RawCell[]) {
      expect(problemName(readNumber(cell))).toBe('notANumber');
    }
  });

  it('holds a number to its limits when asked', () => {
    const capacity = (cell: RawCell) => readNumber(cell, { integer: true, min: 1, max: 500 });
    expect(capacity('15')).toEqual(ok(15));
    expect(problemName(capacity('2,5'))).toBe('notAWholeNumber');
    expect(capacity(0)).toEqual({
      ok: false,
      key: 'importRows.problem.numberTooSmall',
      values: { raw: '0', min: 1 },
    });
    expect(capacity(501)).toMatchObject({ key: 'importRows.problem.numberTooLarge', values: { max: 500 } });
  });
});

describe('a multi-choice cell', () => {
  it('is split on , / + ; & and the words og and and', () => {
    expect(readChoiceValues('K, IP')).toEqual(['K', 'IP']);
    expect(readChoiceValues('ip/k')).toEqual(['ip', 'k']);
    expect(readChoiceValues('K + IP')).toEqual(['K', 'IP']);
    expect(readChoiceValues('BK; IP')).toEqual(['BK', 'IP']);
    expect(readChoiceValues('K & IP')).toEqual(['K', 'IP']);
    expect(readChoiceValues('Koordinator og individuell plan')).toEqual(['Koordinator', 'individuell plan']);
    expect(readChoiceValues('Koordinator OG IP')).toEqual(['Koordinator', 'IP']);
    expect(readChoiceValues('coordinator and plan')).toEqual(['coordinator', 'plan']);
    expect(readChoiceValues('K\nIP')).toEqual(['K', 'IP']);
  });

  it('keeps words that only contain "og" whole, and drops empty and repeated parts', () => {
    expect(readChoiceValues('Logopedi')).toEqual(['Logopedi']);
    expect(readChoiceValues('Sogn og Fjordane')).toEqual(['Sogn', 'Fjordane']);
    expect(readChoiceValues(' K ,, K / ')).toEqual(['K']);
    expect(readChoiceValues(null)).toEqual([]);
    expect(readChoiceValues('')).toEqual([]);
  });
});

// Hostile cells and problem texts are checked for every reader, dates and suggestions too.
describe('hostile cells', () => {
  const huge = 'x'.repeat(30_000);
  const hugeDigits = '1'.repeat(30_000);
  const hugeSpaces = `${' '.repeat(15_000)}1${' '.repeat(15_000)}.`;
  const hugeMixed = `${'1.'.repeat(15_000)}2025`;

  it('are answered quickly, with a problem or nothing', () => {
    const start = performance.now();
    for (const cell of [
      huge,
      hugeDigits,
      hugeSpaces,
      hugeMixed,
      `${'a@'.repeat(15_000)}.no`,
      `${'og '.repeat(10_000)}`,
    ]) {
      expect(date(cell).ok).toBe(false);
      expect(readNationalId(cell).ok).toBe(false);
      expect(readName(cell).ok).toBe(false);
      expect(readPhone(cell).ok).toBe(false);
      expect(readEmail(cell).ok).toBe(false);
      expect(readNumber(cell).ok).toBe(false);
      expect(readText(cell, 1000).ok).toBe(false);
      expect(readChoiceValues(cell).length).toBeLessThanOrEqual(500);
      expect(suggestRights(cell)).toBeNull();
      expect(suggestOutcome(cell)).toBeNull();
      expect(suggestChannel(cell)).toBeNull();
      expect(suggestPlanStatus(cell)).toBeNull();
      expect(suggestYesNo(cell)).toBeNull();
      expect(suggestPoolMatch(cell, [{ id: 1, name: 'Kari' }])).toBeNull();
      expect(foldText(cell).length).toBeLessThanOrEqual(200);
    }
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('show at most the start of what was read', () => {
    const read = date(huge);
    expect(read.ok ? null : String(read.values?.raw).length).toBe(61);
  });

  it('never touch the prototype', () => {
    for (const cell of ['__proto__', 'constructor', 'prototype', { date: '__proto__' }] as RawCell[]) {
      readDate(cell, today);
      readNationalId(cell);
      readName(cell);
      readText(cell, 100);
      readChoiceValues(cell);
    }
    expect(({} as Record<string, unknown>).date).toBeUndefined();
    expect(problemName(date('__proto__'))).toBe('notADate');
    expect(problemName(date({ date: '__proto__' }))).toBe('notADate');
  });

  it('are read as cells only when they are cells', () => {
    expect(cellText({} as RawCell)).toBe('');
    expect(problemName(date({} as RawCell))).toBe('notADate');
    expect(problemName(date(Object.create({ date: '2025-01-01' }) as RawCell))).toBe('notADate');
  });
});

describe('the problems', () => {
  it('each have a text in bokmål, nynorsk and English', () => {
    const cells: RawCell[] = ['31.02.2025', 'x', '01.01.1800', 60, '123', '1E10', '12,5', '1', 'a@', 'Kari1'];
    const keys = new Set<string>();
    for (const cell of cells) {
      for (const read of [
        date(cell),
        readNationalId(cell),
        readName(cell),
        readText(cell, 1),
        readPhone(cell),
        readEmail(cell),
        readNumber(cell, { integer: true, min: 2, max: 5 }),
        readNumber('9', { max: 5 }),
      ]) {
        if (!read.ok) keys.add(read.key);
      }
    }
    expect(keys.size).toBe(15);
    for (const key of keys) {
      const leaf = key.replace('importRows.problem.', '');
      for (const language of ['nb', 'nn', 'en']) expect(problemTexts[language]![leaf]).toContain('{{raw}}');
    }
  });
});
