import type { RegisterExportSheet } from '@shared/api/registerExport';
import texts from '@shared/i18n/registerExport.nb.json' with { type: 'json' };

import { checkAnonymised } from './checkAnonymised';
import { checkRecords, settingsOf } from './checkRecords';
import type { SheetDef } from './exportColumns';
import { columnHeader, SHEETS, sheetName } from './exportSheets';
import { cellRefusal, refusal } from './loadRefusals';
import type { ParsedExport, Row } from './parsedExport';
import { EMPTY, plain, readCell } from './readCell';
import type { RawSheets } from './readExportWorkbook';
import type { LoadedSetting } from './settingsSheets';

/**
 * The second step of a load: every loaded sheet's rows read against their columns, every Id and
 * reference checked, and the records the contract has schemas for checked by those schemas, all
 * before anything is written. The first problem found refuses the file, naming sheet and row.
 */

const expectedTexts = texts.registerExport.expected;

const MAX_ROWS = 1_100_000;

/** Written by the file's format version: a sheet or column added later is not in an older file. */
const inVersion = (version: number, item: { since?: number }) => (item.since ?? 1) <= version;

function parseSheet(sheets: RawSheets, def: SheetDef, version: number): Row[] {
  const name = sheetName(def.key);
  const raw = sheets.get(name);
  if (!raw && !inVersion(version, def)) return [];
  if (!raw) throw refusal('sheetMissing', { sheet: name });
  if (raw.length > MAX_ROWS) throw refusal('tooManyRows', { sheet: name, max: MAX_ROWS });
  const header = new Map<string, number>();
  const first = raw[0]?.number === 1 ? raw[0].cells : [];
  first.forEach((cell, c) => {
    const value = plain(cell);
    if (typeof value === 'string' && !header.has(value.trim())) header.set(value.trim(), c);
  });
  // A column the file's version did not write yet reads as empty in every row.
  const absent = def.columns.filter(
    (c) => !c.derived && !inVersion(version, c) && !header.has(columnHeader(def.key, c.key)),
  );
  const columns = def.columns
    .filter((c) => !c.derived && !absent.includes(c))
    .map((c) => {
      const at = header.get(columnHeader(def.key, c.key));
      if (at === undefined)
        throw refusal('columnMissing', { sheet: name, column: columnHeader(def.key, c.key) });
      return { def: c, at };
    });
  // The rows as read are let go once parsed: a large export is held once, not twice.
  sheets.delete(name);
  const rows: Row[] = [];
  for (const { number: r, cells } of raw) {
    if (r === 1) continue;
    if (columns.every(({ at }) => plain(cells[at]) === EMPTY)) continue;
    const v: Record<string, unknown> = Object.fromEntries(absent.map((c) => [c.key, null]));
    for (const { def: c, at } of columns) {
      // Checked once every sheet is read (`checkAnonymised`): it depends on the row's case.
      const result = readCell(cells[at], c.anonymisable ? { ...c, required: false } : c);
      if (!result.ok) {
        if (result.problem === 'wrongType')
          throw cellRefusal('wrongType', def.key, r, c.key, { expected: expectedTexts[c.type] });
        throw cellRefusal(result.problem, def.key, r, c.key);
      }
      v[c.key] = result.value;
    }
    rows.push({ row: r, v });
  }
  return rows;
}

/** Each Id once per sheet, and every reference to an Id that is in the file. */
function checkReferences(parsed: ParsedExport): void {
  const ids = new Map<RegisterExportSheet, Map<number, Row>>();
  for (const def of SHEETS) {
    if (!def.loaded || !def.hasId) continue;
    const seen = new Map<number, Row>();
    for (const r of parsed[def.key]) {
      const id = r.v.id as number;
      if (id <= 0 || seen.has(id))
        throw refusal('duplicateId', { sheet: sheetName(def.key), row: r.row, id });
      seen.set(id, r);
    }
    ids.set(def.key, seen);
  }
  for (const def of SHEETS) {
    if (!def.loaded) continue;
    for (const c of def.columns) {
      if (!c.ref || c.derived) continue;
      const targets = ids.get(c.ref)!;
      for (const r of parsed[def.key]) {
        const id = r.v[c.key];
        if (id === null || id === undefined) continue;
        if (!targets.has(id as number))
          throw cellRefusal('unknownRef', def.key, r.row, c.key, {
            id: id as number,
            target: sheetName(c.ref),
          });
      }
    }
  }
  // References that must stay within one case or plan: an appeal's decision, a letter's decision,
  // a meeting's participant.
  const steps = ids.get('steps')!;
  const isDecisionOf = (stepId: number, caseId: unknown) => {
    const step = steps.get(stepId)!;
    return step.v.kind === 'decision' && step.v.case_id === caseId;
  };
  const wrong = (
    sheet: RegisterExportSheet,
    r: Row,
    column: string,
    id: number,
    target: RegisterExportSheet,
  ) => cellRefusal('wrongRef', sheet, r.row, column, { id, target: sheetName(target) });
  for (const r of parsed.steps) {
    const decisionId = r.v.decisionId as number | null;
    if (r.v.kind === 'appeal' && decisionId !== null && !isDecisionOf(decisionId, r.v.case_id))
      throw wrong('steps', r, 'decisionId', decisionId, 'steps');
  }
  for (const r of parsed.letters) {
    const stepId = r.v.decision_step_id as number | null;
    if (stepId !== null && !isDecisionOf(stepId, r.v.case_id))
      throw wrong('letters', r, 'decision_step_id', stepId, 'steps');
  }
  const meetings = ids.get('meetings')!;
  const members = ids.get('members')!;
  for (const r of parsed.meetingParticipants) {
    const meeting = meetings.get(r.v.meeting_id as number)!;
    const member = members.get(r.v.member_id as number)!;
    if (meeting.v.plan_id !== member.v.plan_id)
      throw wrong('meetingParticipants', r, 'member_id', r.v.member_id as number, 'members');
  }
}

export interface CheckedExport {
  rows: ParsedExport;
  stepData: Map<Row, Record<string, unknown>>;
  settings: Partial<Record<LoadedSetting, unknown>>;
}

/**
 * Every loaded sheet read and checked; throws the first problem found, naming sheet and row. A
 * file of an older format `version` loads without the sheets and columns added since (empty).
 */
export function checkExport(
  sheets: RawSheets,
  options: { allowSynthetic: boolean; version: number },
): CheckedExport {
  const rows = Object.fromEntries(
    SHEETS.filter((s) => s.loaded).map((def) => [def.key, parseSheet(sheets, def, options.version)]),
  ) as ParsedExport;
  checkReferences(rows);
  checkAnonymised(rows);
  const stepData = checkRecords(rows, options.allowSynthetic);
  const settings = settingsOf(rows);
  return { rows, stepData, settings };
}
