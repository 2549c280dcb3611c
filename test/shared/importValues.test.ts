import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../shared/api/imports';
import {
  cellText,
  foldText,
  joinName,
  readChoiceValues,
  readDate,
  readEmail,
  readName,
  readNationalId,
  readNumber,
  readPhone,
  readText,
  suggestChannel,
  suggestOutcome,
  suggestPlanStatus,
  suggestPoolMatch,
  suggestRights,
  suggestYesNo,
  type ValueRead,
} from '../../shared/domain/importValues';
import en from '../../shared/i18n/importRows.en.json' with { type: 'json' };
import nb from '../../shared/i18n/importRows.nb.json' with { type: 'json' };
import nn from '../../shared/i18n/importRows.nn.json' with { type: 'json' };

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

describe('a date', () => {
  it.each([
    ['17.05.2026', '2026-05-17'],
    ['1.2.2026', '2026-02-01'],
    ['01.02.2026', '2026-02-01'],
    ['17.05.26', '2026-05-17'],
    ['1.2.26', '2026-02-01'],
    ['170526', '2026-05-17'],
    ['17052026', '2026-05-17'],
    ['2026-05-17', '2026-05-17'],
    ['2026-5-7', '2026-05-07'],
    ['17/5/2026', '2026-05-17'],
    ['17/05/2026', '2026-05-17'],
    ['17-5-2026', '2026-05-17'],
    ['  17.05.2026  ', '2026-05-17'],
    ['17.05.2026.', '2026-05-17'],
    ['17. 05. 2026', '2026-05-17'],
    ['17 05 2026', '2026-05-17'],
    ['17.05.2026 14:30', '2026-05-17'],
    ['17.05.2026 kl. 14:30', '2026-05-17'],
    ['2026-05-17T14:30:00Z', '2026-05-17'],
    ['1. mars 2026', '2026-03-01'],
    ['01-mar-2026', '2026-03-01'],
    ['20260517', '2026-05-17'],
  ])('is read from the text «%s»', (text, iso) => {
    expect(date(text)).toEqual(ok(iso));
  });

  it('reads a two-digit year up to next year as this century, later ones as the last', () => {
    expect(date('01.01.00')).toEqual(ok('2000-01-01'));
    expect(date('01.01.27')).toEqual(ok('2027-01-01'));
    expect(date('01.01.28')).toEqual(ok('1928-01-01'));
    expect(date('01.01.99')).toEqual(ok('1999-01-01'));
    expect(date('010199')).toEqual(ok('1999-01-01'));
    expect(readDate('01.01.27', '2030-01-01')).toEqual(ok('2027-01-01'));
    expect(readDate('01.01.32', '2030-01-01')).toEqual(ok('1932-01-01'));
  });

  it('takes a date cell as it is', () => {
    expect(date({ date: '2025-03-01' })).toEqual(ok('2025-03-01'));
    expect(date({ date: '2025-03-01T00:00:00.000Z' })).toEqual(ok('2025-03-01'));
    expect(problemName(date({ date: 'yesterday' }))).toBe('notADate');
  });

  it('reads a number as an Excel serial, with Lotus’s leap day of 1900', () => {
    expect(date(1)).toEqual(ok('1900-01-01'));
    expect(date(59)).toEqual(ok('1900-02-28'));
    expect(problemName(date(60))).toBe('excelLeapDay');
    expect(date(61)).toEqual(ok('1900-03-01'));
    expect(date(45658)).toEqual(ok('2025-01-01'));
    expect(date(46000)).toEqual(ok('2025-12-09'));
    expect(date(45658.75)).toEqual(ok('2025-01-01'));
    expect(date(109574)).toEqual(ok('2199-12-31'));
  });

  it('reads a ddmmåå typed into a number cell when it is no serial of the register’s years', () => {
    expect(date(170526)).toEqual(ok('2026-05-17'));
    expect(date(1052026)).toEqual(ok('2026-05-01'));
    expect(date(17052026)).toEqual(ok('2026-05-17'));
  });

  it('refuses serials outside the register’s years', () => {
    expect(problemName(date(0))).toBe('notADate');
    expect(problemName(date(-5))).toBe('notADate');
    expect(problemName(date(0.5))).toBe('notADate');
    expect(problemName(date(109575))).toBe('dateOutOfRange');
    expect(problemName(date(1e12))).toBe('dateOutOfRange');
    expect(problemName(date(Number.NaN))).toBe('notADate');
    expect(problemName(date(Number.POSITIVE_INFINITY))).toBe('notADate');
  });

  it('says a date that does not exist does not exist, and shows what was read', () => {
    expect(date('31.02.2025')).toEqual({
      ok: false,
      key: 'importRows.problem.noSuchDate',
      values: { raw: '31.02.2025' },
    });
    expect(problemName(date('29.02.2025'))).toBe('noSuchDate');
    expect(date('29.02.2024')).toEqual(ok('2024-02-29'));
    expect(problemName(date('13.13.2025'))).toBe('noSuchDate');
    expect(problemName(date('00.01.2025'))).toBe('noSuchDate');
    expect(problemName(date('310225'))).toBe('noSuchDate');
  });

  it('refuses years the register cannot hold', () => {
    expect(problemName(date('01.01.1899'))).toBe('dateOutOfRange');
    expect(problemName(date('01.01.2200'))).toBe('dateOutOfRange');
  });

  it('says what is no date at all', () => {
    for (const text of [
      'i går',
      'ukjent',
      '12345',
      '1.2.3',
      '2025',
      '17.05.202',
      'mars 2025',
      '1. foo 2025',
      '32',
    ]) {
      expect(problemName(date(text))).toBe('notADate');
    }
    expect(problemName(date(true))).toBe('notADate');
  });

  it('reads an empty cell, or a dash, as no date', () => {
    expect(date(null)).toEqual(ok(''));
    expect(date('   ')).toEqual(ok(''));
    expect(date('-')).toEqual(ok(''));
  });
});

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

describe('suggested register values', () => {
  it.each([
    ['K', ['koordinator']],
    ['Koordinator', ['koordinator']],
    ['BK', ['barnekoordinator']],
    ['Barnekoordinator', ['barnekoordinator']],
    ['IP', ['individuellPlan']],
    ['Individuell plan', ['individuellPlan']],
    ['Indiv. plan', ['individuellPlan']],
    ['begge', ['individuellPlan', 'koordinator']],
    ['K + IP', ['individuellPlan', 'koordinator']],
    ['ip/k', ['individuellPlan', 'koordinator']],
    ['Koordinator og individuell plan', ['individuellPlan', 'koordinator']],
    ['BK, IP', ['individuellPlan', 'barnekoordinator']],
    ['Søkt om IP', ['individuellPlan']],
    ['alle', ['individuellPlan', 'koordinator', 'barnekoordinator']],
  ])('reads the rights in «%s»', (raw, expected) => {
    expect(suggestRights(raw)).toEqual(expected);
  });

  it('names no rights for words it does not know', () => {
    for (const raw of ['', 'Ja', 'Avlastning', 'K + avlastning', '__proto__', 'constructor']) {
      expect(suggestRights(raw)).toBeNull();
    }
  });

  it.each([
    ['Innvilget', 'granted'],
    ['innv.', 'granted'],
    ['innvilga', 'granted'],
    ['Ja', 'granted'],
    ['x', 'granted'],
    ['OK', 'granted'],
    ['✓', 'granted'],
    ['Innvilget 12.03.2024', 'granted'],
    ['Avslag', 'refused'],
    ['avslått', 'refused'],
    ['Nei', 'refused'],
    ['Ikkje innvilga', 'refused'],
    ['Delvis innvilget', 'partlyGranted'],
    ['Trukket', 'withdrawn'],
    ['Søknad trukket', 'withdrawn'],
    ['Avvist', 'dismissed'],
    ['Ikke realitetsbehandlet', 'dismissed'],
  ])('reads the outcome «%s» as %s', (raw, outcome) => {
    expect(suggestOutcome(raw)).toBe(outcome);
  });

  it.each([
    ['Elektronisk skjema', 'electronicForm'],
    ['Digitalt', 'electronicForm'],
    ['Papir', 'paper'],
    ['Brev', 'paper'],
    ['Muntlig', 'oral'],
    ['Munnleg', 'oral'],
    ['Telefon', 'oral'],
    ['Melding fra tjeneste', 'serviceReport'],
    ['Melding frå tenesta', 'serviceReport'],
    ['Egen', 'ownInitiative'],
    ['Eget initiativ', 'ownInitiative'],
    ['Mottatt via brev', 'paper'],
  ])('reads the channel «%s» as %s', (raw, channel) => {
    expect(suggestChannel(raw)).toBe(channel);
  });

  it.each([
    ['Ikke ønsket', 'notWanted'],
    ['ikkje ønskt', 'notWanted'],
    ['Ikke startet', 'notStarted'],
    ['Under arbeid', 'inProgress'],
    ['Utarbeides', 'inProgress'],
    ['Aktiv', 'active'],
    ['I bruk', 'active'],
    ['Avsluttet', 'closed'],
    ['Avslutta', 'closed'],
    ['IP aktiv', 'active'],
  ])('reads the plan status «%s» as %s', (raw, status) => {
    expect(suggestPlanStatus(raw)).toBe(status);
  });

  it('reads yes and no', () => {
    for (const raw of ['Ja', 'J', 'x', 'X', '✓', '1', ' ja ']) expect(suggestYesNo(raw)).toBe(true);
    for (const raw of ['Nei', 'N', '0', '-']) expect(suggestYesNo(raw)).toBe(false);
    for (const raw of ['', 'kanskje', '__proto__']) expect(suggestYesNo(raw)).toBeNull();
  });

  it('suggests nothing it does not know', () => {
    for (const raw of ['', 'kanskje', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(suggestOutcome(raw)).toBeNull();
      expect(suggestChannel(raw)).toBeNull();
      expect(suggestPlanStatus(raw)).toBeNull();
    }
  });

  it('finds a coordinator, a unit or a course by name, however it is written', () => {
    const names = [
      { id: 1, name: 'Kari Nordmann' },
      { id: 2, name: 'Anne-Lise Østby' },
      { id: 3, name: 'Helsestasjonen' },
      { id: 4, name: 'Per Hansen' },
      { id: 5, name: 'Per  Hansen' },
    ];
    expect(suggestPoolMatch('kari nordmann', names)).toBe(1);
    expect(suggestPoolMatch('Nordmann, Kari', names)).toBe(1);
    expect(suggestPoolMatch('Nordmann Kari', names)).toBe(1);
    expect(suggestPoolMatch('  KARI   NORDMANN ', names)).toBe(1);
    expect(suggestPoolMatch('Anne Lise Ostby', names)).toBe(2);
    expect(suggestPoolMatch('annelise østby', names)).toBe(2);
    expect(suggestPoolMatch('HELSESTASJONEN', names)).toBe(3);
    expect(suggestPoolMatch('Per Hansen', names)).toBeNull();
    expect(suggestPoolMatch('Ola Nordmann', names)).toBeNull();
    expect(suggestPoolMatch('', names)).toBeNull();
    expect(suggestPoolMatch('__proto__', names)).toBeNull();
    expect(suggestPoolMatch('Kari Nordmann', [])).toBeNull();
  });
});

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
