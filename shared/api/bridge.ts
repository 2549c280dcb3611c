import type { ChannelName, Input, Output } from './index';
import type { Result } from './errors';

/**
 * What the preload exposes as `window.samordna`, and what the host client implements over HTTP.
 * Calls never reject for an application error: they resolve to a Result.
 */
export interface SamordnaBridge {
  invoke<K extends ChannelName>(channel: K, input: Input<K>): Promise<Result<Output<K>>>;
  /** Where the bridge runs: the desktop app, or the loopback host used by demo and tests. */
  readonly kind: 'electron' | 'host';
  /**
   * Desktop only: saves the page on screen as an A4 PDF where the user chooses in the save
   * dialog; `suggestedName` only fills the dialog. Absent in the host, where the browser's own
   * print dialog saves PDF.
   */
  savePdf?(suggestedName: string): Promise<SavePdfOutcome>;
}

/**
 * The IPC channel of `savePdf`: outside the contract (core has no part in it), named so that no
 * contract channel can take it.
 */
export const SAVE_PDF_CHANNEL = 'window:savePdf';

/** The file's name only, never its folder: the page does not learn the user's disk. */
export type SavePdfOutcome =
  { status: 'saved'; fileName: string } | { status: 'cancelled' } | { status: 'failed' };
