import type { ArchiveCopy } from '@shared/api/archive';

import type { Db } from '../storage/database';

interface Row {
  id: number;
  case_id: number;
  made_at: string;
  made_by: string | null;
  documents: number;
}

const SELECT = `
  SELECT a.id, a.case_id, a.made_at, u.display_name AS made_by, a.documents
  FROM archive_copies a LEFT JOIN users u ON u.id = a.made_by`;

const copyOf = (r: Row): ArchiveCopy => ({
  id: r.id,
  caseId: r.case_id,
  madeAt: r.made_at,
  madeBy: r.made_by ?? '',
  documents: r.documents,
});

export function insertArchiveCopy(
  db: Db,
  copy: { caseId: number; madeAt: string; madeBy: number; documents: number },
): ArchiveCopy {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO archive_copies (case_id, made_at, made_by, documents) VALUES (?, ?, ?, ?)')
    .run(copy.caseId, copy.madeAt, copy.madeBy, copy.documents);
  return copyOf(db.prepare(`${SELECT} WHERE a.id = ?`).get(Number(lastInsertRowid)) as Row);
}

/** The case's latest archive copy, or null when none was made. */
export function latestArchiveCopy(db: Db, caseId: number): ArchiveCopy | null {
  const row = db
    .prepare(`${SELECT} WHERE a.case_id = ? ORDER BY a.made_at DESC, a.id DESC LIMIT 1`)
    .get(caseId) as Row | undefined;
  return row ? copyOf(row) : null;
}
