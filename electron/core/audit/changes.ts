import type { Db } from '../storage/database';
import type { AuditEntry } from './auditEntry';

/**
 * Which cases, and which kinds of record, changed since a derived cache in core was filled. Every
 * change to the register is audited (DESIGN.md section 4), so the audit log is the one place that
 * sees them all: a change that names its case (entity 'case') touches that case; any other change
 * (a person, a coordinator, a setting) is taken as touching every case. Reads and prints change
 * nothing.
 *
 * Each change also has a kind (changeKindOf), so a cache can skip a change that cannot feed it:
 * the dashboards count a figure again only after a change of a kind it is counted from (a plan
 * saved does not recount the coordinator pool). A change of a kind not known here is 'other',
 * which every cache takes as feeding it.
 *
 * Kept in memory per open register: a new session (a new database handle) starts empty. A change
 * rolled back after its audit row only costs a cache refill.
 */
/** A print or an export reads the register: it logs who took the data out, and changes nothing. */
const READS: ReadonlySet<string> = new Set(['read', 'list', 'print', 'export']);

export const CHANGE_KINDS = [
  /** A case's own fields or steps (decisions, appeals, mappings, closing...). */
  'case',
  'appointment',
  /** A plan's parts: goals, measures, members, meetings. */
  'plan',
  /** A letter written (a step it records is logged as a step of its own). */
  'letter',
  'archiveCopy',
  'person',
  /** Coordinators and service units. */
  'coordinator',
  /** Courses, sessions and completions. */
  'training',
  'setting',
  /** Logins, users and keys: nothing a figure is counted from. */
  'access',
  /** Anything else (imports, restores, retention, the demo): taken as feeding everything. */
  'other',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

const PLAN_ACTION = /^(plan|goal|measure|member|meeting)_/;
const BY_ENTITY: Readonly<Record<string, ChangeKind>> = {
  person: 'person',
  coordinator: 'coordinator',
  serviceUnit: 'coordinator',
  course: 'training',
  training_session: 'training',
  completion: 'training',
  settings: 'setting',
  session: 'access',
  user: 'access',
  keys: 'access',
};

/** What kind of record an audited change touched (a change to a case is told by its action). */
export function changeKindOf(entry: Pick<AuditEntry, 'action' | 'entity' | 'entityId'>): ChangeKind {
  if (entry.entity !== 'case') return BY_ENTITY[entry.entity] ?? 'other';
  if (caseIdOf(entry) === null) return 'other';
  if (entry.action.startsWith('appointment_')) return 'appointment';
  if (PLAN_ACTION.test(entry.action)) return 'plan';
  if (entry.action === 'letter_create') return 'letter';
  if (entry.action === 'archive_copy') return 'archiveCopy';
  return 'case';
}

function caseIdOf(entry: Pick<AuditEntry, 'entity' | 'entityId'>): number | null {
  const id = entry.entity === 'case' ? Number(entry.entityId) : NaN;
  return Number.isInteger(id) && id > 0 ? id : null;
}

interface Tracker {
  version: number;
  /** The version of the last change that touched everything. */
  everything: number;
  /** Case id -> version of its last change. */
  cases: Map<number, number>;
  /** Kind -> version of its last change. */
  kinds: Map<ChangeKind, number>;
  /** Kind -> version of its last change that named no case (so touched every case). */
  wide: Map<ChangeKind, number>;
}

const trackers = new WeakMap<Db, Tracker>();

function trackerOf(db: Db): Tracker {
  let t = trackers.get(db);
  if (!t) {
    t = { version: 1, everything: 1, cases: new Map(), kinds: new Map(), wide: new Map() };
    trackers.set(db, t);
  }
  return t;
}

export function noteAudited(db: Db, entry: Pick<AuditEntry, 'action' | 'entity' | 'entityId'>): void {
  if (READS.has(entry.action)) return;
  const t = trackerOf(db);
  t.version += 1;
  t.kinds.set(changeKindOf(entry), t.version);
  const caseId = caseIdOf(entry);
  if (caseId !== null) t.cases.set(caseId, t.version);
  else {
    t.everything = t.version;
    t.wide.set(changeKindOf(entry), t.version);
  }
}

export interface ChangesSince {
  /** Pass this to the next call. */
  version: number;
  everything: boolean;
  cases: number[];
}

/** What changed after `version` (0 = nothing seen yet: everything). */
export function changesSince(db: Db, version: number): ChangesSince {
  const t = trackerOf(db);
  if (version === 0 || t.everything > version) return { version: t.version, everything: true, cases: [] };
  const cases: number[] = [];
  for (const [id, v] of t.cases) if (v > version) cases.push(id);
  return { version: t.version, everything: false, cases };
}

/** The version to keep beside what is counted now (pass it to changedSince later). */
export function currentVersion(db: Db): number {
  return trackerOf(db).version;
}

/**
 * Whether a change of one of `kinds` (or of a kind not known, 'other') came after `version`
 * (0 = nothing seen yet: yes).
 */
export function changedSince(db: Db, version: number, kinds: readonly ChangeKind[]): boolean {
  if (version === 0) return true;
  const t = trackerOf(db);
  if ((t.kinds.get('other') ?? 0) > version) return true;
  return kinds.some((k) => (t.kinds.get(k) ?? 0) > version);
}

/**
 * The cases changed after `version`, when every change of one of `kinds` (or 'other') since named
 * its case: a cache kept per case then reads those cases again. Null when a change of one of them
 * touched every case (or nothing was seen yet): count everything again. The cases may include
 * some changed by other kinds only; reading them again finds what was kept.
 */
export function casesChangedSince(db: Db, version: number, kinds: readonly ChangeKind[]): number[] | null {
  if (version === 0) return null;
  const t = trackerOf(db);
  const fed = [...kinds, 'other' as const];
  if (fed.some((k) => (t.wide.get(k) ?? 0) > version)) return null;
  if (!changedSince(db, version, kinds)) return [];
  return [...t.cases].filter(([, v]) => v > version).map(([id]) => id);
}
