import { ageOn } from '@shared/domain/calendar';

import type { CoordinatorFields } from '../coordinators/coordinatorsRepo';
import type { Writer } from '../derived/writer';
import type { Db } from '../storage/database';
import type { Random } from './random';

/**
 * The writer the demo writes its persons, cases, steps and appointments with: the same checks
 * (where the past allows them), rows and derived state as an office's changes, recorded by the
 * register's administrator. The derived state of each case is written once, when everything is
 * generated (flushDerived in createDemoRegister.ts). The writers' audit rows are not kept: the
 * demo's log is one row for the generated register and the made-up history of generateAudit.ts,
 * which names the cases and persons from the day each was received.
 */
export function demoWriter(db: Db, today: string, by: string, at: string): Writer {
  return { db, today, by, at, allowSyntheticIds: true, audit: () => {}, deferred: new Set() };
}

// Common Norwegian given names, each list of one gender (a Mor gets a woman's name, and a
// fødselsnummer the gender digit of the name), and invented surnames: plausible on screen,
// obviously made up together with the DEMO banner and the @demo.invalid addresses.
const FEMALE = [
  'Kari',
  'Ingrid',
  'Sigrid',
  'Marte',
  'Nora',
  'Ragnhild',
  'Solveig',
  'Åse',
  'Hanne',
  'Live',
  'Tone',
  'Ida',
  'Emma',
  'Sofie',
  'Astrid',
  'Maja',
  'Silje',
  'Guro',
  'Hege',
  'Randi',
  'Turid',
  'Vilde',
  'Thea',
  'Eli',
];
const MALE = [
  'Ola',
  'Lars',
  'Anders',
  'Henrik',
  'Eirik',
  'Tor',
  'Jonas',
  'Øystein',
  'Bjørn',
  'Magnus',
  'Sindre',
  'Even',
  'Jakob',
  'Filip',
  'Aksel',
  'Håkon',
  'Trond',
  'Geir',
  'Knut',
  'Arne',
  'Sverre',
  'Vegard',
  'Odd',
  'Emil',
];
const LAST = [
  'Demoli',
  'Testrud',
  'Prøvesen',
  'Øvingstad',
  'Fiktivik',
  'Eksempelsen',
  'Lateby',
  'Tenkehaug',
  'Åsprøve',
  'Narrevik',
  'Skinnvoll',
  'Lekeland',
  'Oppdiktnes',
  'Mønsterud',
  'Utkastvik',
  'Forsøksli',
  'Prøvedal',
  'Skissebakk',
  'Tankeby',
  'Drømmevik',
];

export type Gender = 'female' | 'male';

/** The gender of one of the demo's first names; null for a name not in its lists. */
export function firstNameGender(name: string): Gender | null {
  if (FEMALE.includes(name)) return 'female';
  if (MALE.includes(name)) return 'male';
  return null;
}

export function demoGender(random: Random): Gender {
  return random.chance(0.5) ? 'female' : 'male';
}

/** A name of the gender, with the surname given (a child's parent) or drawn. */
export function demoName(random: Random, gender: Gender = demoGender(random), surname?: string): string {
  return `${random.pick(gender === 'female' ? FEMALE : MALE)} ${surname ?? random.pick(LAST)}`;
}

export const surnameOf = (name: string) => name.slice(name.indexOf(' ') + 1);

/**
 * A name no one in `taken` has (coordinators and staff are told apart by name in every list);
 * when the common names run out, a double surname, as Norwegians have.
 */
export function uniqueName(random: Random, taken: Set<string>, gender: Gender = demoGender(random)): string {
  for (let attempt = 0; ; attempt++) {
    const surname = attempt < 20 ? random.pick(LAST) : `${random.pick(LAST)}-${random.pick(LAST)}`;
    const name = demoName(random, gender, surname);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

export const DEMO_SERVICE_UNITS = [
  'Helsestasjonen',
  'PPT',
  'Barnehagen',
  'Skolen',
  'Hjemmetjenesten',
  'NAV',
  'Barnevernet',
  'Fysio- og ergoterapi',
] as const;

const POSITIONS: Record<(typeof DEMO_SERVICE_UNITS)[number], readonly string[]> = {
  Helsestasjonen: ['Helsesykepleier', 'Jordmor'],
  PPT: ['PP-rådgiver', 'Spesialpedagog'],
  Barnehagen: ['Styrer', 'Spesialpedagog'],
  Skolen: ['Kontaktlærer', 'Sosiallærer'],
  Hjemmetjenesten: ['Sykepleier', 'Vernepleier'],
  NAV: ['Veileder'],
  Barnevernet: ['Barnevernspedagog', 'Sosionom'],
  'Fysio- og ergoterapi': ['Fysioterapeut', 'Ergoterapeut'],
};

export type DemoUnit = (typeof DEMO_SERVICE_UNITS)[number];

/**
 * Whom a service works with, by the person's age when the case came in: a child not yet born or
 * under one, a child under school age (kindergarten from one), a pupil, an adult. The KE asks the
 * service that has most to do with the person, so these are the units a case, its coordinator and
 * its plan's measures are drawn from.
 */
export type AgeGroup = 'infant' | 'preschool' | 'school' | 'adult';

export function ageGroup(birthDate: string | null, on: string): AgeGroup {
  if (birthDate === null) return 'infant';
  const age = ageOn(birthDate, on);
  return age < 1 ? 'infant' : age < 6 ? 'preschool' : age < 18 ? 'school' : 'adult';
}

export const UNITS_FOR: Record<AgeGroup, readonly DemoUnit[]> = {
  infant: ['Helsestasjonen', 'PPT', 'Barnevernet', 'Fysio- og ergoterapi'],
  preschool: ['Helsestasjonen', 'Barnehagen', 'PPT', 'Barnevernet', 'Fysio- og ergoterapi'],
  school: ['Skolen', 'PPT', 'Barnevernet', 'Fysio- og ergoterapi'],
  adult: ['Hjemmetjenesten', 'NAV', 'Fysio- og ergoterapi'],
};

/** The register's ids of the units that work with the age group (all units when none of them exist). */
export function unitIdsFor(group: AgeGroup, units: readonly { id: number; name: string }[]): number[] {
  const names: readonly string[] = UNITS_FOR[group];
  const suitable = units.filter((u) => names.includes(u.name)).map((u) => u.id);
  return suitable.length ? suitable : units.map((u) => u.id);
}

/** `count` coordinators spread over the service units, some without capacity, a few inactive. */
export function demoCoordinators(
  random: Random,
  count: number,
  unitIds: ReadonlyMap<string, number>,
  taken: Set<string>,
): CoordinatorFields[] {
  return Array.from({ length: count }, (_, i) => {
    const unit = random.pick(DEMO_SERVICE_UNITS);
    const name = uniqueName(random, taken);
    const mailbox = name
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .replace(/\s+/g, '.');
    return {
      name,
      serviceUnitId: unitIds.get(unit)!,
      position: random.pick(POSITIONS[unit]),
      phone: `${random.pick(['4', '9'])}${String(random.int(0, 9_999_999)).padStart(7, '0')}`,
      email: `${mailbox}${i}@demo.invalid`,
      capacity: random.chance(0.2) ? null : random.int(3, 12),
      active: !random.chance(0.1),
    };
  });
}

/**
 * The KE's own staff beside the demo administrator: case workers (more for a larger register) and
 * one leder. They are in the users list and the audit log; they have no password until an
 * administrator sets one under Brukere, which is how the demo shows the other roles.
 */
export function demoStaff(
  random: Random,
  cases: number,
  names: Set<string>,
): { username: string; displayName: string; role: 'saksbehandler' | 'leder' }[] {
  const workers = Math.min(6, 2 + Math.floor(cases / 5_000));
  const taken = new Set<string>(['demo']);
  return Array.from({ length: workers + 1 }, (_, i) => {
    const displayName = uniqueName(random, names);
    const base = displayName
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .replace(/\s+/g, '.');
    let username = base;
    for (let n = 2; taken.has(username); n++) username = `${base}${n}`;
    taken.add(username);
    return { username, displayName, role: i < workers ? 'saksbehandler' : 'leder' };
  });
}
