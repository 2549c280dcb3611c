import type { CaseChannel, Right } from '../../../shared/domain/case';
import { appointmentRoles, type GrantedRole } from '../../../shared/domain/coordination';
import { addDays, addMonths } from '../../../shared/domain/calendar';
import { refreshSummary } from '../cases/caseDetail';
import { insertCase, insertStep, nextCaseNumber, type StepFields as NewStep } from '../cases/casesRepo';
import { insertPerson } from '../cases/personsRepo';
import type { Db } from '../storage/database';
import { demoName } from './generate';
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

/** What the coordination generator needs to know of a generated case. */
export interface DemoCase {
  caseId: number;
  personId: number;
  serviceUnitId: number | null;
  /** The right to a coordinator granted by the decision, if any. */
  granted: GrantedRole | null;
  /** The closing date of a closed case. */
  closed: string | null;
}

/**
 * `count` synthetic cases received over the two years before `today`, at every stage of the
 * workflow: some only received, most decided, some appealed, some closed, a few unborn children.
 */
export function generateCases(db: Db, random: Random, count: number, today: string, by: string): DemoCase[] {
  const cases: DemoCase[] = [];
  const at = new Date(`${today}T08:00:00`).toISOString();
  const serviceUnits = (db.prepare('SELECT id FROM service_units').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const taken = new Set<string>();
  for (let n = 0; n < count; n++) {
    const rights = [...random.pick(RIGHT_SETS)];
    const child = rights.includes('barnekoordinator') || random.chance(0.5);
    const received = addDays(today, -random.int(0, 730));
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
    // Drawn in the order they always were, so a seed gives the cases it gave before.
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
    const steps = stepsFor(random, rights, received, today);
    const grant = steps.find(
      (s) =>
        s.kind === 'decision' &&
        s.outcome === 'granted' &&
        (appointmentRoles as readonly Right[]).includes(s.right),
    );
    cases.push({
      caseId,
      personId,
      serviceUnitId,
      granted:
        grant?.kind === 'decision'
          ? { role: grant.right as GrantedRole['role'], from: grant.decisionDate }
          : null,
      closed: steps.find((s) => s.kind === 'closing')?.date ?? null,
    });
    for (const step of steps) {
      const stepId = insertStep(db, caseId, step, by, at);
      // Some refusals are appealed; the municipality upholds its decision and forwards the appeal.
      if (step.kind === 'decision' && step.outcome === 'refused' && step.notifiedDate && random.chance(0.4)) {
        const appealed = addDays(step.notifiedDate, random.int(5, 25));
        const forwarded = addDays(appealed, random.int(7, 30));
        if (forwarded <= today)
          insertStep(
            db,
            caseId,
            {
              kind: 'appeal',
              decisionId: stepId,
              receivedDate: appealed,
              reassessment: 'notUpheld',
              reassessmentDate: forwarded,
              forwardedDate: forwarded,
              governorOutcome: null,
              governorOutcomeDate: null,
            },
            by,
            at,
          );
      }
    }
    refreshSummary(db, caseId);
  }
  return cases;
}

/** The steps a case has reached, each dated after the one before and never after today. */
function stepsFor(random: Random, rights: Right[], received: string, today: string): NewStep[] {
  const steps: NewStep[] = [];
  // Older cases have come further: most of those received months ago are decided.
  const stage = received < addDays(today, -90) ? 0.28 + random.next() * 0.72 : random.next();
  let day = received;
  const next = (min: number, max: number) => {
    const d = addDays(day, random.int(min, max));
    if (d > today) return null;
    day = d;
    return d;
  };
  if (stage < 0.1) return steps;
  const mapped = next(3, 20);
  if (!mapped) return steps;
  steps.push({
    kind: 'mapping',
    date: mapped,
    form: random.pick(['homeVisit', 'office', 'phone', 'video'] as const),
    participants: 'Foresatte, KE',
    childParticipated: random.chance(0.5),
    childViews: '',
  });
  steps.push({
    kind: 'consent',
    type: 'process',
    givenBy: 'guardian',
    givenByName: '',
    date: mapped,
    validUntil: null,
    scope: 'Kartlegging og samarbeid',
    withdrawnDate: null,
  });
  if (stage < 0.2) return steps;
  const assessed = next(5, 30);
  if (!assessed) return steps;
  for (const right of rights) steps.push({ kind: 'assessment', right, date: assessed, conditions: [] });
  if (stage < 0.28) return steps;
  const decided = next(1, 20);
  if (!decided) return steps;
  const notified = addDays(decided, random.int(0, 3)) <= today ? addDays(decided, random.int(0, 3)) : decided;
  for (const right of rights)
    steps.push({
      kind: 'decision',
      right,
      outcome: random.chance(0.85) ? 'granted' : 'refused',
      reasons: '',
      legalBasis: '',
      decisionDate: decided,
      notifiedDate: notified,
    });
  day = notified;
  if (stage > 0.93) {
    const closed = next(30, 400);
    if (closed)
      steps.push({
        kind: 'closing',
        date: closed,
        reason: random.pick(['needEnded', 'moved', 'turned18'] as const),
        note: '',
      });
  }
  return steps;
}
