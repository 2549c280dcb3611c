import type { AuditAnchorFinding } from '@shared/api/audit';

import { getSetting, setSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import type { AuditHead } from '../storage/keyFile';
import { appendAudit } from './auditLog';

/** The newest row of the log: its number (ids run 1, 2, 3 … without gaps) and hash. */
export function readAuditHead(db: Db): { count: number; hash: string } {
  const row = db.prepare('SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string } | undefined;
  return { count: row?.id ?? 0, hash: row?.hash ?? '' };
}

/**
 * The log against a head recorded outside the database (key file, backup manifest): rows may
 * have been added since, but the anchored row must still be there with the same hash. The chain
 * alone cannot show this: cutting the newest rows, or rewriting every hash after an edit, leaves
 * a chain that verifies.
 */
export function compareWithAnchor(db: Db, anchor: AuditHead | undefined): AuditAnchorFinding | null {
  if (!anchor || anchor.count === 0) return null;
  const { count } = readAuditHead(db);
  if (count === 0) return { kind: 'emptied', missing: anchor.count, since: anchor.at };
  if (count < anchor.count) return { kind: 'rowsMissing', missing: anchor.count - count, since: anchor.at };
  const row = db.prepare('SELECT hash FROM audit WHERE id = ?').get(anchor.count) as
    { hash: string } | undefined;
  if (row?.hash !== anchor.hash) return { kind: 'rewritten', missing: 0, since: anchor.at };
  return null;
}

/**
 * Checked when the register opens, before anything is appended (a login row would hide a cut
 * tail behind a new one). A finding is kept in the register, so `Kontroller loggen` goes on
 * reporting it.
 */
export function checkAnchorAtOpen(db: Db, anchor: AuditHead | undefined, at: Date): void {
  const finding = compareWithAnchor(db, anchor);
  if (!finding || getSetting(db, 'audit.anchorFinding')) return;
  db.transaction(() => {
    setSetting(db, 'audit.anchorFinding', finding);
    appendAudit(
      db,
      {
        userId: null,
        username: 'system',
        action: 'audit_cut_found',
        entity: 'audit',
        fields: [`kind:${finding.kind}`, `missing:${finding.missing}`, `since:${finding.since}`],
      },
      at,
    );
  })();
}

export function storedAnchorFinding(db: Db): AuditAnchorFinding | null {
  return getSetting(db, 'audit.anchorFinding');
}
