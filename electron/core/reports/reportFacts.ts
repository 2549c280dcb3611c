import type { CaseChannel, CaseRecord, CaseRules, Right, StepKind, WarningKind } from '@shared/domain/case';
import type { AppointmentRole, EndReason } from '@shared/domain/coordination';
import type { PlanStatus } from '@shared/domain/plan';
import type { TrainingStatus } from '@shared/domain/training';

import { changesSince } from '../audit/changes';
import { readStep, type StepRow } from '../cases/stepReader';
import { trainingStatuses } from '../coordinators/coordinatorFacts';
import { deriveRows } from '../plans/planRows';
import { caseRules, coordinationRules, planRules } from '../settings/rulesInForce';
import type { Db } from '../storage/database';

/**
 * What the leadership report is counted from, read with a handful of set-based queries (no query
 * per case). Names and numbers of persons are never read: the birth date is, because the report
 * counts children turning 18, and it stays in here.
 */
export interface ReportCase extends Pick<
  CaseRecord,
  'id' | 'receivedDate' | 'channel' | 'rightsRequested' | 'steps'
> {
  birthDate: string | null;
}

export interface ReportAppointment {
  caseId: number;
  coordinatorId: number;
  role: AppointmentRole;
  startDate: string;
  endDate: string | null;
  endReason: EndReason | null;
}

export interface ReportPlan {
  caseId: number;
  status: PlanStatus;
  warnings: WarningKind[];
}

export interface ReportFacts {
  cases: ReportCase[];
  appointments: ReportAppointment[];
  /** Coordinators marked active, with their training status on the day counted. */
  coordinators: { id: number; training: TrainingStatus }[];
  plans: ReportPlan[];
  rules: CaseRules;
}

/** The steps the report reads: decisions, replies, appeals, transitions, closings and reopenings. */
const REPORT_STEP_KINDS: readonly StepKind[] = [
  'interimReply',
  'decision',
  'appeal',
  'transition',
  'closing',
  'reopening',
];

/**
 * An anonymised person keeps only the year and month of birth (retention): the report counts their
 * age from the first day of that month. That gives the same counts as the birth date, because
 * what the report asks of a birthday is whole months: "turning 18 within the notice months" is a
 * birthday after the period's end and within the whole months after it (stockCounts.ts), and a
 * quarter, half-year or year ends on a month's last day. A birthday on any day of a month is after
 * such an end exactly when the first of that month is, and within the months exactly when the
 * first is. Only a custom period ending mid-month can tell the days apart; the day is gone then.
 * A year with no month (only a hand-made export file can load one) counts from 1 July.
 */
const firstOfMonth = (year: number | null, month: number | null) =>
  year === null ? null : `${year}-${String(month ?? 7).padStart(2, '0')}-01`;

function loadCases(db: Db): ReportCase[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.received_date, c.channel, c.rights_requested, p.birth_date, p.birth_year,
         p.birth_month
       FROM cases c JOIN persons p ON p.id = c.person_id ORDER BY c.id`,
    )
    .all() as {
    id: number;
    received_date: string;
    channel: CaseChannel;
    rights_requested: string;
    birth_date: string | null;
    birth_year: number | null;
    birth_month: number | null;
  }[];
  const byId = new Map<number, ReportCase>();
  const cases = rows.map((r) => {
    const c: ReportCase = {
      id: r.id,
      receivedDate: r.received_date,
      channel: r.channel,
      rightsRequested: JSON.parse(r.rights_requested) as Right[],
      birthDate: r.birth_date ?? firstOfMonth(r.birth_year, r.birth_month),
      steps: [],
    };
    byId.set(c.id, c);
    return c;
  });
  const steps = db
    .prepare(
      `SELECT case_id, id, kind, data FROM case_steps
       WHERE kind IN (${REPORT_STEP_KINDS.map((k) => `'${k}'`).join(', ')})
       ORDER BY case_id, date, id`,
    )
    .all() as StepRow[];
  // Who recorded a step is not counted: those fields are left empty.
  for (const s of steps) byId.get(s.case_id)?.steps.push(readStep(db, s));
  return cases;
}

function loadAppointments(db: Db): ReportAppointment[] {
  return (
    db
      .prepare(
        `SELECT case_id, coordinator_id, role, start_date, end_date, end_reason FROM appointments
         ORDER BY case_id, start_date, id`,
      )
      .all() as {
      case_id: number;
      coordinator_id: number;
      role: AppointmentRole;
      start_date: string;
      end_date: string | null;
      end_reason: EndReason | null;
    }[]
  ).map((r) => ({
    caseId: r.case_id,
    coordinatorId: r.coordinator_id,
    role: r.role,
    startDate: r.start_date,
    endDate: r.end_date,
    endReason: r.end_reason,
  }));
}

const NEVER: TrainingStatus = { state: 'never', validUntil: null };

type CaseFacts = Pick<ReportFacts, 'cases' | 'appointments' | 'rules'> & { active: number[] };
type DayFacts = Pick<ReportFacts, 'coordinators' | 'plans'>;

function caseFacts(db: Db): CaseFacts {
  const active = db.prepare('SELECT id FROM coordinators WHERE active = 1 ORDER BY id').all() as {
    id: number;
  }[];
  return {
    cases: loadCases(db),
    appointments: loadAppointments(db),
    rules: caseRules(db),
    active: active.map((r) => r.id),
  };
}

/** Training and plans change with the calendar: they are judged on the day counted. */
function dayFacts(db: Db, active: readonly number[], day: string): DayFacts {
  const training = trainingStatuses(db, day, coordinationRules(db));
  return {
    coordinators: active.map((id) => ({ id, training: training.get(id) ?? NEVER })),
    plans: deriveRows(db, null, day, planRules(db)).map((row) => ({
      caseId: row.caseId,
      status: row.status,
      warnings: row.warnings.map((w) => w.kind),
    })),
  };
}

/**
 * Facts kept between calls for one open register until anything changes (the audit log tells,
 * audit/changes.ts): the report page asks for the report, then for its exports, often for a few
 * periods in a row, and reading 20 000 cases with their steps and deriving every plan is most of
 * the work. A few days' plan and training facts are kept (one per period end asked for).
 */
interface FactsCache {
  version: number;
  cases: CaseFacts | null;
  days: Map<string, DayFacts>;
}
const caches = new WeakMap<Db, FactsCache>();
const DAYS_KEPT = 4;

/** Everything the report counts, with plans and training judged on `day` (the period's end). */
export function loadReportFacts(db: Db, day: string): ReportFacts {
  let cache = caches.get(db);
  if (!cache) {
    cache = { version: 0, cases: null, days: new Map() };
    caches.set(db, cache);
  }
  const changes = changesSince(db, cache.version);
  cache.version = changes.version;
  if (changes.everything || changes.cases.length > 0) {
    cache.cases = null;
    cache.days.clear();
  }
  cache.cases ??= caseFacts(db);
  let facts = cache.days.get(day);
  if (!facts) {
    if (cache.days.size >= DAYS_KEPT) cache.days.clear();
    facts = dayFacts(db, cache.cases.active, day);
    cache.days.set(day, facts);
  }
  const { active: _, ...cases } = cache.cases;
  return { ...cases, ...facts };
}
