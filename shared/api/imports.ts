import { z } from 'zod';

import { ADMIN_ONLY, channel } from './channel';
import { id } from './fields';

/**
 * Moving in: the KE's Excel (or CSV) register read into this one, as a wizard (DESIGN.md 12).
 * Core reads the file (never evaluating a formula or running a macro) and keeps its cells in
 * memory, per file, until the wizard closes or the register locks; each step sends the choices
 * so far, so nothing of the wizard's state lives anywhere else.
 */

/** A cell as read: text, number, yes/no, a date (the workbook said so by its format), or empty. */
export type RawCell = string | number | boolean | { date: string } | null;

/** Limits on what is read at all; above them the file is refused before anything is kept. */
export const IMPORT_LIMITS = {
  /** The file itself. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Everything inside an .xlsx once unpacked (a zip bomb stops here). */
  maxUnpackedBytes: 200 * 1024 * 1024,
  /** Rows of one sheet, the header rows included. */
  maxRows: 50_000,
  maxColumns: 300,
  maxSheets: 50,
} as const;

/** Where the file comes from: the wizard never sends bytes, core reads the path. */
export const importTargets = ['cases', 'coordinators'] as const;
export type ImportTarget = (typeof importTargets)[number];

/** Something the user should know about the file as a whole (translation key with values). */
export interface ImportNotice {
  key: string;
  values?: Record<string, string | number>;
}

export interface ImportSheetInfo {
  index: number;
  name: string;
  hidden: boolean;
  rows: number;
  columns: number;
}

export interface ImportFile {
  fileId: string;
  fileName: string;
  format: 'xlsx' | 'csv';
  state: 'reading' | 'ready' | 'failed';
  /** While reading: bytes or rows done of the total (unit depends on the reader). */
  progress: { done: number; total: number };
  sheets: ImportSheetInfo[];
  notices: ImportNotice[];
  /** When failed: why, as a translation key (importFile.refused.*). */
  error: ImportNotice | null;
}

export interface ImportColumn {
  /** 0-based column index in the sheet. */
  index: number;
  /** A, B, … AA as Excel names it. */
  letter: string;
  header: string;
  hidden: boolean;
  /** The first few values below the header, as text. */
  samples: string[];
  /** The field the header suggests (importFields key), or null. */
  suggested: string | null;
  /** For a column of training dates: the course its header names, or null. */
  suggestedCourseId: number | null;
}

export interface ImportLayout {
  sheet: number;
  headerRow: number;
  /** The first rows of the sheet as text, to choose the header row from (1-based row = index + 1). */
  topRows: string[][];
  columns: ImportColumn[];
  /** What the sheet most likely holds, from its headers. */
  suggestedTarget: ImportTarget;
  /** A mapping saved from an earlier import whose headers this sheet has, if any. */
  saved: { target: ImportTarget; columns: ColumnChoice[]; values: ValueChoice[] } | null;
  /** Rows below the header that hold anything. */
  dataRows: number;
}

const columnChoice = z.object({
  column: z.number().int().min(0).max(IMPORT_LIMITS.maxColumns),
  field: z.string().min(1).max(80),
  /** For a training date column: which course the date is a completion of. */
  courseId: id.optional(),
});
export type ColumnChoice = z.infer<typeof columnChoice>;

const valueChoice = z.object({
  field: z.string().min(1).max(80),
  raw: z.string().max(500),
  /** The register's value ("granted", "koordinator,individuellPlan", "coordinator:12", "new", "ignore"). */
  to: z.string().max(500),
});
export type ValueChoice = z.infer<typeof valueChoice>;

const fileId = z.string().regex(/^[a-f0-9]{32}$/);
const sheetChoice = {
  fileId,
  sheet: z.number().int().min(0).max(IMPORT_LIMITS.maxSheets),
  headerRow: z.number().int().min(1).max(IMPORT_LIMITS.maxRows),
};

export const importSpec = z.object({
  ...sheetChoice,
  target: z.enum(importTargets),
  columns: z.array(columnChoice).max(IMPORT_LIMITS.maxColumns),
  values: z.array(valueChoice).max(20_000),
});
export type ImportSpec = z.input<typeof importSpec>;

/** One value found in a column that needs a register value, how often, and the suggestion. */
export interface ValueFound {
  raw: string;
  count: number;
  suggested: string | null;
}

export interface ValueField {
  field: string;
  /** The register's values to choose from: value + translation key (or a name, for the pool). */
  options: { value: string; label: string; labelKey?: string }[];
  found: ValueFound[];
}

/** A row's problem or note: a translation key (importRows.*) with values, and the field it is about. */
export interface RowMessage {
  field: string | null;
  key: string;
  values?: Record<string, string | number>;
}

/** A row as it will be registered: the plain words the preview shows. */
export interface RowPreview {
  /** cases: the person's name, fødselsnummer, birth date, received date, rights, decisions, … */
  cells: { label: string; labelKey?: string; value: string }[];
}

export type RowOutcome =
  /** A new record (case with a new or existing person; a new coordinator). */
  | 'create'
  /** Joined to a record already there or earlier in the file (a coordinator's next course). */
  | 'join'
  /** Nothing to bring (empty row, or the same case twice). */
  | 'skip'
  /** Cannot be read or breaks a rule: not imported. */
  | 'error';

export interface RowReport {
  /** The row's number in the sheet, as Excel shows it. */
  row: number;
  outcome: RowOutcome;
  /** Who the row is about, for the list (name, and what it joins). */
  title: string;
  /** Person: new, already in the register (with its case number), or the same as an earlier row. */
  person: { kind: 'new' | 'existing' | 'sameAsRow'; row?: number } | null;
  problems: RowMessage[];
  /** Imported, but something was left for the case worker. */
  notes: RowMessage[];
  preview: RowPreview;
}

export interface ImportCounts {
  rows: number;
  create: number;
  join: number;
  skip: number;
  error: number;
  persons: number;
  cases: number;
  decisions: number;
  appointments: number;
  plans: number;
  coordinators: number;
  serviceUnits: number;
  completions: number;
}

export interface ImportReport {
  counts: ImportCounts;
  /** What holds for every row (a value the file never gives, set the same for all). */
  notices: ImportNotice[];
  rows: RowReport[];
}

export interface ImportBatch {
  id: number;
  createdAt: string;
  createdBy: string;
  fileName: string;
  sheetName: string;
  target: ImportTarget;
  counts: ImportCounts;
  undoneAt: string | null;
  undoneBy: string | null;
  /** Undo is possible: not undone, and none of its records changed since. */
  undoable: boolean;
  /** When not undoable while still in place: the first case (number) changed since. */
  changedCase: string | null;
}

export const importsApi = {
  /** Starts reading the file at `path`; poll `imports.file` until it is ready or failed. */
  'imports.open': channel<ImportFile>()(
    z.object({ path: z.string().trim().min(1, { message: 'validation.required' }).max(1000) }),
    ADMIN_ONLY,
  ),
  'imports.file': channel<ImportFile>()(z.object({ fileId }), ADMIN_ONLY),
  /** The columns of a sheet under the header row (suggested when not given). */
  'imports.layout': channel<ImportLayout>()(
    z.object({ ...sheetChoice, headerRow: sheetChoice.headerRow.optional() }),
    ADMIN_ONLY,
  ),
  /** The values of mapped columns that need a register value, with suggestions. */
  'imports.values': channel<ValueField[]>()(importSpec, ADMIN_ONLY),
  /** The dry run: every row as it would be registered, with its problems; nothing is written. */
  'imports.check': channel<ImportReport>()(importSpec, ADMIN_ONLY),
  /** Imports the rows without problems in one transaction, as one batch; saves the mapping. */
  'imports.run': channel<{ batch: ImportBatch; report: ImportReport }>()(importSpec, ADMIN_ONLY),
  /** Forgets the file's cells. */
  'imports.close': channel<null>()(z.object({ fileId }), ADMIN_ONLY),
  'imports.batches': channel<ImportBatch[]>()(z.object({}), ADMIN_ONLY),
  /** Removes everything a batch created, while none of it has changed since. */
  'imports.undo': channel<ImportBatch>()(z.object({ batchId: id }), ADMIN_ONLY),
};
