import { accessSync, constants, existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { RegisterExportResult } from '@shared/api/registerExport';
import { todayIso } from '@shared/domain/calendar';

import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import { CoreError } from '../errors';
import { LATEST_VERSION } from '../migrations/index';
import { getSetting } from '../settings/settingsRepo';
import { replaceAtomically } from '../storage/atomicWrite';
import { isNetworkPath } from '../storage/paths';
import { countSheets, registerIsEmpty } from './exportSheets';
import { readCheckedExport, writeCheckedExport } from './loadExport';
import { csvZipBytes, exportCounts, readExport, workbookBytes } from './writeExport';

/**
 * Innstillinger → Eksport (administrators): the whole register written out as a workbook and a
 * zip of CSV files where the administrator chooses (a USB stick or a share: a network path is
 * fine here, unlike for the register itself), and such a workbook read back into an empty
 * register. Each is one audit row naming the counts, never a value.
 */

type FolderProblem = 'folderNotAbsolute' | 'folderMissing' | 'folderNotWritable';
const folderRefusal = (problem: FolderProblem) =>
  new CoreError('VALIDATION', { folder: `registerExport.write.${problem}` });

function checkFolder(folder: string): void {
  // A relative path would depend on where the program was started from.
  if (!path.isAbsolute(folder) && !isNetworkPath(folder)) throw folderRefusal('folderNotAbsolute');
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // not there, or not ours to look at
  }
  if (!isFolder) throw folderRefusal('folderMissing');
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw folderRefusal('folderNotWritable');
  }
}

/** `Samordna-eksport-<day>.xlsx` and `…-csv.zip`, with `-2`, `-3` … until neither is taken. */
export function freeNames(folder: string, day: string): { xlsx: string; zip: string } {
  for (let n = 1; ; n++) {
    const base = `Samordna-eksport-${day}${n === 1 ? '' : `-${n}`}`;
    const names = { xlsx: `${base}.xlsx`, zip: `${base}-csv.zip` };
    if (!existsSync(path.join(folder, names.xlsx)) && !existsSync(path.join(folder, names.zip))) return names;
  }
}

const isFileSystemError = (error: unknown) =>
  error instanceof Error &&
  !(error instanceof CoreError) &&
  'code' in error &&
  typeof error.code === 'string' &&
  /^E[A-Z]+$/.test(error.code);

const countFields = (counts: Record<string, number>) => Object.entries(counts).map(([k, n]) => `${k}:${n}`);

async function writeRegisterExport(ctx: Ctx, folder: string): Promise<RegisterExportResult> {
  checkFolder(folder);
  const { db, user } = session(ctx);
  const now = ctx.config.now();
  const data = readExport(db, {
    municipality: getSetting(db, 'municipality.name'),
    date: todayIso(now),
    at: now.toISOString(),
    by: `${user.displayName} (${user.username})`,
    schemaVersion: LATEST_VERSION,
  });
  const files = [
    { kind: 'xlsx' as const, bytes: await workbookBytes(data) },
    { kind: 'zip' as const, bytes: csvZipBytes(data) },
  ];
  const counts = exportCounts(data);
  const names = freeNames(folder, data.facts.date);
  const written: string[] = [];
  try {
    // The audit row commits only when both files are in place: no export leaves unlogged.
    inTransaction(ctx, () => {
      audit(ctx, { action: 'export', entity: 'register', fields: countFields(counts) });
      for (const file of files) {
        const target = path.join(folder, names[file.kind]);
        replaceAtomically(target, (temp) => writeFileSync(temp, file.bytes, { mode: 0o600, flag: 'wx' }));
        written.push(target);
      }
    });
  } catch (error) {
    for (const file of written) rmSync(file, { force: true });
    // The file system said no (EACCES, EPERM, EROFS, ENOSPC …): the folder is the problem.
    if (isFileSystemError(error)) throw folderRefusal('folderNotWritable');
    throw error;
  }
  return {
    files: files.map((f) => ({ fileName: names[f.kind], bytes: f.bytes.length })),
    counts,
  };
}

async function loadRegisterExport(ctx: Ctx, file: string): Promise<{ counts: Record<string, number> }> {
  const { db } = session(ctx);
  const checked = await readCheckedExport(db, file, ctx.config.allowSyntheticIds);
  return inTransaction(ctx, (tx) => {
    const counts = writeCheckedExport(tx, checked, ctx.today());
    audit(ctx, { action: 'import', entity: 'register', fields: countFields(counts) });
    return { counts };
  });
}

export const registerExportHandlers: FeatureHandlers<'registerExport'> = {
  'registerExport.status': (ctx) => {
    const { db } = session(ctx);
    return { empty: registerIsEmpty(db), counts: countSheets(db) };
  },
  'registerExport.write': (ctx, input) => writeRegisterExport(ctx, input.folder),
  'registerExport.load': (ctx, input) => loadRegisterExport(ctx, input.path),
};
