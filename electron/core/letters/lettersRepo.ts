import type { Letter, LetterKind, LetterSettings, LetterSummary } from '@shared/api/letters';
import type { Right } from '@shared/domain/case';
import lettersNb from '@shared/i18n/letters.nb.json' with { type: 'json' };

import { stepJson } from '../cases/stepJson';
import type { Db } from '../storage/database';

interface LetterRow {
  id: number;
  case_id: number;
  kind: LetterKind;
  decision_step_id: number | null;
  letter_date: string;
  body: string;
  created_by: string;
  created_at: string;
  /** From the decision step, while it is recorded. */
  right: Right | null;
}

const SELECT = `
  SELECT l.id, l.case_id, l.kind, l.decision_step_id, l.letter_date, l.body, l.created_by, l.created_at,
         ${stepJson('s', 'decision', 'right')} AS right
  FROM letters l LEFT JOIN case_steps s ON s.id = l.decision_step_id`;

function summaryOf(r: LetterRow): LetterSummary {
  return {
    id: r.id,
    caseId: r.case_id,
    kind: r.kind,
    decisionId: r.decision_step_id,
    right: r.right,
    date: r.letter_date,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

/** The case's letters, the latest date first (on one date, the last written first). */
export function caseLetters(db: Db, caseId: number): LetterSummary[] {
  const rows = db
    .prepare(`${SELECT} WHERE l.case_id = ? ORDER BY l.letter_date DESC, l.id DESC`)
    .all(caseId) as LetterRow[];
  return rows.map(summaryOf);
}

export function findLetter(db: Db, id: number): Letter | null {
  const row = db.prepare(`${SELECT} WHERE l.id = ?`).get(id) as LetterRow | undefined;
  return row ? { ...summaryOf(row), text: row.body } : null;
}

export function insertLetter(
  db: Db,
  letter: { caseId: number; kind: LetterKind; decisionId: number | null; date: string; text: string },
  by: string,
  at: string,
): number {
  const result = db
    .prepare(
      `INSERT INTO letters (case_id, kind, decision_step_id, letter_date, body, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(letter.caseId, letter.kind, letter.decisionId, letter.date, letter.text, by, at);
  return Number(result.lastInsertRowid);
}

// ---- Settings ----

/**
 * One settings row, `letters.settings`, in the settings table every feature shares. Read here
 * rather than through settingsRepo's typed list, which belongs to the general settings.
 */
const SETTINGS_KEY = 'letters.settings';

/** The defaults: a letterhead to fill in and the bokmål templates of shared/i18n. */
export const defaultLetterSettings: LetterSettings = {
  unitName: lettersNb.letters.defaults.unitName,
  address: '',
  phone: '',
  email: '',
  appealInstance: lettersNb.letters.defaults.appealInstance,
  logo: null,
  templates: {
    interimReply: lettersNb.letters.defaults.interimReply,
    decision: lettersNb.letters.defaults.decision,
  },
};

/** The settings in force; a field added in a later version starts at its default. */
export function letterSettings(db: Db): LetterSettings {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(SETTINGS_KEY) as
    { value: string } | undefined;
  const stored = row ? (JSON.parse(row.value) as Partial<LetterSettings>) : {};
  return {
    ...defaultLetterSettings,
    ...stored,
    templates: { ...defaultLetterSettings.templates, ...stored.templates },
  };
}

export function saveLetterSettings(db: Db, value: LetterSettings): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(SETTINGS_KEY, JSON.stringify(value));
}
