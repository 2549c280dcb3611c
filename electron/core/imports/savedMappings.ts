import { cellText } from '@shared/domain/importValues';

import { getSetting, setSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { normalRaw, type ParsedSpec } from './importSpec';
import type { RawSheet } from './readFile';

const SAVED_MAPPINGS = 10;

const width = (sheet: RawSheet) => sheet.rows.reduce((n, r) => Math.max(n, r.length), 0);

export const headersOf = (sheet: RawSheet, headerRow: number): string[] =>
  Array.from({ length: width(sheet) }, (_, i) => cellText(sheet.rows[headerRow - 1]?.[i] ?? null).trim());

export const headerKey = (headers: string[]) => headers.map(normalRaw);

/** Remembers the choices for a sheet with the same headers (newest first, a few kept). */
export function saveMapping(db: Db, sheet: RawSheet, spec: ParsedSpec): void {
  const headers = headerKey(headersOf(sheet, spec.headerRow));
  const key = JSON.stringify(headers);
  const kept = getSetting(db, 'import.mappings').filter((m) => JSON.stringify(m.headers) !== key);
  setSetting(
    db,
    'import.mappings',
    [{ headers, target: spec.target, columns: spec.columns, values: spec.values }, ...kept].slice(
      0,
      SAVED_MAPPINGS,
    ),
  );
}
