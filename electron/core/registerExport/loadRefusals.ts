import type { RegisterExportSheet } from '@shared/api/registerExport';
import texts from '@shared/i18n/registerExport.nb.json' with { type: 'json' };

import { CoreError } from '../errors';
import { columnHeader, fill, sheetName } from './exportSheets';

/**
 * How a load of an export says no. A refusal is VALIDATION on `path`: the key says what kind of
 * problem (registerExport.load.*), the message says where, in bokmål, naming the sheet and the row
 * as Excel shows them. Every step of the load (reading, checking, writing) refuses through these.
 */

const loadTexts = texts.registerExport.load;
const reasonTexts = texts.registerExport.reason;

type FileProblem =
  'notAbsolute' | 'fileMissing' | 'tooLarge' | 'damaged' | 'notExport' | 'tooNew' | 'notEmpty';

/** A refusal of the file as a whole: its key, and its bokmål text as the message. */
export function fileRefusal(problem: FileProblem): CoreError {
  const error = new CoreError('VALIDATION', { path: `registerExport.load.${problem}` });
  error.message = loadTexts[problem];
  return error;
}

type Reason = keyof typeof reasonTexts;

/** A refusal naming where in the file: sheet, row and column, in bokmål. */
export function refusal(reason: Reason, values: Record<string, string | number>): CoreError {
  const error = new CoreError('VALIDATION', { path: 'registerExport.load.invalid' });
  error.message = fill(reasonTexts[reason], values);
  return error;
}

/** A refusal naming one cell: its sheet and column by their headers, its row as Excel numbers it. */
export function cellRefusal(
  reason: Reason,
  sheet: RegisterExportSheet,
  row: number,
  column: string,
  values: Record<string, string | number> = {},
): CoreError {
  return refusal(reason, {
    sheet: sheetName(sheet),
    row,
    column: columnHeader(sheet, column),
    ...values,
  });
}
