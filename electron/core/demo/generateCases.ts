import { addDays, addMonths } from '@shared/domain/calendar';
import type { CaseChannel, Right } from '@shared/domain/case';
import { appointmentRoles, type GrantedRole } from '@shared/domain/coordination';

import type { StepFields as NewStep } from '../cases/casesRepo';
import { createCase, recordSteps } from '../cases/caseWriter';
import type { Writer } from '../derived/writer';
import type { PersonFields } from '../persons/personsRepo';
import { createPerson } from '../persons/personWriter';
import { Coverage, coverageOf } from './coverage';
import { ageGroup, demoGender, demoName, surnameOf, unitIdsFor, type AgeGroup } from './generate';
import { receivedDate, stepsFor, type PlannedStep } from './generateSteps';
import type { Random } from './random';
import { nationalIdFor } from './syntheticIds';

// Most applications are barnekoordinator with an IP, or a koordinator for an adult.
const RIGHT_SETS: readonly (readonly Right[])[] = [
  ['barnekoordinator', 'individuellPlan'],
  ['barnekoordinator', 'individuellPlan'],
  ['barnekoordinator'],
  ['koordinator'],
  ['koordinator'],
  ['koordinator', 'individuellPlan'],
  ['individuellPlan'],
];
const CHANNELS: readonly CaseChannel[] = [
  'electronicForm',
  'electronicForm',
  'paper',
  'oral',
  'serviceReport',
];
const NEEDS = [
  'Cerebral parese',
  'Autismespekterforstyrrelse',
  'Alvorlig hjertefeil',
  'Sjelden diagnose',
  'Psykisk utviklingshemming',
  'Ervervet hjerneskade',
  'Sammensatte behov etter ulykke',
];

/** What the coordination and plan generators need to know of a generated case. */
export interface DemoCase {
  caseId: number;
  personId: number;
  serviceUnitId: number | null;
  receivedDate: string;
  /** The person's birth date (null while not yet born) and age group when the case came in. */
  birthDate: string | null;
  group: AgeGroup;
  /** The service units that work with a person of that age (generate.ts). */
  unitIds: number[];
  /** The right to a coordinator granted by the decision, if any. */
  granted: GrantedRole | null;
  /** The closing date of a closed case. */
  closed: string | null;
}

/** A forced case is drawn again until it shows what is asked; this many times at most. */
const FORCE_ATTEMPTS = 2_000;

/**
 * `count` synthetic cases received over the `years` before `today`, at every stage of the
 * workflow (generateSteps.ts): some only received, most decided, some appealed, some closed, a few
 * children registered before birth. The last cases make up for any status or appeal stage the
 * others did not reach (coverage.ts). The writer's `at` is when the steps are written; a person
 * and a case are created on the day the case was received.
 */
export function generateCases(writer: Writer, random: Random, count: number, years: number): DemoCase[] {
  const { db, today } = writer;
  const cases: DemoCase[] = [];
  const units = db.prepare('SELECT id, name FROM service_units ORDER BY id').all() as {
    id: number;
    name: string;
  }[];
  const taken = new Set<string>();
  const coverage = new Coverage();
  for (let n = 0; n < count; n++) {
    const rights = [...random.pick(RIGHT_SETS)];
    const child = rights.includes('barnekoordinator') || random.chance(0.5);
    const wanted = coverage.next(count - n);
    // Drawn before the dates, which a forced case draws again.
    const ageDays = child ? random.int(30, 17 * 365) : random.int(19 * 365, 80 * 365);
    const beforeBirth = rights.includes('barnekoordinator') && random.chance(0.03);
    const dueMonths = random.int(1, 5);
    const bornAfterDue = random.int(-14, 10);
    const gender = demoGender(random);
    let received = '';
    let life: Life = { birthDate: null, dueDate: null };
    let planned: PlannedStep[] = [];
    for (let attempt = 0; attempt < (wanted ? FORCE_ATTEMPTS : 1); attempt++) {
      received = receivedDate(random, today, years, wanted?.window);
      life = beforeBirth
        ? lifeBeforeBirth(received, dueMonths, bornAfterDue, today)
        : { birthDate: addDays(received, -ageDays), dueDate: null };
      planned = stepsFor(random, rights, received, today, {
        birthDate: life.birthDate,
        ...(wanted ? { force: wanted.force } : {}),
      });
      if (!wanted || coverageOf(planned, rights).includes(wanted.key)) break;
    }
    coverage.record(coverageOf(planned, rights));
    const group = ageGroup(life.birthDate, received);
    const minor = group !== 'adult';
    const name = demoName(random, gender);
    // Made on the day it was received: the audit history (generateAudit.ts) names the person and
    // the case from that day on, and the log names a record only from its creation on.
    const registered = { ...writer, at: new Date(`${received}T00:00:00`).toISOString() };
    const { id: personId } = createPerson(registered, {
      name,
      nationalId:
        life.birthDate === null ? null : nationalIdFor(life.birthDate, { synthetic: true, taken, gender }),
      ...life,
      address: `Demoveien ${random.int(1, 120)}`,
      phone: '',
      email: '',
      interpreterNeeded: random.chance(0.08),
      interpreterLanguage: '',
      relations: minor ? parents(random, surnameOf(name)) : nextOfKin(random),
    });
    const channel = random.pick(CHANNELS);
    const needDescription = random.pick(NEEDS);
    const unitIds = unitIdsFor(group, units);
    const serviceUnitId = unitIds.length ? random.pick(unitIds) : null;
    const caseId = createCase(registered, personId, life, {
      receivedDate: received,
      channel,
      appliedBy: minor ? 'guardian' : 'person',
      appliedByName: '',
      rightsRequested: rights,
      needDescription,
      services:
        serviceUnitId === null ? [] : [{ serviceUnitId, provider: '', contact: '', status: 'receives' }],
    });
    // A right's decision in force is its last; a refusal won on appeal is followed by a grant.
    const inForce = new Map<Right, NewStep & { kind: 'decision' }>();
    for (const { step } of planned) if (step.kind === 'decision') inForce.set(step.right, step);
    const grant = [...inForce.values()].find(
      (d) => d.outcome === 'granted' && (appointmentRoles as readonly Right[]).includes(d.right),
    );
    cases.push({
      caseId,
      personId,
      serviceUnitId,
      receivedDate: received,
      birthDate: life.birthDate,
      group,
      unitIds,
      granted: grant ? { role: grant.right as GrantedRole['role'], from: grant.decisionDate } : null,
      closed: closingOf(planned),
    });
    // Through the checks of the case page, each step as the office would have recorded it; an
    // appeal names its decision by id, so the steps before it are written first.
    const ids: number[] = [];
    let run: NewStep[] = [];
    for (const { step, appealOf } of planned) {
      if (step.kind === 'appeal' && appealOf !== undefined) {
        ids.push(...recordSteps(writer, caseId, run));
        run = [{ ...step, decisionId: ids[appealOf]! }];
      } else run.push(step);
    }
    ids.push(...recordSteps(writer, caseId, run));
  }
  return cases;
}

interface Life {
  birthDate: string | null;
  dueDate: string | null;
}

/**
 * A child registered before birth: the due date a few months after the case came in. Once the
 * due date is well past the child is born (the due date kept for the record, as the app does);
 * shortly after it, the birth may not be registered yet (the case warns).
 */
function lifeBeforeBirth(received: string, dueMonths: number, bornAfterDue: number, today: string): Life {
  const dueDate = addMonths(received, dueMonths);
  const born = addDays(dueDate, bornAfterDue);
  if (born > today || addDays(dueDate, 30) > today) return { birthDate: null, dueDate };
  return { birthDate: born, dueDate };
}

/** A child's foresatte: the mother, most often with the child's surname, and often the father. */
function parents(random: Random, surname: string): PersonFields['relations'] {
  const parent = (relation: 'mother' | 'father') => ({
    name: demoName(
      random,
      relation === 'mother' ? 'female' : 'male',
      random.chance(0.7) ? surname : undefined,
    ),
    relation,
    parentalResponsibility: true,
    mayConsent: true,
    phone: '',
    email: '',
    address: '',
  });
  return random.chance(0.6) ? [parent('mother'), parent('father')] : [parent('mother')];
}

/** An adult's next of kin, when one is recorded: no parental responsibility, no consent for them. */
function nextOfKin(random: Random): PersonFields['relations'] {
  if (!random.chance(0.4)) return [];
  return [
    {
      name: demoName(random),
      relation: 'nextOfKin',
      parentalResponsibility: false,
      mayConsent: false,
      phone: '',
      email: '',
      address: '',
    },
  ];
}

function closingOf(planned: readonly PlannedStep[]): string | null {
  for (const { step } of planned) if (step.kind === 'closing') return step.date;
  return null;
}
