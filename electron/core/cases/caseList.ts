import type { CaseList, CaseListQuery, CaseListRow } from '@shared/api/cases';
import { addDays } from '@shared/domain/calendar';
import { caseStatuses, type CaseStatus } from '@shared/domain/case';
import type { InterimReplyOutcome } from '@shared/domain/deadlines';

import type { Db } from '../storage/database';
import { LIST_SELECT, toListRow, type StoredListRow } from './casesRepo';
import { ftsPhrase, likeEscape, searchFold } from './searchText';

type Optional =
  'status' | 'right' | 'deadline' | 'receivedFrom' | 'receivedTo' | 'outcome' | 'outcomeRight' | 'appeal';
type Query = Required<Omit<CaseListQuery, Optional>> & Pick<CaseListQuery, Optional>;

const STATUS_ORDER = `CASE c.status ${caseStatuses.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;
const ORDER: Record<Query['sort'], (dir: string) => string> = {
  caseNumber: (dir) => `c.case_number ${dir}`,
  personName: (dir) => `p.sort_name ${dir}`,
  receivedDate: (dir) => `c.received_date ${dir}`,
  status: (dir) => `${STATUS_ORDER} ${dir}`,
  // Cases without a running deadline come last either way.
  officeDeadline: (dir) => `c.office_deadline IS NULL, c.office_deadline ${dir}`,
};

/** Words of three or more letters go through the trigram index as they are (a substring). */
const SUBSTRING_LENGTH = 3;
const NAMES_MATCHING = 'SELECT rowid FROM person_search WHERE person_search MATCH';

/**
 * The search box: a case number, the start of a fødselsnummer or digits of a case number, or
 * words of a name. Each becomes a set of case ids found through an index (the FTS5 trigram
 * indexes of schema v13 for names and case-number digits), so no search scans every person.
 */
export function searchClause(q: string, params: Record<string, string>): string[] {
  const compact = q.replace(/\s/g, '');
  if (compact === '') return [];
  if (/^\d{4}-\d*$/.test(compact)) {
    params.caseNumber = `${compact}*`;
    return ['c.case_number GLOB @caseNumber'];
  }
  if (/^\d+$/.test(compact)) {
    params.idStart = `${compact}*`;
    // One or two digits are in nearly every case number: those few keep the narrow scan.
    const byDigits =
      compact.length >= SUBSTRING_LENGTH
        ? 'SELECT rowid FROM case_number_search WHERE case_number_search MATCH @caseDigits'
        : "SELECT id FROM cases WHERE replace(case_number, '-', '') GLOB @caseDigits";
    params.caseDigits = compact.length >= SUBSTRING_LENGTH ? ftsPhrase(compact) : `*${compact}*`;
    return [
      `c.id IN (SELECT id FROM cases WHERE person_id IN (SELECT id FROM persons WHERE national_id GLOB @idStart)
        UNION ${byDigits})`,
    ];
  }
  const words = searchFold(q).split(/\s+/).filter(Boolean).slice(0, 6);
  const long = words.filter((w) => [...w].length >= SUBSTRING_LENGTH);
  const short = words.filter((w) => [...w].length < SUBSTRING_LENGTH);
  if (long.length === 0) {
    // Only one- or two-letter words: the start of a word of the name, one trigram each ("  o",
    // " ol": the index puts two spaces before every word).
    params.names = short
      .map((w) => ftsPhrase(' '.repeat(SUBSTRING_LENGTH - [...w].length) + w))
      .join(' AND ');
    return [`c.person_id IN (${NAMES_MATCHING} @names)`];
  }
  params.names = long.map(ftsPhrase).join(' AND ');
  if (short.length === 0) return [`c.person_id IN (${NAMES_MATCHING} @names)`];
  // Short words beside a long one: anywhere in the name, tested only on the persons found.
  short.forEach((word, i) => (params[`w${i}`] = `%${likeEscape(word)}%`));
  return [
    `c.person_id IN (SELECT id FROM persons WHERE id IN (${NAMES_MATCHING} @names)
      AND ${short.map((_, i) => `search_name LIKE @w${i} ESCAPE '\\'`).join(' AND ')})`,
  ];
}

/** Sorting by name needs the person; every other order is on the case alone. */
const SORTS_ON_PERSON: ReadonlySet<Query['sort']> = new Set(['personName']);

/**
 * One page of cases for the list, with the counts beside the filters. Everything is filtered in
 * SQL on the derived columns, so a keystroke costs a few indexed queries, not 20 000 derivations.
 * The page is found on ids first and only its 100 rows are read in full.
 */
export function listCases(db: Db, q: Query, today: string, dueSoonDays: number): CaseList {
  const params: Record<string, string | number> = { today, soon: addDays(today, dueSoonDays) };
  const where: string[] = searchClause(q.q, params as Record<string, string>);
  if (q.right) {
    params.right = `%"${q.right}"%`;
    where.push('c.rights_requested LIKE @right');
  }
  if (q.receivedFrom) {
    params.from = q.receivedFrom;
    where.push('c.received_date >= @from');
  }
  if (q.receivedTo) {
    params.to = q.receivedTo;
    where.push('c.received_date <= @to');
  }
  if (q.deadline === 'overdue') where.push('c.office_deadline < @today');
  if (q.deadline === 'dueSoon') where.push('c.office_deadline BETWEEN @today AND @soon');
  if (q.deadline === 'appealRunning') where.push('c.appeal_deadline >= @today');
  if (q.deadline === 'none')
    where.push('c.office_deadline IS NULL AND (c.appeal_deadline IS NULL OR c.appeal_deadline < @today)');
  // The decision in force and the appeals' stages are stored per case by writeSummary.
  // A decision awaiting a new one after an appeal is still the outcome in force (`…:refused:new`).
  if (q.outcome || q.outcomeRight) {
    params.outcome = `%"${q.outcomeRight ?? '%'}:${q.outcome ?? '%'}"%`;
    params.outcomeAwaiting = `%"${q.outcomeRight ?? '%'}:${q.outcome ?? '%'}:new"%`;
    where.push('(c.decision_outcomes LIKE @outcome OR c.decision_outcomes LIKE @outcomeAwaiting)');
  }
  if (q.appeal === 'any') where.push("c.appeal_stages <> '[]'");
  else if (q.appeal) {
    params.appeal = `%"${q.appeal}"%`;
    where.push('c.appeal_stages LIKE @appeal');
  }

  const whereSql = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');
  const statusCounts = Object.fromEntries(caseStatuses.map((s) => [s, 0])) as Record<CaseStatus, number>;
  const counted = db
    .prepare(`SELECT c.status, count(*) AS n FROM cases c ${whereSql(where)} GROUP BY c.status`)
    .all(params) as { status: CaseStatus; n: number }[];
  for (const r of counted) statusCounts[r.status] = r.n;

  const withStatus = [...where];
  if (q.status === 'open') withStatus.push("c.status <> 'closed'");
  else if (q.status) {
    params.status = q.status;
    withStatus.push('c.status = @status');
  }
  const total =
    q.status === 'open'
      ? caseStatuses.filter((s) => s !== 'closed').reduce((n, s) => n + statusCounts[s], 0)
      : q.status
        ? statusCounts[q.status]
        : caseStatuses.reduce((n, s) => n + statusCounts[s], 0);
  const direction = q.desc ? 'DESC' : 'ASC';
  const order = `ORDER BY ${ORDER[q.sort](direction)}, c.id ${direction}`;
  // By name: walk the persons in name order through the index and stop at the page's end.
  const from = SORTS_ON_PERSON.has(q.sort) ? 'persons p CROSS JOIN cases c ON c.person_id = p.id' : 'cases c';
  const rows = db
    .prepare(
      `WITH page AS (SELECT c.id FROM ${from} ${whereSql(withStatus)} ${order} LIMIT @limit OFFSET @offset)
       ${LIST_SELECT} WHERE c.id IN (SELECT id FROM page) ${order}`,
    )
    .all({ ...params, limit: q.limit, offset: q.offset }) as StoredListRow[];
  const all = (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  return { rows: rows.map(toListRow), total, all, statusCounts };
}

/** Saksbehandlingsprotokoll: the cases received in the period, in the order they came. */
export function protocolRows(db: Db, from: string, to: string): CaseListRow[] {
  const rows = db
    .prepare(`${LIST_SELECT} WHERE c.received_date BETWEEN ? AND ? ORDER BY c.received_date, c.case_number`)
    .all(from, to) as StoredListRow[];
  return rows.map(toListRow);
}

/** What the agenda reads of an undecided case: stored columns only (schema v16). */
export interface StoredAgendaRow {
  id: number;
  caseNumber: string;
  personId: number;
  personName: string;
  receivedDate: string;
  rightsRequested: string;
  awaiting: 'assessment' | 'decision';
  interimReplyOutcome: InterimReplyOutcome | null;
}

/**
 * Cases not closed where some right asked for has no decision yet: the team meeting's work, with
 * the facts the agenda shows, stored by the summary's refresh (caseFigures.ts).
 */
export function agendaRows(db: Db): StoredAgendaRow[] {
  return db
    .prepare(
      `SELECT c.id, c.case_number AS caseNumber, c.person_id AS personId, p.name AS personName,
         c.received_date AS receivedDate, c.rights_requested AS rightsRequested, c.awaiting,
         c.interim_reply_outcome AS interimReplyOutcome
       FROM cases c JOIN persons p ON p.id = c.person_id
       WHERE c.status IN ('received', 'inProgress') ORDER BY c.received_date, c.id`,
    )
    .all() as StoredAgendaRow[];
}
