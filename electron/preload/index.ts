import { contextBridge, ipcRenderer } from 'electron';

import { isChannelName } from '@shared/api';
import type { ArchiveCopyOutcome } from '@shared/api/archive';
import {
  CHOOSE_BACKUP_FILE_CHANNEL,
  CHOOSE_FOLDER_CHANNEL,
  CHOOSE_IMPORT_FILE_CHANNEL,
  DRAFTS_FLUSHED_CHANNEL,
  FLUSH_DRAFTS_CHANNEL,
  MAKE_ARCHIVE_COPY_CHANNEL,
  PREFERENCES_CHANNEL,
  REPORT_ERROR_CHANNEL,
  SAVE_PDF_CHANNEL,
  SET_PREFERENCES_CHANNEL,
  type RendererErrorReport,
  type SamordnaBridge,
  type SavePdfOutcome,
  type SavePdfRequest,
  type WindowPreferences,
} from '@shared/api/bridge';
import errorsNb from '@shared/i18n/errors.nb.json';

const UNKNOWN_CHANNEL = {
  ok: false,
  error: { code: 'UNKNOWN_CHANNEL', message: errorsNb.UNKNOWN_CHANNEL },
} as const;

/** Only plain strings of bounded length cross to main, whatever the page passed. */
function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** The stack's frame lines ("    at …") only: the message line(s) before them stay in the page. */
export function frameLines(stack: unknown): string {
  return text(stack, 20_000)
    .split('\n')
    .filter((line) => /^\s*at /.test(line))
    .join('\n')
    .slice(0, 8_000);
}

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** The part of ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

/**
 * window.samordna: one invoke over the contract's channels, saving the page as PDF, the open
 * dialogs, two preferences, error reports and main's request to write the drafts. Unknown channel
 * names never reach ipcRenderer, so page script cannot use the bridge to probe other IPC; the PDF
 * call carries only a suggested file name (main asks the user where to save), and the choosers
 * carry nothing (main asks the user what to open). An error report carries the error's class name
 * and its stack's frame lines, never the message. The page listens to one channel only, through
 * `onFlushDrafts`, and never sees the IPC event.
 */
export function createBridge(ipc: IpcRendererLike) {
  return {
    kind: 'electron',
    invoke(channel, input) {
      if (!isChannelName(channel)) return Promise.resolve(UNKNOWN_CHANNEL);
      return ipc.invoke(channel, input) as ReturnType<SamordnaBridge['invoke']>;
    },
    savePdf(request) {
      // Plain strings only, whatever the page passed; main checks them again.
      const r = (request ?? {}) as Partial<Record<keyof SavePdfRequest, unknown>>;
      return ipc.invoke(SAVE_PDF_CHANNEL, {
        fileName: text(r.fileName, 300),
        title: text(r.title, 300),
        language: text(r.language, 2),
      }) as Promise<SavePdfOutcome>;
    },
    chooseBackupFile() {
      return ipc.invoke(CHOOSE_BACKUP_FILE_CHANNEL) as Promise<string | null>;
    },
    chooseFolder() {
      return ipc.invoke(CHOOSE_FOLDER_CHANNEL) as Promise<string | null>;
    },
    chooseImportFile() {
      return ipc.invoke(CHOOSE_IMPORT_FILE_CHANNEL) as Promise<string | null>;
    },
    // Only the case id: main asks the user for the folder.
    makeArchiveCopy(caseId) {
      return ipc.invoke(MAKE_ARCHIVE_COPY_CHANNEL, Number(caseId)) as Promise<ArchiveCopyOutcome>;
    },
    preferences() {
      return ipc.invoke(PREFERENCES_CHANNEL) as Promise<WindowPreferences>;
    },
    async setPreferences(patch) {
      const sent: Record<string, unknown> = {};
      if (patch.language !== undefined) sent.language = text(patch.language, 10);
      if (patch.lastUserName !== undefined) sent.lastUserName = text(patch.lastUserName, 100);
      await ipc.invoke(SET_PREFERENCES_CHANNEL, sent);
    },
    reportError(report) {
      const sent: RendererErrorReport = {
        event: report.event === 'unhandledrejection' ? 'unhandledrejection' : 'error',
        kind: text(report.kind, 100),
        stack: frameLines(report.stack),
      };
      return ipc.invoke(REPORT_ERROR_CHANNEL, sent) as Promise<string | null>;
    },
    onFlushDrafts(flush) {
      const listener: IpcListener = (_event, id) => {
        if (typeof id !== 'number' || !Number.isSafeInteger(id)) return;
        // Main goes on when it hears back, whether the drafts were written or not.
        void (async () => {
          try {
            await flush();
          } catch {
            // Nothing to do: main locks or closes regardless.
          }
          await ipc.invoke(DRAFTS_FLUSHED_CHANNEL, id);
        })().catch(() => undefined);
      };
      ipc.on(FLUSH_DRAFTS_CHANNEL, listener);
      return () => {
        ipc.removeListener(FLUSH_DRAFTS_CHANNEL, listener);
      };
    },
  } satisfies SamordnaBridge;
}

contextBridge.exposeInMainWorld('samordna', createBridge(ipcRenderer));
