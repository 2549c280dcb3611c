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
}
