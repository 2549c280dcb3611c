import type { Db } from '../storage/database';
import type { AuditEntry } from './auditLog';

/**
 * Which cases changed since a derived cache in core was filled. Every change to the register is
 * audited (DESIGN.md section 4), so the audit log is the one place that sees them all: a change
 * that names its case (entity 'case') touches that case; any other change (a person, a
 * coordinator, a setting, a login) is taken as touching everything. Reads and prints change
 * nothing.
 *
 * Kept in memory per open register: a new session (a new database handle) starts empty. A change
 * rolled back after its audit row only costs a cache refill.
 */
/** A print or an export reads the register: it logs who took the data out, and changes nothing. */
const READS: ReadonlySet<string> = new Set(['read', 'list', 'print', 'export']);

interface Tracker {
  version: number;
  /** The version of the last change that touched everything. */
  everything: number;
  /** Case id -> version of its last change. */
  cases: Map<number, number>;
}

const trackers = new WeakMap<Db, Tracker>();

function trackerOf(db: Db): Tracker {
  let t = trackers.get(db);
  if (!t) {
    t = { version: 1, everything: 1, cases: new Map() };
    trackers.set(db, t);
  }
  return t;
}

export function noteAudited(db: Db, entry: Pick<AuditEntry, 'action' | 'entity' | 'entityId'>): void {
  if (READS.has(entry.action)) return;
  const t = trackerOf(db);
  t.version += 1;
  const caseId = entry.entity === 'case' ? Number(entry.entityId) : NaN;
  if (Number.isInteger(caseId) && caseId > 0) t.cases.set(caseId, t.version);
  else t.everything = t.version;
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
