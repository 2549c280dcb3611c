import i18next from 'i18next';

import type { ArchiveCopyOutcome } from '@shared/api/archive';
import type { SamordnaBridge, SavePdfOutcome, SavePdfRequest } from '@shared/api/bridge';
import type { ApiErrorShape } from '@shared/api/errors';
import type { ChannelName, Input, Output } from '@shared/api/index';

import { createHostBridge } from './hostBridge';

declare global {
  interface Window {
    samordna?: SamordnaBridge;
  }
}

/** An application error from core, carried to the component that caused it. */
export class ApiError extends Error {
  readonly code: ApiErrorShape['code'];
  readonly fields: Record<string, string>;
  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.fields = shape.fields ?? {};
  }
}

let bridge: SamordnaBridge | undefined;

function getBridge(): SamordnaBridge {
  bridge ??= window.samordna ?? createHostBridge(window.location, window.history, window.sessionStorage);
  return bridge;
}

/** Tests put a fake bridge in place. */
export function setBridge(next: SamordnaBridge | undefined): void {
  bridge = next;
}

export function bridgeKind(): SamordnaBridge['kind'] {
  return getBridge().kind;
}

/** The desktop app's "save as PDF" (PDF/A), or undefined where the browser's print dialog does it. */
export function pdfSaver(): ((request: SavePdfRequest) => Promise<SavePdfOutcome>) | undefined {
  const b = getBridge();
  return b.savePdf?.bind(b);
}

/**
 * Desktop: `flush` runs when main is about to lock or close the register (Windows locks the
 * screen, the PC sleeps, the app quits). Returns the unsubscribe; the host never asks.
 */
export function onFlushRequest(flush: () => Promise<void>): () => void {
  const b = getBridge();
  return b.onFlushDrafts?.(flush) ?? (() => undefined);
}

/** The desktop app's open dialogs, or undefined in the host, where a path is typed. */
export function fileChoosers(): {
  backupFile?: () => Promise<string | null>;
  folder?: () => Promise<string | null>;
  importFile?: () => Promise<string | null>;
} {
  const b = getBridge();
  return {
    backupFile: b.chooseBackupFile?.bind(b),
    folder: b.chooseFolder?.bind(b),
    importFile: b.chooseImportFile?.bind(b),
  };
}

/**
 * "Lag arkivkopi": the desktop asks for the folder in the system dialog; the host needs one typed
 * (`needsFolder`). Undefined where neither can make it.
 */
export function archiveCopier():
  | { make: (caseId: number, folder?: string) => Promise<ArchiveCopyOutcome>; needsFolder: boolean }
  | undefined {
  const b = getBridge();
  if (!b.makeArchiveCopy) return undefined;
  return { make: b.makeArchiveCopy.bind(b), needsFolder: b.kind === 'host' };
}

/** Calls one channel; resolves with its output or rejects with an ApiError. */
export async function call<K extends ChannelName>(channel: K, input: Input<K>): Promise<Output<K>> {
  let result;
  try {
    result = await getBridge().invoke(channel, input);
  } catch {
    throw new ApiError({ code: 'INTERNAL', message: i18next.t('app.connectionLost') });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.data;
}
