import type { CaseChannel, Right } from '../../../shared/domain/case';
import { appointmentRoles, type GrantedRole } from '../../../shared/domain/coordination';
import { addDays, addMonths } from '../../../shared/domain/calendar';
import { refreshSummary } from '../cases/caseDetail';
import { insertCase, insertStep, nextCaseNumber, type StepFields as NewStep } from '../cases/casesRepo';
import { insertPerson } from '../cases/personsRepo';
import type { Db } from '../storage/database';
import { demoName } from './generate';
import type { Random } from './random';
import { receivedDate, stepsFor, type PlannedStep } from './generateSteps';
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

/** What the coordination generator needs to know of a generated case. */
export interface DemoCase {
  caseId: number;
  personId: number;
  serviceUnitId: number | null;
  receivedDate: string;
  /** The right to a coordinator granted by the decision, if any. */
  granted: GrantedRole | null;
  /** The closing date of a closed case. */
  closed: string | null;
}

/**
 * `count` synthetic cases received over the `years` before `today`, at every stage of the
 * workflow (generateSteps.ts): some only received, most decided, some appealed, some closed, a few
 * unborn children.
 */
export function generateCases(
  db: Db,
  random: Random,
  count: number,
  today: string,
  by: string,
  years = 2,
): DemoCase[] {
  const cases: DemoCase[] = [];
  const at = new Date(`${today}T08:00:00`).toISOString();
  const serviceUnits = (db.prepare('SELECT id FROM service_units').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const taken = new Set<string>();
  for (let n = 0; n < count; n++) {
    const rights = [...random.pick(RIGHT_SETS)];
    const child = rights.includes('barnekoordinator') || random.chance(0.5);
    const received = receivedDate(random, today, years);
    const unborn = rights.includes('barnekoordinator') && random.chance(0.03);
    const birthDate = child
      ? addDays(received, -random.int(30, 17 * 365))
      : addDays(received, -random.int(19 * 365, 80 * 365));
    const personId = insertPerson(
      db,
      {
        name: demoName(random),
        nationalId: unborn ? null : nationalIdFor(birthDate, { synthetic: true, taken }),
        birthDate: unborn ? null : birthDate,
        dueDate: unborn ? addMonths(received, random.int(1, 5)) : null,
        address: `Demoveien ${random.int(1, 120)}`,
        phone: '',
        email: '',
        interpreterNeeded: random.chance(0.08),
        interpreterLanguage: '',
        relations: child
          ? [
              {
                name: demoName(random),
                relation: 'mother',
                parentalResponsibility: true,
                mayConsent: true,
                phone: '',
                email: '',
                address: '',
              },
            ]
          : [],
      },
      at,
    );
    const channel = random.pick(CHANNELS);
    const needDescription = random.pick(NEEDS);
    const serviceUnitId = serviceUnits.length ? random.pick(serviceUnits) : null;
    const caseId = insertCase(
      db,
      personId,
      nextCaseNumber(db, received),
      {
        receivedDate: received,
        channel,
        appliedBy: child ? 'guardian' : 'person',
        appliedByName: '',
        rightsRequested: rights,
        needDescription,
        services:
          serviceUnitId === null ? [] : [{ serviceUnitId, provider: '', contact: '', status: 'receives' }],
      },
      at,
    );
    const planned = stepsFor(random, rights, received, today);
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
      granted: grant ? { role: grant.right as GrantedRole['role'], from: grant.decisionDate } : null,
      closed: closingOf(planned),
    });
    const ids: number[] = [];
    for (const { step, appealOf } of planned) {
      const linked =
        step.kind === 'appeal' && appealOf !== undefined ? { ...step, decisionId: ids[appealOf]! } : step;
      ids.push(insertStep(db, caseId, linked, by, at));
    }
    refreshSummary(db, caseId);
  }
  return cases;
}

function closingOf(planned: readonly PlannedStep[]): string | null {
  for (const { step } of planned) if (step.kind === 'closing') return step.date;
  return null;
}
