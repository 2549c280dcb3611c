import { refreshDerivedOfAll } from '../derived/refreshDerived';
import { getSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import { checkExport, type CheckedExport } from './checkExport';
import { registerIsEmpty } from './exportSheets';
import { fileRefusal } from './loadRefusals';
import { readExportWorkbook } from './readExportWorkbook';
import { writeLoaded } from './writeLoaded';

/**
 * Reads a Samordna export workbook back into an empty register (DESIGN.md section 12), treating
 * it as a hostile file: its size is capped, it is unpacked once with fflate counting bytes before
 * exceljs sees it (a zip bomb stops at 500 MB), formulas are never evaluated (a formula cell is
 * the wrong type), and every cell is checked against its column's type, codes and references
 * before anything is written. Then one transaction writes it all with new ids; a row the schema
 * refuses (two equal fødselsnummer, an end before its start) refuses the whole file.
 *
 * The steps: `readExportWorkbook` (the file into rows), `checkExport` (every cell, Id and
 * reference), `writeLoaded` (the register, with new ids). Refusals are in `loadRefusals`.
 */

/**
 * The export at `file` read and checked for the register `db`, which must be empty; nothing is
 * written. Synthetic fødselsnummer are taken where the installation allows them or in a demo register.
 */
export async function readCheckedExport(
  db: Db,
  file: string,
  allowSyntheticIds: boolean,
): Promise<CheckedExport> {
  if (!registerIsEmpty(db)) throw fileRefusal('notEmpty');
  const { sheets, version } = await readExportWorkbook(file);
  return checkExport(sheets, {
    allowSynthetic: allowSyntheticIds || getSetting(db, 'register.demo'),
    version,
  });
}

/**
 * The checked export written into `tx`, inside the load's transaction, with every case's derived
 * state refreshed; returns rows per sheet. The register is checked again for being empty, as
 * someone may have started using it while the file was read.
 */
export function writeCheckedExport(tx: Db, checked: CheckedExport, today: string): Record<string, number> {
  if (!registerIsEmpty(tx)) throw fileRefusal('notEmpty');
  // Written in bulk, not through the record writers (cases/caseWriter.ts and the others): a whole
  // register at once, checked as a file; what is derived from each case is written after it.
  const counts = writeLoaded(tx, checked);
  refreshDerivedOfAll(tx, today);
  return counts;
}
