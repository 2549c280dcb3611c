import {
  CHOOSE_BACKUP_FILE_CHANNEL,
  CHOOSE_FOLDER_CHANNEL,
  CHOOSE_IMPORT_FILE_CHANNEL,
} from '@shared/api/bridge';
import backupNb from '@shared/i18n/backup.nb.json';
import importFileNb from '@shared/i18n/importFile.nb.json';

import type { SenderFrame } from './security';

/**
 * "Bla gjennom …" and "Velg mappe …" in the desktop app: the system's open dialog, so nobody
 * has to type a path. The page asks with no arguments and gets back the one path the user
 * chose (or null); what it does with the path goes through the contract like any typed path.
 */

/** A backup file's extension, without the dot. */
export const BACKUP_EXTENSION = 'samordna';

export interface OpenDialogOptions {
  title: string;
  buttonLabel: string;
  filters?: { name: string; extensions: string[] }[];
  properties: ('openFile' | 'openDirectory' | 'createDirectory' | 'dontAddToRecent')[];
}

export interface OpenDialogChoice {
  canceled: boolean;
  filePaths: string[];
}

/** What the handler needs of the web contents that asked: only to own the dialog. */
export type ChooserSender = object;

export interface ChooserEvent {
  readonly senderFrame: SenderFrame | null;
  readonly sender: ChooserSender;
}

/** Electron's dialog, passed in so tests need no Electron. */
export interface ChooserDeps {
  showOpenDialog(sender: ChooserSender, options: OpenDialogOptions): Promise<OpenDialogChoice>;
  /** Failures are logged in main, never sent to the page. */
  log(error: unknown): void;
}

export interface IpcMainForChoosers {
  handle(channel: string, listener: (event: ChooserEvent, ...args: unknown[]) => Promise<unknown>): void;
}

const texts = backupNb.backup.dialog;

export function backupFileDialogOptions(): OpenDialogOptions {
  return {
    title: texts.chooseFile,
    buttonLabel: texts.choose,
    filters: [
      { name: texts.fileFilter, extensions: [BACKUP_EXTENSION] },
      { name: texts.allFiles, extensions: ['*'] },
    ],
    properties: ['openFile', 'dontAddToRecent'],
  };
}

/** A workbook to import: what the reader takes; the reader judges by content, not by the name. */
export function importFileDialogOptions(): OpenDialogOptions {
  return {
    title: importFileNb.importFile.dialog.chooseFile,
    buttonLabel: texts.choose,
    filters: [
      { name: importFileNb.importFile.dialog.fileFilter, extensions: ['xlsx', 'xlsm', 'csv', 'txt'] },
      { name: texts.allFiles, extensions: ['*'] },
    ],
    properties: ['openFile', 'dontAddToRecent'],
  };
}

export function folderDialogOptions(): OpenDialogOptions {
  return {
    title: texts.chooseFolder,
    buttonLabel: texts.choose,
    properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
  };
}

/** Opens the dialog for the sender; the chosen path, or null when cancelled or failed. */
export async function choosePath(
  event: ChooserEvent,
  options: OpenDialogOptions,
  deps: ChooserDeps,
): Promise<string | null> {
  try {
    const choice = await deps.showOpenDialog(event.sender, options);
    const chosen = choice.filePaths[0];
    return choice.canceled || typeof chosen !== 'string' || chosen === '' ? null : chosen;
  } catch (error) {
    deps.log(error);
    return null;
  }
}

/** The IPC handlers of the choosers, with the sender frame checked like every contract channel. */
export function registerChoosers(
  ipcMain: IpcMainForChoosers,
  deps: ChooserDeps,
  isTrusted: (frame: SenderFrame | null) => boolean,
): void {
  const dialogs = [
    [CHOOSE_BACKUP_FILE_CHANNEL, backupFileDialogOptions],
    [CHOOSE_FOLDER_CHANNEL, folderDialogOptions],
    [CHOOSE_IMPORT_FILE_CHANNEL, importFileDialogOptions],
  ] as const;
  for (const [channel, options] of dialogs) {
    ipcMain.handle(channel, async (event) => {
      if (!isTrusted(event.senderFrame)) return null;
      return choosePath(event, options(), deps);
    });
  }
}
