import { describe, expect, it } from 'vitest';

import {
  importFieldKeys,
  importFields,
  importFieldsFor,
  isImportField,
  suggestField,
  suggestMapping,
  suggestTarget,
  type ImportField,
} from '@shared/domain/importFields';
import en from '@shared/i18n/importRows.en.json' with { type: 'json' };
import nb from '@shared/i18n/importRows.nb.json' with { type: 'json' };
import nn from '@shared/i18n/importRows.nn.json' with { type: 'json' };

const labels = { nb: nb.importRows.field, nn: nn.importRows.field, en: en.importRows.field } as Record<
  string,
  Record<string, string>
>;

describe('the field catalogue', () => {
  it('describes every field once, by its own key', () => {
    expect(new Set(importFieldKeys).size).toBe(importFieldKeys.length);
    expect(Object.keys(importFields)).toEqual([...importFieldKeys]);
    for (const key of importFieldKeys) expect(importFields[key].key).toBe(key);
  });

  it('puts the coordinator sheet fields on the coordinators target and the rest on cases', () => {
    expect(importFieldsFor('coordinators').map((f) => f.key)).toEqual([
      'pool.name',
      'pool.lastName',
      'pool.firstName',
      'pool.serviceUnit',
      'pool.position',
      'pool.phone',
      'pool.email',
      'pool.capacity',
      'training.course',
      'training.date',
    ]);
    expect(importFieldsFor('cases')).toHaveLength(36);
  });

  it('gives each field the kind of value its column holds', () => {
    const kind = (key: ImportField) => importFields[key].kind;
    expect(kind('person.name')).toBe('name');
    expect(kind('person.nationalId')).toBe('nationalId');
    expect(kind('person.birthDate')).toBe('date');
    expect(kind('guardian2.phone')).toBe('phone');
    expect(kind('pool.email')).toBe('email');
    expect(kind('pool.capacity')).toBe('number');
    expect(kind('case.channel')).toBe('choice');
    expect(kind('case.rightsRequested')).toBe('multiChoice');
    expect(importFields['case.rightsRequested'].options).toEqual([
      'individuellPlan',
      'koordinator',
      'barnekoordinator',
    ]);
    expect(kind('decision.koordinator.outcome')).toBe('choice');
    expect(importFields['plan.status'].options).toEqual([
      'notWanted',
      'notStarted',
      'inProgress',
      'active',
      'closed',
    ]);
    expect(importFields['case.serviceUnit'].pool).toBe('serviceUnits');
    expect(importFields['coordinator.name'].pool).toBe('coordinators');
    expect(importFields['training.course'].pool).toBe('courses');
    expect(kind('case.note')).toBe('text');
  });

  it('keeps a free text to the length the contract allows it in the register', () => {
    expect(importFields['case.note'].max).toBe(1000);
    expect(importFields['person.address'].max).toBe(200);
  });

  it('labels each field in bokmål, nynorsk and English', () => {
    for (const f of Object.values(importFields)) {
      expect(f.labelKey).toBe(`importRows.field.${f.key.replace(/\./g, '_')}`);
      const leaf = f.labelKey.slice('importRows.field.'.length);
      for (const language of ['nb', 'nn', 'en']) expect(labels[language]![leaf]).toBeTruthy();
    }
  });

  it('knows its own keys and nothing else', () => {
    expect(isImportField('person.name')).toBe(true);
    expect(isImportField('__proto__')).toBe(false);
    expect(isImportField('toString')).toBe(false);
    expect(isImportField(42)).toBe(false);
  });
});

describe('the field a header suggests', () => {
  const cases = (header: string) => suggestField(header, 'cases');
  const pool = (header: string) => suggestField(header, 'coordinators');

  it.each([
    ['Fnr', 'person.nationalId'],
    ['Fødselsnr.', 'person.nationalId'],
    ['Fødselsnummer', 'person.nationalId'],
    ['Personnummer', 'person.nationalId'],
    ['Pnr', 'person.nationalId'],
    ['F.nr', 'person.nationalId'],
    ['  FØDSELSNUMMER (11 siffer) ', 'person.nationalId'],
    ['Navn', 'person.name'],
    ['Namn', 'person.name'],
    ['Barnets navn', 'person.name'],
    ['Brukar', 'person.name'],
    ['Etternavn', 'person.lastName'],
    ['Etternamn', 'person.lastName'],
    ['Fornavn', 'person.firstName'],
    ['Førenamn', 'person.firstName'],
    ['Født', 'person.birthDate'],
    ['Fødselsdato', 'person.birthDate'],
    ['Termin', 'person.dueDate'],
    ['Adresse', 'person.address'],
    ['Telefon', 'person.phone'],
    ['Tlf.', 'person.phone'],
    ['Mobil', 'person.phone'],
    ['E-post', 'person.email'],
    ['Epost', 'person.email'],
    ['Mail', 'person.email'],
    ['Mottatt', 'case.receivedDate'],
    ['Søknad mottatt', 'case.receivedDate'],
    ['Dato mottatt', 'case.receivedDate'],
    ['Motteke', 'case.receivedDate'],
    ['Innkomen', 'case.receivedDate'],
    ['Kanal', 'case.channel'],
    ['Søkt om', 'case.rightsRequested'],
    ['Hva er søkt?', 'case.rightsRequested'],
    ['Søknad om', 'case.rightsRequested'],
    ['Rett', 'case.rightsRequested'],
    ['Tjeneste søkt', 'case.rightsRequested'],
    ['Vedtak', 'decision.outcome'],
    ['Utfall', 'decision.outcome'],
    ['Avgjerd', 'decision.outcome'],
    ['Vedtaksdato', 'decision.date'],
    ['Dato vedtak', 'decision.date'],
    ['Vedtak sendt', 'decision.notifiedDate'],
    ['Koordinator vedtak', 'decision.koordinator.outcome'],
    ['Vedtak koordinator', 'decision.koordinator.outcome'],
    ['Vedtaksdato koordinator', 'decision.koordinator.date'],
    ['Barnekoordinator vedtak', 'decision.barnekoordinator.outcome'],
    ['Vedtak BK', 'decision.barnekoordinator.outcome'],
    ['IP vedtak', 'decision.individuellPlan.outcome'],
    ['Vedtak individuell plan', 'decision.individuellPlan.outcome'],
    ['IP vedtaksdato', 'decision.individuellPlan.date'],
    ['Dato vedtak IP', 'decision.individuellPlan.date'],
    ['Koordinator', 'coordinator.name'],
    ['Koord.', 'coordinator.name'],
    ['Startdato koord.', 'coordinator.startDate'],
    ['Koordinator fra', 'coordinator.startDate'],
    ['Tjenestested', 'case.serviceUnit'],
    ['Tenestestad', 'case.serviceUnit'],
    ['Enhet', 'case.serviceUnit'],
    ['Eining', 'case.serviceUnit'],
    ['Avdeling', 'case.serviceUnit'],
    ['IP-status', 'plan.status'],
    ['Status IP', 'plan.status'],
    ['Individuell plan', 'plan.status'],
    ['IP startdato', 'plan.startDate'],
    ['Neste revisjon', 'plan.nextRevisionDate'],
    ['IP avsluttet', 'plan.closedDate'],
    ['Avsluttet', 'case.closedDate'],
    ['Merknad', 'case.note'],
    ['Kommentar', 'case.note'],
    ['Notat', 'case.note'],
    ['Merknader', 'case.note'],
    ['Foresatt', 'guardian1.name'],
    ['Foreldre', 'guardian1.name'],
    ['Mor', 'guardian1.name'],
    ['Far', 'guardian1.name'],
    ['Foresatt 2', 'guardian2.name'],
    ['Tlf. mor', 'guardian1.phone'],
    ['E-post foresatt 2', 'guardian2.email'],
  ] as const)('reads «%s» on a case sheet as %s', (header, field) => {
    expect(cases(header)).toBe(field);
  });

  it.each([
    ['Navn', 'pool.name'],
    ['Koordinator', 'pool.name'],
    ['Etternavn', 'pool.lastName'],
    ['Førenamn', 'pool.firstName'],
    ['Tjenestested', 'pool.serviceUnit'],
    ['Eining', 'pool.serviceUnit'],
    ['Stilling', 'pool.position'],
    ['Telefon', 'pool.phone'],
    ['Tlf', 'pool.phone'],
    ['E-post', 'pool.email'],
    ['Kapasitet', 'pool.capacity'],
    ['Maks saker', 'pool.capacity'],
    ['Kurs', 'training.course'],
    ['Opplæring', 'training.course'],
    ['Kursdato', 'training.date'],
    ['Dato fullført', 'training.date'],
    ['Grunnkurs', 'training.date'],
    ['Koordinatoropplæring', 'training.date'],
    ['Oppfriskningskurs 2024', 'training.date'],
  ] as const)('reads «%s» on a coordinator sheet as %s', (header, field) => {
    expect(pool(header)).toBe(field);
  });

  it('ignores case, accents, punctuation and extra spaces', () => {
    expect(cases('FODSELSNUMMER')).toBe('person.nationalId');
    expect(cases('  søknad   MOTTATT:  ')).toBe('case.receivedDate');
    expect(cases('Fødsels-nr.')).toBe('person.nationalId');
    expect(cases('Mottatt (dato)')).toBe('case.receivedDate');
  });

  it('prefers the most specific variant', () => {
    expect(cases('Navn koordinator')).toBe('coordinator.name');
    expect(cases('Telefon foresatt')).toBe('guardian1.phone');
    expect(cases('Dato søkt')).toBe('case.receivedDate');
    expect(cases('Individuell plan vedtak')).toBe('decision.individuellPlan.outcome');
  });

  it('without a target, takes the case sheet first', () => {
    expect(suggestField('Navn')).toBe('person.name');
    expect(suggestField('Tjenestested')).toBe('case.serviceUnit');
    expect(suggestField('Kurs')).toBe('training.course');
  });

  it('suggests nothing for a header it does not know', () => {
    expect(cases('Saksnummer')).toBeNull();
    expect(cases('')).toBeNull();
    expect(cases('   ')).toBeNull();
    expect(cases('!!!')).toBeNull();
    expect(pool('Fnr')).toBeNull();
    expect(cases('Kurs')).toBeNull();
  });

  it('is not fooled by hostile headers', () => {
    expect(cases('__proto__')).toBeNull();
    expect(cases('constructor')).toBeNull();
    expect(suggestField('toString')).toBeNull();
    expect(cases(null as unknown as string)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers quickly for a header of 30 000 characters', () => {
    const start = performance.now();
    expect(cases('a'.repeat(30_000))).toBeNull();
    expect(cases(`Fnr ${' x'.repeat(15_000)}`)).toBe('person.nationalId');
    expect(
      suggestMapping(
        Array.from({ length: 300 }, () => 'ø '.repeat(15_000)),
        'cases',
      ),
    ).toHaveLength(300);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('what a sheet holds', () => {
  it('is cases for a case register', () => {
    expect(suggestTarget(['Navn', 'Fnr', 'Mottatt', 'Søkt om', 'Vedtak', 'Koordinator'])).toBe('cases');
  });

  it('is coordinators for a list of coordinators and their courses', () => {
    expect(suggestTarget(['Navn', 'Tjenestested', 'Stilling', 'Telefon', 'Kapasitet', 'Grunnkurs'])).toBe(
      'coordinators',
    );
  });

  it('is cases when nothing tells', () => {
    expect(suggestTarget([])).toBe('cases');
    expect(suggestTarget(['Navn', 'Telefon'])).toBe('cases');
    expect(suggestTarget(['__proto__', ''])).toBe('cases');
  });
});

describe('the mapping a sheet suggests', () => {
  it('gives each header its field', () => {
    expect(suggestMapping(['Navn', 'Fnr', 'Mottatt', 'Saksnr', 'Søkt om'], 'cases')).toEqual([
      'person.name',
      'person.nationalId',
      'case.receivedDate',
      null,
      'case.rightsRequested',
    ]);
  });

  it('uses no field twice: the first of equals wins', () => {
    expect(suggestMapping(['Navn', 'Barnets navn', 'Namn'], 'cases')).toEqual([null, 'person.name', null]);
    expect(suggestMapping(['Telefon', 'Mobil'], 'cases')).toEqual(['person.phone', null]);
  });

  it('lets the best fit win over an earlier, weaker one', () => {
    expect(suggestMapping(['Vedtak', 'Innvilget'], 'cases')).toEqual([null, 'decision.outcome']);
  });

  it('spreads guardians over guardian 1 and 2 by whom they name', () => {
    expect(suggestMapping(['Mor', 'Tlf mor', 'Far', 'Tlf far', 'E-post far', 'Verge'], 'cases')).toEqual([
      'guardian1.name',
      'guardian1.phone',
      'guardian2.name',
      'guardian2.phone',
      'guardian2.email',
      null,
    ]);
    expect(suggestMapping(['Foresatt', 'Foresatt 2', 'Foresatt 1'], 'cases')).toEqual([
      null,
      'guardian2.name',
      'guardian1.name',
    ]);
  });

  it('keeps the coordinator sheet to its own fields, with a date column per course', () => {
    expect(suggestMapping(['Navn', 'Fnr', 'Enhet', 'Grunnkurs', 'Oppfriskning'], 'coordinators')).toEqual([
      'pool.name',
      null,
      'pool.serviceUnit',
      'training.date',
      'training.date',
    ]);
  });
});
