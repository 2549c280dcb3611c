import type { ImportNotice } from '@shared/api/imports';

import { CoreError } from '../errors';
import type { ReadLimits } from './rawWorkbook';

/**
 * Why a file is refused, as the error the wizard shows: one reason per text in importFile.*.json,
 * with the values (the limit, the sheet) the text needs, written the way the texts write them.
 */

export const refusalReasons = [
  'notFound',
  'unreadable',
  'empty',
  'tooLarge',
  'passwordProtected',
  'oldXls',
  'notWorkbook',
  'damaged',
  'unpackedTooLarge',
  'tooManySheets',
  'tooManyRows',
  'tooManyColumns',
  'tooManyCells',
  'tooManyMerges',
  'csvBroken',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

/**
 * A refused file: `IMPORT_REFUSED` with `fields.file` = `importFile.refused.<reason>`, and the
 * values its text needs (the limit, the sheet) in `notice`, for the wizard's `ImportFile.error`.
 */
export class ImportRefusal extends CoreError {
  readonly reason: RefusalReason;
  readonly notice: ImportNotice;
  constructor(reason: RefusalReason, values?: Record<string, string | number>) {
    const key = `importFile.refused.${reason}`;
    super('IMPORT_REFUSED', { file: key });
    this.reason = reason;
    this.notice = values ? { key, values } : { key };
  }
}

export const refuse = (reason: RefusalReason, values?: Record<string, string | number>): never => {
  throw new ImportRefusal(reason, values);
};

/** 50000 -> "50 000", as the texts write their limits. */
export const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
export const megabytes = (bytes: number) => String(Math.round((bytes / (1024 * 1024)) * 10) / 10);

/** Refuses a sheet with more rows, then more columns, than the limits allow. */
export function checkSheetSize(sheet: string, rows: number, columns: number, limits: ReadLimits): void {
  if (rows > limits.maxRows) refuse('tooManyRows', { sheet, max: count(limits.maxRows) });
  if (columns > limits.maxColumns) refuse('tooManyColumns', { sheet, max: count(limits.maxColumns) });
}
