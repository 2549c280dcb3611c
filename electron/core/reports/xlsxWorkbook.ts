/**
 * The one module that knows exceljs (DESIGN.md section 5: it is not very actively released, so
 * it stays behind this small interface and can be swapped). Sheets are described as rows of
 * plain values; this writes them as an .xlsx file.
 */

/** A calendar date (ISO), written as a real Excel date shown dd.mm.yyyy. */
export interface DateCell {
  date: string;
}
/** A number with an Excel number format. */
export interface NumberCell {
  number: number;
  format: string;
}
export type SheetCell = string | NumberCell | DateCell | null;

export interface SheetSpec {
  /** At most 31 characters, none of []:*?/\ (sheetName makes one). */
  name: string;
  rows: SheetCell[][];
  /** Widths in characters, from the first column. */
  columnWidths: number[];
  /** Rows (0-based) written in bold: titles and headers. */
  boldRows: number[];
}

const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_NAME = 31;

/** A sheet name Excel accepts, different from those already taken. */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = wanted.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME) || 'Ark';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, MAX_NAME - suffix.length) + suffix;
  }
  return name;
}

/** An ISO date as the Date Excel stores: midnight UTC, so no time zone moves the day. */
function excelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

export async function writeWorkbook(sheets: readonly SheetSpec[], creator: string): Promise<Buffer> {
  // Loaded here, not at startup: exceljs is 2.5 MB of main's bundle and only the xlsx needs it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((row, r) => {
      const line = sheet.getRow(r + 1);
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = line.getCell(c + 1);
        if (typeof value === 'string') cell.value = value;
        else if ('date' in value) {
          cell.value = excelDate(value.date);
          cell.numFmt = 'dd.mm.yyyy';
        } else {
          cell.value = value.number;
          cell.numFmt = value.format;
        }
      });
      if (spec.boldRows.includes(r)) line.font = { bold: true };
    });
    spec.columnWidths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
