import { z } from 'zod';

import type { Right } from '../domain/case';
import { CASE_WORKERS, channel } from './channel';
import { id } from './fields';
import type { LetterKind } from './letters';

/**
 * The archive copy of a case (DOMAIN.md 9; DESIGN.md 13): the register is a working register,
 * and a case is handed to the municipality's sak/arkiv system by the case worker as PDF/A
 * documents (the case overview and every letter) plus a CSV of its events. Core gives what the
 * package holds and records that it was made; main (or the host) renders and writes the files.
 */

/** One letter of the case, to be rendered from `#/print/brev/<id>`. */
export interface ArchiveLetter {
  id: number;
  kind: LetterKind;
  /** The right of a decision letter, while its decision is recorded. */
  right: Right | null;
  date: string;
}

/** What a case's archive package holds, read (and logged as an export) in one transaction. */
export interface ArchiveContents {
  caseId: number;
  caseNumber: string;
  closed: boolean;
  /** The date of the closing in force; null for an open case. */
  closedDate: string | null;
  /** Oldest first, as they were sent. */
  letters: ArchiveLetter[];
  /** `2026-0012_2026-12-06`: the case number and today's date, safe as a Windows file name. */
  fileStem: string;
  /** The author of every document: the municipality. */
  municipality: string;
  /** The case's events, RFC 4180 with a UTF-8 BOM, a header row in bokmål. */
  csv: string;
  today: string;
  /**
   * What `archive.record` must be given: single use, for this case, in this session, for 10
   * minutes. Kept in core's memory only, so a copy is recorded only after its contents were read
   * (and logged as an export) moments before; see docs/architecture.md, "Archive copy".
   */
  ticket: string;
}

/** The latest archive copy of a case, as the case page shows it. */
export interface ArchiveCopy {
  id: number;
  caseId: number;
  madeAt: string;
  /** The display name of who made it; empty when that user is gone. */
  madeBy: string;
  documents: number;
}

export const archiveRecordInput = z.object({
  caseId: id,
  /** The PDF/A documents written: the overview and each letter (the CSV is not counted). */
  documents: z.number().int().min(1).max(10_000),
  /** The ticket `archive.contents` gave for this package. */
  ticket: z.string().min(1).max(100),
});

export const archiveApi = {
  'archive.contents': channel<ArchiveContents>()(z.object({ caseId: id }), CASE_WORKERS),
  'archive.record': channel<ArchiveCopy>()(archiveRecordInput, CASE_WORKERS),
};

/**
 * What both shells wait for before they print a layout of the package: `PrintPage` has its data
 * (`data-print-ready`), the fonts are loaded and every image (the letterhead's logo) is decoded.
 * Run in the page; true when ready.
 */
export const PRINT_READY_SCRIPT =
  "document.querySelector('[data-print-ready=\"true\"]') !== null && document.fonts.status === 'loaded' && " +
  'Array.from(document.images).every((image) => image.complete)';

/** Why a package was not made; each has a text `archive.failure.<reason>`. */
export const archiveFailures = [
  /** The chosen folder is not there, or is not a folder. */
  'folderMissing',
  /** The demo only: the folder typed is a network share (`\\server\share`, `//server/share`). */
  'folderOnNetwork',
  /** A document could not be rendered (or did not get ready in time). */
  'renderFailed',
  /** A file could not be written (no room, no permission). */
  'writeFailed',
  /** The host has no Chromium to render with. */
  'chromiumMissing',
  /** Core refused (no session, not allowed, no such case): the message says which. */
  'refused',
  /** Anything else; main's log has it. */
  'failed',
] as const;
export type ArchiveFailure = (typeof archiveFailures)[number];

/** What making a package came to. `folder` is the new folder's full path, which the user chose. */
export type ArchiveCopyOutcome =
  | { status: 'made'; folder: string; files: number; copy: ArchiveCopy }
  | { status: 'cancelled' }
  | { status: 'failed'; reason: ArchiveFailure; message?: string };
