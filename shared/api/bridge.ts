import type { ArchiveCopyOutcome } from './archive';
import type { Result } from './errors';
import type { ChannelName, Input, Output } from './index';

/**
 * What the preload exposes as `window.samordna`, and what the host client implements over HTTP.
 * Calls never reject for an application error: they resolve to a Result.
 */
export interface SamordnaBridge {
  invoke<K extends ChannelName>(channel: K, input: Input<K>): Promise<Result<Output<K>>>;
  /** Where the bridge runs: the desktop app, or the loopback host used by demo and tests. */
  readonly kind: 'electron' | 'host';
  /**
   * Desktop only: saves the page on screen as an A4 PDF/A-2 archive copy where the user chooses
   * in the save dialog; `fileName` only fills the dialog, `title` and `language` go into the
   * file's metadata (main checks all three). Absent in the host, where the browser's own print
   * dialog saves PDF.
   */
  savePdf?(request: SavePdfRequest): Promise<SavePdfOutcome>;
  /**
   * Desktop only: the system's open dialog for a backup file (`.samordna`); resolves with the
   * chosen file's full path, or null when the user cancels. Absent in the host, where the path
   * is typed.
   */
  chooseBackupFile?(): Promise<string | null>;
  /** Desktop only: the system's open dialog for a workbook to import (.xlsx, .xlsm, .csv). */
  chooseImportFile?(): Promise<string | null>;
  /** Desktop only: the system's folder dialog (the second place for backups); null on cancel. */
  chooseFolder?(): Promise<string | null>;
  /**
   * Makes the archive package of a case (its overview and letters as PDF/A, its events as CSV)
   * in a new folder inside the one chosen: on the desktop in the system's folder dialog (`folder`
   * is not sent), in the host the folder typed. Never rejects.
   */
  makeArchiveCopy?(caseId: number, folder?: string): Promise<ArchiveCopyOutcome>;
  /**
   * Desktop only: the preferences the window uses (language, last user name), kept by main in
   * preferences.json. Absent in the host, where the language stays in localStorage.
   */
  preferences?(): Promise<WindowPreferences>;
  /** Desktop only: keeps the fields given; a value main does not accept is ignored. */
  setPreferences?(patch: Partial<WindowPreferences>): Promise<void>;
  /**
   * Desktop only: an unexpected error in the window, for main's error log and calm message;
   * resolves with the incident id, or null when main refused the report. Only the error's class
   * name and its stack are sent; main keeps the stack frames that point into the app and writes
   * neither the message nor any value.
   */
  reportError?(report: RendererErrorReport): Promise<string | null>;
  /**
   * Desktop only: `flush` runs when main is about to lock or close the register on its own
   * account (Windows locks the screen, the PC sleeps, the app quits), to write the drafts still
   * waiting for their delay; main goes on once it has resolved, or after a short wait. Returns
   * the unsubscribe.
   */
  onFlushDrafts?(flush: () => Promise<void>): () => void;
}

export interface WindowPreferences {
  language: 'nb' | 'nn' | 'en' | null;
  lastUserName: string | null;
}

export const RENDERER_ERROR_EVENTS = ['error', 'unhandledrejection'] as const;

export interface RendererErrorReport {
  /** Which window event caught it. */
  event: (typeof RENDERER_ERROR_EVENTS)[number];
  /** The error's class name (TypeError), or '' for something thrown that is not an Error. */
  kind: string;
  /** The error's stack as the engine printed it; main drops every line that is not a frame. */
  stack: string;
}

/**
 * The IPC channel of `savePdf`: outside the contract (core has no part in it), named so that no
 * contract channel can take it.
 */
export const SAVE_PDF_CHANNEL = 'window:savePdf';

/** The IPC channels of the two choosers: outside the contract, like `savePdf`. */
export const CHOOSE_BACKUP_FILE_CHANNEL = 'window:chooseBackupFile';
export const CHOOSE_FOLDER_CHANNEL = 'window:chooseFolder';
export const CHOOSE_IMPORT_FILE_CHANNEL = 'window:chooseImportFile';

/** The IPC channel of `makeArchiveCopy`: outside the contract, like `savePdf`. */
export const MAKE_ARCHIVE_COPY_CHANNEL = 'window:makeArchiveCopy';

/** The channels of the preferences and the error report: outside the contract, like `savePdf`. */
export const PREFERENCES_CHANNEL = 'window:preferences';
export const SET_PREFERENCES_CHANNEL = 'window:setPreferences';
export const REPORT_ERROR_CHANNEL = 'window:reportError';

/**
 * Main asks the window to write its waiting drafts (sent to the window with a number), and the
 * window answers with that number once they are written: outside the contract, like `savePdf`.
 */
export const FLUSH_DRAFTS_CHANNEL = 'window:flushDrafts';
export const DRAFTS_FLUSHED_CHANNEL = 'window:draftsFlushed';

/** What the page asks of `savePdf`: at most 300 characters each, a language the UI has. */
export interface SavePdfRequest {
  /** Suggested file name, without folder. */
  fileName: string;
  /** The document's title, for the PDF's metadata. */
  title: string;
  /** The UI language, the PDF's language. */
  language: 'nb' | 'nn' | 'en';
}

/** The file's name only, never its folder: the page does not learn the user's disk. */
export type SavePdfOutcome =
  { status: 'saved'; fileName: string } | { status: 'cancelled' } | { status: 'failed' };
