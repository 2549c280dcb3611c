import { contextBridge, ipcRenderer } from 'electron';
import errorsNb from '../../shared/i18n/errors.nb.json';
import { isChannelName } from '../../shared/api';
import { SAVE_PDF_CHANNEL, type SamordnaBridge, type SavePdfOutcome } from '../../shared/api/bridge';

const UNKNOWN_CHANNEL = {
  ok: false,
  error: { code: 'UNKNOWN_CHANNEL', message: errorsNb.UNKNOWN_CHANNEL },
} as const;

/**
 * window.samordna: one invoke over the contract's channels, and saving the page as PDF. Unknown
 * channel names never reach ipcRenderer, so page script cannot use the bridge to probe other IPC;
 * the PDF call carries only a suggested file name (main asks the user where to save).
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
  } satisfies SamordnaBridge;
}

contextBridge.exposeInMainWorld('samordna', createBridge(ipcRenderer));
