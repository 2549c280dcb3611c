import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';

import type { ImportFile, ImportNotice, RawCell } from '@shared/api/imports';

import { session, type Ctx } from '../context';
import { CoreError } from '../errors';
import type { OpenSession } from '../session/openSession';
import { ImportRefusal, readImportFile, type RawSheet, type RawWorkbook } from './readFile';

/**
 * The files the wizard has open, kept in memory with the session that opened them: personal data
 * from the file never outlives the session (locking or logging out drops the session object, and
 * with it everything read), and is never written anywhere before the import itself.
 */
interface OpenFile {
  fileId: string;
  fileName: string;
  format: 'xlsx' | 'csv';
  state: ImportFile['state'];
  progress: { done: number; total: number };
  workbook: RawWorkbook | null;
  error: ImportNotice | null;
}

const files = new WeakMap<OpenSession, Map<string, OpenFile>>();
/** A wizard keeps one file; a few more are allowed (another tab of the wizard), never many. */
const MAX_OPEN_FILES = 3;

function openFiles(ctx: Ctx): Map<string, OpenFile> {
  const current = session(ctx);
  let map = files.get(current);
  if (!map) {
    map = new Map();
    files.set(current, map);
  }
  return map;
}

function describe(file: OpenFile): ImportFile {
  return {
    fileId: file.fileId,
    fileName: file.fileName,
    format: file.format,
    state: file.state,
    progress: file.progress,
    sheets: (file.workbook?.sheets ?? []).map((s, index) => ({
      index,
      name: s.name,
      hidden: s.hidden,
      rows: s.rows.length,
      columns: s.rows.reduce((n, r) => Math.max(n, r.length), 0),
    })),
    notices: file.workbook?.notices ?? [],
    error: file.error,
  };
}

function refusal(error: unknown): ImportNotice {
  if (error instanceof ImportRefusal) return error.notice;
  // Anything the reader did not foresee is still a refusal of this file, never a crash of core.
  console.error('[samordna] import read failed', error);
  return { key: 'importFile.refused.unreadable' };
}

/**
 * Starts reading the file and answers at once: the reading yields now and then, so other calls
 * (the wizard's polling, the idle check) go on meanwhile. The reading touches no database.
 */
export function openImportFile(ctx: Ctx, path: string): ImportFile {
  const map = openFiles(ctx);
  while (map.size >= MAX_OPEN_FILES) map.delete(map.keys().next().value!);
  const fileName = basename(path.replace(/\\/g, '/'));
  const file: OpenFile = {
    fileId: randomBytes(16).toString('hex'),
    fileName,
    format: /\.(csv|txt)$/i.test(fileName) ? 'csv' : 'xlsx',
    state: 'reading',
    progress: { done: 0, total: 0 },
    workbook: null,
    error: null,
  };
  map.set(file.fileId, file);
  readImportFile(path, (done, total) => {
    file.progress = { done, total };
  }).then(
    (workbook) => {
      file.workbook = workbook;
      file.format = workbook.format;
      file.state = 'ready';
    },
    (error: unknown) => {
      file.error = refusal(error);
      file.state = 'failed';
    },
  );
  return describe(file);
}

export function importFileState(ctx: Ctx, fileId: string): ImportFile {
  return describe(requireFile(ctx, fileId));
}

export function closeImportFile(ctx: Ctx, fileId: string): void {
  openFiles(ctx).delete(fileId);
}

function requireFile(ctx: Ctx, fileId: string): OpenFile {
  const file = openFiles(ctx).get(fileId);
  if (!file) throw new CoreError('NOT_FOUND');
  return file;
}

/** The sheet of a file that has been read; NOT_FOUND while reading, after a failure or a lock. */
export function readSheet(ctx: Ctx, fileId: string, sheet: number): { file: OpenFile; sheet: RawSheet } {
  const file = requireFile(ctx, fileId);
  const found = file.workbook?.sheets[sheet];
  if (file.state !== 'ready' || !found) throw new CoreError('NOT_FOUND');
  return { file, sheet: found };
}

export const isBlankRow = (row: readonly RawCell[] | undefined): boolean =>
  !row || row.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
