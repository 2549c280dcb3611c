import type { ExpiredCase } from '@shared/api/retention';
import { addYears } from '@shared/domain/calendar';

import type { Db } from '../storage/database';

interface Row {
  id: number;
  case_number: string;
  person_id: number;
  name: string;
  closed_date: string;
  archive_copy_at: string | null;
}

const SELECT = `
  SELECT c.id, c.case_number, c.person_id, p.name, c.closed_date,
    (SELECT max(a.made_at) FROM archive_copies a WHERE a.case_id = c.id) AS archive_copy_at
  FROM cases c JOIN persons p ON p.id = c.person_id
  WHERE c.status = 'closed' AND c.closed_date IS NOT NULL AND c.anonymised_at IS NULL`;

/**
 * Closed cases whose closing date plus the retention years is today or before, not anonymised
 * yet, oldest closing first. `only` limits the look-up to those ids (the apply step checks again
 * in its transaction that every case it was sent still qualifies).
 */
export function expiredCases(
  db: Db,
  today: string,
  years: number,
  only?: readonly number[],
): (ExpiredCase & { personId: number })[] {
  const rows = only
    ? (db
        .prepare(`${SELECT} AND c.id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(only)) as Row[])
    : (db.prepare(`${SELECT} ORDER BY c.closed_date, c.case_number`).all() as Row[]);
  return rows.flatMap((r) => {
    const expiredDate = addYears(r.closed_date, years);
    if (expiredDate > today) return [];
    return [
      {
        caseId: r.id,
        caseNumber: r.case_number,
        personId: r.person_id,
        personName: r.name,
        closedDate: r.closed_date,
        expiredDate,
        archiveCopyAt: r.archive_copy_at,
      },
    ];
  });
}
