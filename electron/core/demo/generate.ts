import type { CoordinatorFields } from '../coordinators/coordinatorsRepo';
import type { Random } from './random';

// Common Norwegian given names and invented surnames: plausible on screen, obviously made up
// together with the DEMO banner and the @demo.invalid addresses.
const FIRST = [
  'Kari',
  'Ola',
  'Ingrid',
  'Lars',
  'Sigrid',
  'Anders',
  'Marte',
  'Henrik',
  'Nora',
  'Eirik',
  'Ragnhild',
  'Tor',
  'Solveig',
  'Jonas',
  'Åse',
  'Øystein',
  'Hanne',
  'Bjørn',
  'Live',
  'Magnus',
  'Tone',
  'Sindre',
  'Ida',
  'Even',
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
];

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

export function demoName(random: Random): string {
  return `${random.pick(FIRST)} ${random.pick(LAST)}`;
}

/** `count` coordinators spread over the service units, some without capacity, a few inactive. */
export function demoCoordinators(
  random: Random,
  count: number,
  unitIds: ReadonlyMap<string, number>,
): CoordinatorFields[] {
  return Array.from({ length: count }, (_, i) => {
    const unit = random.pick(DEMO_SERVICE_UNITS);
    const name = demoName(random);
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
): { username: string; displayName: string; role: 'saksbehandler' | 'leder' }[] {
  const workers = Math.min(6, 2 + Math.floor(cases / 5_000));
  const taken = new Set<string>(['demo']);
  return Array.from({ length: workers + 1 }, (_, i) => {
    const displayName = demoName(random);
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
