import type { AuditPersonMatch } from '@shared/api/audit';

import { likeEscape, searchFold } from '../cases/searchText';
import type { Db } from '../storage/database';
import { describePersons } from './auditQuery';

const MAX_MATCHES = 20;

/**
 * The persons the log's person filter offers: by fødselsnummer when digits are typed (from the
 * start of the number), else by the words of the name (each word anywhere in it, accents
 * folded), as the case list searches. At most 20, by name.
 */
export function findAuditPersons(db: Db, q: string): AuditPersonMatch[] {
  const compact = q.replace(/\s/g, '');
  let rows: { id: number; name: string; birthDate: string | null }[];
  if (/^\d+$/.test(compact)) {
    rows = db
      .prepare(
        `SELECT id, name, birth_date AS birthDate FROM persons WHERE national_id GLOB ?
         ORDER BY sort_name, id LIMIT ${MAX_MATCHES}`,
      )
      .all(`${compact}*`) as typeof rows;
  } else {
    const words = searchFold(q).split(/\s+/).filter(Boolean).slice(0, 6);
    if (words.length === 0) return [];
    const params = Object.fromEntries(words.map((w, i) => [`w${i}`, `%${likeEscape(w)}%`]));
    rows = db
      .prepare(
        `SELECT id, name, birth_date AS birthDate FROM persons
         WHERE ${words.map((_, i) => `search_name LIKE @w${i} ESCAPE '\\'`).join(' AND ')}
         ORDER BY sort_name, id LIMIT ${MAX_MATCHES}`,
      )
      .all(params) as typeof rows;
  }
  const described = describePersons(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...described.get(r.id)!, name: r.name, birthDate: r.birthDate }));
}
