import { existsSync } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

import type { ArchiveContents, ArchiveCopyOutcome } from '@shared/api/archive';
import type { Result } from '@shared/api/errors';
import type { ChannelName, Input, Output } from '@shared/api/index';
import archiveNb from '@shared/i18n/archive.nb.json' with { type: 'json' };
import lettersNb from '@shared/i18n/letters.nb.json' with { type: 'json' };

import { syncFolder } from '../storage/atomicWrite';
import { eventsFileName, freeFolderName, letterFileName, overviewFileName } from './archiveNames';
import { archiveWords } from './archiveWords';
import { toPdfA, type PdfAMeta } from './pdfA';

/**
 * Makes a case's archive package in a new folder inside the one the user chose: the case
 * overview and every letter as PDF/A, and the events as CSV, named with the case number and
 * the date. Shared by the desktop (a hidden window renders) and the host (headless Chromium).
 * Every document is rendered before anything is written; each file is written under a
 * temporary name, owner-only (0o600, the folder 0o700, as the register export and backups), synced
 * to disk and renamed, and the folder is synced before the copy is recorded; on any failure the
 * new folder goes again and nothing is recorded, so a run leaves either the whole package on disk
 * and its record, or nothing. The record takes the ticket core gave with the contents.
 */

export interface ArchivePackageDeps {
  /** Core's dispatch, as the window's calls reach it (the session is the user's). */
  dispatch(channel: ChannelName, input: unknown): Promise<Result<unknown>>;
  /** The print layout at this route (`#/print/sak/12`) as Chromium prints it to PDF. */
  renderPdf(route: string): Promise<Uint8Array>;
  /** The language the documents are rendered in. */
  language: PdfAMeta['language'];
  now(): Date;
  /** Defaults to the real ones; tests pass their own to fail on purpose. */
  toPdfA?: typeof toPdfA;
  /** Writes a new file and syncs it to disk (writeSynced); tests pass their own to fail on purpose. */
  writeFile?: (file: string, data: Uint8Array | string) => Promise<void>;
  /** Syncs the folder's entries to disk once every file is renamed (syncFolder). */
  syncFolder?: (folder: string) => void;
  /** Failures are logged by the caller's log, never sent to the page with their details. */
  log?(error: unknown): void;
}

interface Document {
  fileName: string;
  route: string;
  title: string;
}

const texts = archiveWords.document;

export function packageDocuments(contents: ArchiveContents): Document[] {
  const stem = contents.fileStem;
  return [
    {
      fileName: overviewFileName(stem),
      route: `#/print/sak/${contents.caseId}`,
      title: texts.overview.replace('{{caseNumber}}', contents.caseNumber),
    },
    ...contents.letters.map((letter, i) => ({
      fileName: letterFileName(stem, letter, i + 1),
      route: `#/print/brev/${letter.id}`,
      title: texts.letter
        .replace('{{kind}}', lettersNb.letters.kind[letter.kind])
        .replace('{{date}}', letter.date)
        .replace('{{caseNumber}}', contents.caseNumber),
    })),
  ];
}

function call<K extends ChannelName>(deps: ArchivePackageDeps, channel: K, input: Input<K>) {
  return deps.dispatch(channel, input) as Promise<Result<Output<K>>>;
}

class Step extends Error {
  constructor(
    readonly outcome: Extract<ArchiveCopyOutcome, { status: 'failed' }>,
    readonly original?: unknown,
  ) {
    super(outcome.reason);
  }
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

/** Makes the new folder: the stem, or `stem (2)` … when taken (also by a run at the same time). */
async function newFolder(parent: string, stem: string): Promise<string> {
  for (;;) {
    const target = path.join(
      parent,
      freeFolderName(stem, (name) => existsSync(path.join(parent, name))),
    );
    try {
      await mkdir(target, { mode: 0o700 });
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

async function renderAll(contents: ArchiveContents, deps: ArchivePackageDeps) {
  const convert = deps.toPdfA ?? toPdfA;
  const rendered: { fileName: string; data: Uint8Array }[] = [];
  for (const doc of packageDocuments(contents)) {
    try {
      const pdf = await deps.renderPdf(doc.route);
      const data = await convert(pdf, {
        title: doc.title,
        author: contents.municipality,
        language: deps.language,
        created: deps.now(),
        subject: archiveNb.archive.section.title,
      });
      rendered.push({ fileName: doc.fileName, data });
    } catch (error) {
      throw new Step({ status: 'failed', reason: 'renderFailed' }, error);
    }
  }
  return rendered;
}

/** A new file (never over one), owner-only, on disk before it resolves. */
export async function writeSynced(file: string, data: Uint8Array | string): Promise<void> {
  const handle = await open(file, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeAll(
  folder: string,
  files: { fileName: string; data: Uint8Array | string }[],
  deps: ArchivePackageDeps,
) {
  const write = deps.writeFile ?? writeSynced;
  for (const { fileName, data } of files) {
    const temp = path.join(folder, `.${fileName}.part`);
    await write(temp, data);
    await rename(temp, path.join(folder, fileName));
  }
  // The renames, and the new folder itself, are on disk before the copy is recorded (Windows
  // cannot sync a folder; NTFS journals them itself).
  const sync = deps.syncFolder ?? syncFolder;
  sync(folder);
  sync(path.dirname(folder));
}

export async function makeArchivePackage(
  caseId: number,
  parent: string,
  deps: ArchivePackageDeps,
): Promise<ArchiveCopyOutcome> {
  let made: string | null = null;
  try {
    if (!path.isAbsolute(parent) || !(await isFolder(parent)))
      return { status: 'failed', reason: 'folderMissing' };
    const read = await call(deps, 'archive.contents', { caseId });
    if (!read.ok) return { status: 'failed', reason: 'refused', message: read.error.message };
    const contents = read.data;
    const documents = await renderAll(contents, deps);
    try {
      made = await newFolder(parent, contents.fileStem);
      await writeAll(
        made,
        [...documents, { fileName: eventsFileName(contents.fileStem), data: contents.csv }],
        deps,
      );
    } catch (error) {
      throw new Step({ status: 'failed', reason: 'writeFailed' }, error);
    }
    const recorded = await call(deps, 'archive.record', {
      caseId,
      documents: documents.length,
      ticket: contents.ticket,
    });
    if (!recorded.ok)
      throw new Step({ status: 'failed', reason: 'refused', message: recorded.error.message });
    return { status: 'made', folder: made, files: documents.length + 1, copy: recorded.data };
  } catch (error) {
    if (made) await rm(made, { recursive: true, force: true }).catch(() => undefined);
    const original = error instanceof Step ? error.original : error;
    if (original !== undefined) deps.log?.(original);
    return error instanceof Step ? error.outcome : { status: 'failed', reason: 'failed' };
  }
}
