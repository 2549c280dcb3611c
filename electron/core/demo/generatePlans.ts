import { addDays, addMonths, daysBetween } from '@shared/domain/calendar';
import { closingInForce } from '@shared/domain/caseSteps';
import {
  lifeAreas,
  planPointKeys,
  type GoalStatus,
  type LifeArea,
  type MeasureStatus,
  type MeetingKind,
  type PlanFields,
  type PlanTool,
} from '@shared/domain/plan';
import { ipGrantedFrom } from '@shared/domain/planOverview';

import { loadCase, type StepFields } from '../cases/casesRepo';
import { recordPastSteps } from '../cases/caseWriter';
import type { Writer } from '../derived/writer';
import { insertGoal, insertMeasure } from '../plans/planGoalsRepo';
import { insertMeeting, insertMember, insertPlan, replacePoints } from '../plans/plansRepo';
import type { Db } from '../storage/database';
import { demoName, type Gender } from './generate';
import type { DemoCase } from './generateCases';
import { consentGiver } from './generateSteps';
import type { Random } from './random';

/**
 * Individual plans in the demo register, drawn from the same seed after the coordinators: a plan
 * on most cases with a granted IP right (some still to start), at every status: not wanted, not
 * started, being written, active, due for evaluation, ended; goals over the life areas with
 * measures for the service units, a responsibility group, meetings over the last two years, and
 * the consents to the plan and to sharing information (some missing, withdrawn or expired).
 *
 * Written with the repository's SQL, keeping the rules core enforces (planOverview's refusals):
 * nothing dated before the IP decision, nothing held or achieved after today, and nothing on a
 * closed case after its closing.
 */
export function generatePlans(writer: Writer, random: Random, cases: readonly DemoCase[]): void {
  const { db, today, by, at } = writer;
  const units = db.prepare('SELECT id, name FROM service_units ORDER BY id').all() as {
    id: number;
    name: string;
  }[];
  if (units.length === 0) return;
  for (const c of cases) {
    const record = loadCase(db, c.caseId)!;
    const from = ipGrantedFrom(record);
    if (from === null) continue;
    const closing = closingInForce(record)?.date ?? null;
    // Nothing is dated after the last day the case was open.
    const last = closing ?? today;
    if (last < from) continue;
    // Some granted cases have no plan yet: the list's "to start".
    if (closing === null && random.chance(0.1)) continue;
    const suitable = units.filter((u) => c.unitIds.includes(u.id));
    generatePlan(db, random, {
      caseId: c.caseId,
      from,
      last,
      today,
      units: suitable.length ? suitable : units,
      young: c.group === 'infant' || c.group === 'preschool',
      adult: c.group === 'adult',
      birthDate: c.birthDate,
      by,
      at,
      writer,
    });
  }
}

interface PlanContext {
  caseId: number;
  from: string;
  /** The last day anything may be dated: today, or the case's closing. */
  last: string;
  today: string;
  /** The service units that work with the person's age (generate.ts). */
  units: readonly { id: number; name: string }[];
  /** Under school age, or an adult, when the case came in: the goals and roles that fit. */
  young: boolean;
  adult: boolean;
  birthDate: string | null;
  by: string;
  at: string;
  /** The demo's writer (generate.ts) for the consents, the plan's last rows. */
  writer: Writer;
}

type Shape = 'notWanted' | 'notStarted' | 'inProgress' | 'running' | 'ended';

const TOOLS: readonly PlanTool[] = ['sampro', 'sampro', 'samspill', 'paper', 'other'];

type Goals = Partial<Record<LifeArea, readonly string[]>>;

/** Goals by age: kindergarten for the youngest, school for pupils, work and housing for adults. */
const YOUNG_GOALS: Goals = {
  health: ['Bedre søvn og døgnrytme', 'Færre sykehusinnleggelser'],
  dailyLiving: ['Spise selv ved måltidene', 'Bruke ståstativ hver dag'],
  kindergartenSchool: ['Trives i barnehagen', 'Leke sammen med de andre barna'],
  leisure: ['Bli med på babysang', 'Bade i svømmehallen med familien'],
  familyNetwork: ['Avlastning for foreldrene', 'Søsken får støtte og informasjon'],
  other: ['Få tolk ved møter', 'Samordne transport'],
};
const SCHOOL_GOALS: Goals = {
  health: ['Bedre søvn og døgnrytme', 'Færre sykehusinnleggelser', 'Mestre egen medisinering'],
  dailyLiving: ['Kle på seg selv om morgenen', 'Ta buss alene til skolen'],
  kindergartenSchool: ['Være på skolen hele dagen', 'Fullføre videregående'],
  leisure: ['Delta i en fritidsaktivitet', 'Ha en støttekontakt å gå på kino med'],
  familyNetwork: ['Avlastning for foreldrene', 'Søsken får støtte og informasjon'],
  other: ['Få tolk ved møter', 'Samordne transport'],
};
const ADULT_GOALS: Goals = {
  health: ['Færre sykehusinnleggelser', 'Mestre egen medisinering'],
  dailyLiving: ['Lage enkle måltider', 'Handle alene i butikken'],
  workActivity: ['Prøve ut arbeidstrening', 'Fast dagaktivitet tre dager i uka'],
  leisure: ['Delta i en fritidsaktivitet', 'Ha en støttekontakt å gå på kino med'],
  familyNetwork: ['Holde kontakt med familien', 'Pårørende får avlastning'],
  housing: ['Tilrettelagt bolig', 'Flytte i egen leilighet'],
  finances: ['Oversikt over egen økonomi', 'Søke grunnstønad'],
  other: ['Få tolk ved møter', 'Samordne transport'],
};

const CHILD_MEASURES = [
  'Søknad om avlastning',
  'Hjelpemidler fra NAV',
  'Ukentlig fysioterapi',
  'Spesialpedagogisk hjelp',
  'Veiledning til foreldrene',
  'Helsesykepleier følger opp',
  'Kartlegging hos PPT',
];
const SCHOOL_MEASURES = ['Assistent i skoletiden', 'Støttekontakt to kvelder i måneden'];
const ADULT_MEASURES = [
  'Hjelpemidler fra NAV',
  'Ukentlig fysioterapi',
  'Ergoterapeut vurderer boligen',
  'Støttekontakt to kvelder i måneden',
  'Hjemmesykepleie morgen og kveld',
  'Arbeidsavklaring hos NAV',
];

/** Family roles in the responsibility group; those naming a gender get a name of it. */
const CHILD_FAMILY = ['mor', 'far', 'foresatt', 'søster', 'bror', 'besteforelder'];
const ADULT_FAMILY = ['mor', 'far', 'søster', 'bror', 'ektefelle', 'pårørende'];
const ROLE_GENDER: Record<string, Gender> = { mor: 'female', søster: 'female', far: 'male', bror: 'male' };
const SERVICE_ROLES = ['kontaktperson', 'saksbehandler', 'fagansvarlig', 'terapeut', 'lærer'];

function shapeOf(random: Random, ctx: PlanContext): Shape {
  const x = random.next();
  if (x < 0.06) return 'notWanted';
  if (x < 0.12) return 'notStarted';
  if (x < 0.24) return 'inProgress';
  // A plan that ended needs a period that began: only one granted a while ago.
  if (x < 0.34 && daysBetween(ctx.from, ctx.last) > 120) return 'ended';
  return 'running';
}

/** A day from `start` to `end` (both included); `start` when the span is empty. */
function dayBetween(random: Random, start: string, end: string): string {
  const span = daysBetween(start, end);
  return span <= 0 ? start : addDays(start, random.int(0, span));
}

function generatePlan(db: Db, random: Random, ctx: PlanContext): void {
  const shape = shapeOf(random, ctx);
  const { from, last, today } = ctx;
  const fields: PlanFields = {
    wanted: shape !== 'notWanted',
    tool: shape === 'notWanted' || shape === 'notStarted' ? null : random.pick(TOOLS),
    toolReference: '',
    periodStart: null,
    periodEnd: null,
    nextRevisionDate: null,
    lastEvaluationDate: null,
    closedDate: null,
    closedNote: '',
  };
  if (fields.tool === 'sampro' || fields.tool === 'samspill')
    fields.toolReference = `${fields.tool === 'sampro' ? 'SamPro' : 'Samspill'} ${random.int(1000, 9999)}`;

  if (shape === 'inProgress' && last === today && random.chance(0.4)) {
    // Agreed to start soon: the period is set but has not begun.
    fields.periodStart = addDays(today, random.int(5, 40));
    fields.nextRevisionDate = addMonths(fields.periodStart, 6);
  }
  if (shape === 'running' || shape === 'ended') {
    const start = dayBetween(random, addDays(from, 7), addDays(from, 60));
    fields.periodStart = start <= last ? start : from;
    fields.periodEnd = random.chance(0.6) ? addMonths(fields.periodStart, random.pick([12, 24, 36])) : null;
    // The revision dates roll on a year at a time; some are due soon, some were missed.
    let revision = addMonths(fields.periodStart, random.pick([6, 12]));
    while (revision < today) revision = addMonths(revision, 12);
    const r = random.next();
    if (r < 0.12) revision = addDays(today, -random.int(5, 90));
    else if (r < 0.27) revision = addDays(today, random.int(0, 25));
    fields.nextRevisionDate = revision < fields.periodStart ? fields.periodStart : revision;
    if (random.chance(0.3)) fields.lastEvaluationDate = dayBetween(random, fields.periodStart, last);
    if (shape === 'ended') {
      fields.closedDate = dayBetween(random, addDays(fields.periodStart, 60), last);
      if (fields.closedDate < fields.periodStart) fields.closedDate = last;
      fields.closedNote = random.pick(['Målene er nådd.', 'Familien ønsket å avslutte planen.', 'Flyttet.']);
    }
  }

  const planId = insertPlan(db, ctx.caseId, fields, ctx.by, ctx.at);
  if (shape === 'notWanted' || shape === 'notStarted') {
    const consented = shape === 'notStarted' && random.chance(0.5);
    recordPastSteps(ctx.writer, ctx.caseId, consented ? consents(random, ctx, from) : []);
    return;
  }

  const started = fields.periodStart !== null && fields.periodStart <= last ? fields.periodStart : null;
  const members = generateMembers(db, random, ctx, planId);
  generateGoals(db, random, ctx, planId, started, shape);
  if (started) generateMeetings(db, random, ctx, planId, started, members, fields.closedDate ?? last);
  replacePoints(
    db,
    planId,
    planPointKeys.map((key) => ({
      key,
      covered: random.chance(started ? 0.85 : 0.4),
      note: '',
    })),
  );
  // The plan's consents are its last rows: written through the step writer, which refreshes the
  // case's and the plan's derived state.
  recordPastSteps(ctx.writer, ctx.caseId, consents(random, ctx, started ?? from));
}

function generateMembers(db: Db, random: Random, ctx: PlanContext, planId: number): number[] {
  const ids: number[] = [];
  const services = random.int(2, 5);
  for (let i = 0; i < services; i++) {
    const unit = random.pick(ctx.units);
    ids.push(
      insertMember(db, planId, {
        kind: 'service',
        name: demoName(random),
        role: random.pick(ctx.adult ? SERVICE_ROLES.filter((r) => r !== 'lærer') : SERVICE_ROLES),
        serviceUnitId: unit.id,
      }),
    );
  }
  const family = random.int(1, 2);
  for (let i = 0; i < family; i++) {
    const role = random.pick(ctx.adult ? ADULT_FAMILY : CHILD_FAMILY);
    ids.push(
      insertMember(db, planId, {
        kind: 'family',
        name: demoName(random, ROLE_GENDER[role]),
        role,
        serviceUnitId: null,
      }),
    );
  }
  return ids;
}

function generateGoals(
  db: Db,
  random: Random,
  ctx: PlanContext,
  planId: number,
  started: string | null,
  shape: Shape,
): void {
  const goals = ctx.adult ? ADULT_GOALS : ctx.young ? YOUNG_GOALS : SCHOOL_GOALS;
  const fitting = lifeAreas.filter((a) => goals[a] !== undefined);
  const count = random.int(1, 4);
  const areas = new Set<LifeArea>();
  while (areas.size < count) areas.add(random.pick(fitting));
  const measureTexts = ctx.adult
    ? ADULT_MEASURES
    : ctx.young
      ? CHILD_MEASURES
      : [...CHILD_MEASURES, ...SCHOOL_MEASURES];
  for (const area of areas) {
    const x = random.next();
    const status: GoalStatus = !started
      ? 'notStarted'
      : x < 0.25
        ? 'achieved'
        : x < 0.32
          ? 'discontinued'
          : x < 0.8
            ? 'inProgress'
            : 'notStarted';
    const targetDate = random.chance(0.6) ? addMonths(started ?? ctx.from, random.int(3, 18)) : null;
    const goalId = insertGoal(db, planId, {
      text: random.pick(goals[area]!),
      area,
      status,
      targetDate,
      achievedDate: status === 'achieved' ? dayBetween(random, started!, ctx.last) : null,
    });
    const measures = random.int(shape === 'inProgress' ? 0 : 1, 3);
    for (let i = 0; i < measures; i++) {
      const y = random.next();
      const measureStatus: MeasureStatus =
        status === 'achieved'
          ? 'done'
          : !started
            ? 'planned'
            : y < 0.3
              ? 'done'
              : y < 0.4
                ? 'cancelled'
                : y < 0.75
                  ? 'inProgress'
                  : 'planned';
      // Due dates spread around today: those still open and passed are the overdue ones.
      const due = random.chance(0.7) ? addDays(ctx.today, random.int(-120, 240)) : null;
      insertMeasure(db, goalId, {
        text: random.pick(measureTexts),
        serviceUnitId: random.chance(0.8) ? random.pick(ctx.units).id : null,
        dueDate: due !== null && due < ctx.from ? ctx.from : due,
        status: measureStatus,
      });
    }
  }
}

/**
 * A start meeting when the period begins, then the responsibility group every two to seven months
 * (an evaluation now and then) up to the last day; some plans meet too seldom.
 */
function generateMeetings(
  db: Db,
  random: Random,
  ctx: PlanContext,
  planId: number,
  started: string,
  members: readonly number[],
  until: string,
): void {
  const seldom = random.chance(0.2);
  let date = started;
  let kind: MeetingKind = 'start';
  const dates: { date: string; kind: MeetingKind }[] = [];
  // The register shows the last two years of meetings.
  const earliest = addMonths(ctx.today, -24);
  while (date <= until) {
    if (date >= earliest) dates.push({ date, kind });
    date = addMonths(date, seldom ? random.int(8, 14) : random.int(2, 7));
    kind = random.chance(0.25) ? 'evaluation' : 'responsibilityGroup';
  }
  dates.forEach((m, i) => {
    const participants = members.filter(() => random.chance(0.7));
    const written = random.chance(0.85);
    const next = i === dates.length - 1 ? addMonths(m.date, random.int(2, 5)) : dates[i + 1]!.date;
    insertMeeting(
      db,
      planId,
      {
        date: m.date,
        kind: m.kind,
        participantIds: participants,
        otherParticipants: random.chance(0.3) ? 'Tolk' : '',
        minutesWritten: written,
        minutesReference: written ? `${m.date.slice(0, 4)}/${random.int(100, 9999)}` : '',
        nextMeetingDate: random.chance(0.8) ? next : null,
      },
      ctx.by,
      ctx.at,
    );
  });
}

/** Consents to the plan and to sharing information: most given, a few withdrawn or expired. */
function consents(random: Random, ctx: PlanContext, day: string): StepFields[] {
  const date = day <= ctx.last ? day : ctx.last;
  const steps: StepFields[] = [];
  for (const type of ['plan', 'informationSharing'] as const) {
    const x = random.next();
    if (x < 0.08) continue;
    const withdrawn = x < 0.13 && date < ctx.last ? dayBetween(random, addDays(date, 1), ctx.last) : null;
    const validUntil =
      x >= 0.13 && x < 0.2
        ? addDays(date, Math.max(1, Math.min(365, daysBetween(date, ctx.today) - 1)))
        : null;
    steps.push({
      kind: 'consent',
      type,
      givenBy: consentGiver(ctx.birthDate, date),
      givenByName: '',
      date,
      validUntil,
      scope: type === 'plan' ? 'Individuell plan' : 'Deling av opplysninger i ansvarsgruppen',
      withdrawnDate: withdrawn,
    });
  }
  return steps;
}
