import { z } from 'zod';

import { ADMIN_ONLY, channel } from './channel';

/**
 * Moving out and back in (DESIGN.md section 12): the whole register as one Excel workbook (a sheet
 * per kind of record, a first sheet that explains every column) and the same as CSV files in one
 * zip, written into a folder the administrator chooses; and such a workbook read back into an
 * empty register. Core reads and writes the files by path: no bytes cross the bridge.
 */

/** The kinds of record, one sheet each, in the workbook's order (texts: registerExport.sheets.*). */
export const registerExportSheets = [
  'persons',
  'relations',
  'cases',
  'services',
  'steps',
  'decisions',
  'appointments',
  'coordinators',
  'serviceUnits',
  'courses',
  'trainingSessions',
  'completions',
  'guidance',
  'guidanceParticipants',
  'plans',
  'planPoints',
  'goals',
  'measures',
  'members',
  'meetings',
  'meetingParticipants',
  'letters',
  'archiveCopies',
  'users',
  'settings',
] as const;
export type RegisterExportSheet = (typeof registerExportSheets)[number];

/** Limits on a file to be loaded: above them it is refused before it is unpacked or parsed. */
export const REGISTER_EXPORT_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  /** Everything inside the .xlsx once unpacked: a zip bomb stops here. */
  maxUnpackedBytes: 500 * 1024 * 1024,
} as const;

const pathText = (max: number) =>
  z.string().trim().min(1, { message: 'validation.required' }).max(max, { message: 'validation.tooLong' });

export interface RegisterExportFile {
  fileName: string;
  bytes: number;
}

export interface RegisterExportResult {
  /** The workbook, then the zip of CSV files, both in the folder chosen. */
  files: RegisterExportFile[];
  /** Rows per sheet (RegisterExportSheet -> count). */
  counts: Record<string, number>;
}

export interface RegisterExportStatus {
  /** No persons, cases, coordinators or plans yet: an export may be loaded into it. */
  empty: boolean;
  /** Rows per sheet as an export would write them now. */
  counts: Record<string, number>;
}

export const registerExportApi = {
  /** What an export would hold, and whether the register is empty enough to load one. */
  'registerExport.status': channel<RegisterExportStatus>()(z.object({}), ADMIN_ONLY),
  /**
   * Writes `Samordna-eksport-<date>.xlsx` and `Samordna-eksport-<date>-csv.zip` into the folder
   * (`-2`, `-3` … when taken: never over a file). A folder that is not there or cannot be written
   * is VALIDATION on `folder`. Logged with the counts.
   */
  'registerExport.write': channel<RegisterExportResult>()(z.object({ folder: pathText(1000) }), ADMIN_ONLY),
  /**
   * Reads a Samordna export workbook into this register, which must hold no persons, cases,
   * coordinators or plans. All or nothing: a refusal (VALIDATION on `path`, the Norwegian reason
   * naming sheet and row in the message) writes nothing. Users are not loaded.
   */
  'registerExport.load': channel<{ counts: Record<string, number> }>()(
    z.object({ path: pathText(1000) }),
    ADMIN_ONLY,
  ),
};
