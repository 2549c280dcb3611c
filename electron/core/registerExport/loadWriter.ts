import type { RegisterExportSheet } from '@shared/api/registerExport';

import type { Db } from '../storage/database';
import type { CheckedExport } from './checkExport';
import { SHEETS, sheetDef, sheetName } from './exportSheets';
import { refusal } from './loadRefusals';
import type { Row } from './parsedExport';

/**
 * What every sheet's writing in a load shares: the new id each file Id was given (a reference in
 * the file names the file's Id, the register the new one), and the turn of a row the schema refuses
 * (two equal fødselsnummer, an end before its start) into a refusal naming its sheet and row.
 */

const isConstraint = (error: unknown) =>
  error instanceof Error &&
  'code' in error &&
  String((error as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT');

/** Rows with an Id of their own in file Id order, so records keep their order where the Id breaks a tie. */
export const byId = (rows: Row[]) => [...rows].sort((a, b) => (a.v.id as number) - (b.v.id as number));
export const bit = (value: unknown) => (value ? 1 : 0);

export class LoadWriter {
  /** Per sheet, the new id of each file Id written so far. */
  readonly ids = Object.fromEntries(SHEETS.map((s) => [s.key, new Map<number, number>()])) as Record<
    RegisterExportSheet,
    Map<number, number>
  >;

  constructor(
    readonly db: Db,
    readonly checked: CheckedExport,
  ) {}

  /** The new id of the file's `id` on `sheet`; null for an empty reference. */
  newId(sheet: RegisterExportSheet, id: unknown): number | null {
    return id === null ? null : (this.ids[sheet].get(id as number) ?? null);
  }

  /** `work` for the row `r`; a constraint of the schema it breaks refuses the file, naming the row. */
  atRow<T>(sheet: RegisterExportSheet, r: Row, work: () => T): T {
    try {
      return work();
    } catch (error) {
      if (isConstraint(error)) throw refusal('rejected', { sheet: sheetName(sheet), row: r.row });
      throw error;
    }
  }

  /** An INSERT for rows of `sheet`: run with a row and its values, it gives the new id. */
  inserter(sheet: RegisterExportSheet, sql: string): (r: Row, values: unknown[]) => number {
    const statement = this.db.prepare(sql);
    return (r, values) => this.atRow(sheet, r, () => Number(statement.run(...values).lastInsertRowid));
  }

  /**
   * Every row of `sheet` written by `sql` with the values `values` gives. Rows with an Id of their
   * own go in Id order and their new ids are kept; rows that only link others go in file order.
   */
  insertRows(
    sheet: RegisterExportSheet,
    sql: string,
    values: (v: Record<string, unknown>) => unknown[],
  ): void {
    const insert = this.inserter(sheet, sql);
    const rows = this.checked.rows[sheet];
    if (!sheetDef(sheet).hasId) {
      for (const r of rows) insert(r, values(r.v));
      return;
    }
    for (const r of byId(rows)) this.ids[sheet].set(r.v.id as number, insert(r, values(r.v)));
  }
}
