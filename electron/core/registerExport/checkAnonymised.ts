import type { RegisterExportSheet } from '@shared/api/registerExport';

import { SHEETS, sheetDef } from './exportSheets';
import { cellRefusal } from './loadRefusals';
import type { ParsedExport, Row } from './parsedExport';

/**
 * Anonymising a case (schema v11) empties texts the screens require, such as a plan goal's text
 * or a plan member's name. Such a column (`anonymisable`) is read as optional; here each empty one
 * is refused unless the row belongs to an anonymised case, found through the row's references
 * (a measure's goal, the goal's plan, the plan's case). Runs after every reference is checked.
 */
export function checkAnonymised(parsed: ParsedExport): void {
  const anonymised = new Set(
    parsed.cases.filter((r) => r.v.anonymised_at !== null).map((r) => r.v.id as number),
  );
  const byId = new Map<RegisterExportSheet, Map<number, Row>>();
  const rowOf = (sheet: RegisterExportSheet, id: number) => {
    let rows = byId.get(sheet);
    if (!rows) {
      rows = new Map(parsed[sheet].map((r) => [r.v.id as number, r]));
      byId.set(sheet, rows);
    }
    return rows.get(id);
  };
  /** The file Id of the case a row of `sheet` belongs to, through its first reference upwards. */
  const caseOf = (sheet: RegisterExportSheet, row: Row): number | null => {
    if (sheet === 'cases') return row.v.id as number;
    const up = sheetDef(sheet).columns.find((c) => c.ref && !c.derived && c.required);
    if (!up) return null;
    const parent = rowOf(up.ref!, row.v[up.key] as number);
    return parent ? caseOf(up.ref!, parent) : null;
  };
  for (const def of SHEETS) {
    if (!def.loaded) continue;
    for (const c of def.columns) {
      if (!c.anonymisable) continue;
      for (const r of parsed[def.key]) {
        const value = r.v[c.key];
        if (value !== null && value !== '') continue;
        const caseId = caseOf(def.key, r);
        if (caseId === null || !anonymised.has(caseId)) throw cellRefusal('empty', def.key, r.row, c.key);
      }
    }
  }
}
