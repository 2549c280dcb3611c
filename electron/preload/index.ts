import { contextBridge, ipcRenderer } from 'electron';
import errorsNb from '../../shared/i18n/errors.nb.json';
import { isChannelName } from '../../shared/api';
import {
  CHOOSE_BACKUP_FILE_CHANNEL,
  CHOOSE_FOLDER_CHANNEL,
  CHOOSE_IMPORT_FILE_CHANNEL,
  SAVE_PDF_CHANNEL,
  type SamordnaBridge,
  type SavePdfOutcome,
} from '../../shared/api/bridge';

const UNKNOWN_CHANNEL = {
  ok: false,
  error: { code: 'UNKNOWN_CHANNEL', message: errorsNb.UNKNOWN_CHANNEL },
} as const;

/**
 * window.samordna: one invoke over the contract's channels, saving the page as PDF, and the two
 * open dialogs. Unknown channel names never reach ipcRenderer, so page script cannot use the
 * bridge to probe other IPC; the PDF call carries only a suggested file name (main asks the user
 * where to save), and the choosers carry nothing (main asks the user what to open).
 */
export function createBridge(ipc: { invoke(channel: string, ...args: unknown[]): Promise<unknown> }) {
  return {
    kind: 'electron',
    invoke(channel, input) {
      if (!isChannelName(channel)) return Promise.resolve(UNKNOWN_CHANNEL);
      return ipc.invoke(channel, input) as ReturnType<SamordnaBridge['invoke']>;
    },
    savePdf(suggestedName) {
      return ipc.invoke(SAVE_PDF_CHANNEL, String(suggestedName)) as Promise<SavePdfOutcome>;
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
  } satisfies SamordnaBridge;
}

contextBridge.exposeInMainWorld('samordna', createBridge(ipcRenderer));
