import { channelNames, type Result } from '@shared/api';
import desktopNb from '@shared/i18n/desktop.nb.json';
import errorsNb from '@shared/i18n/errors.nb.json';

import type { SenderFrame } from './security';

export type Dispatch = (channel: string, rawInput: unknown) => Promise<Result<unknown>>;

export interface IpcEvent {
  readonly senderFrame: SenderFrame | null;
}

/** The part of Electron's ipcMain that registration uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEvent, ...args: unknown[]) => Promise<unknown>): void;
}

// A Result's message is bokmål, as core's are; the window shows the code's text in the user's language.
export const FORBIDDEN_SENDER: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: desktopNb.desktop.ipc.foreignSender },
};

const INTERNAL_ERROR: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: errorsNb.INTERNAL },
};

/**
 * One ipcMain.handle per contract channel, nothing else. The sender frame is checked before the
 * input is even looked at; core parses the input and checks the session's permissions. A handler
 * always resolves to a Result: an exception would reach the renderer with a stack trace.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  isTrusted: (frame: SenderFrame | null) => boolean,
): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, input) => {
      if (!isTrusted(event.senderFrame)) return FORBIDDEN_SENDER;
      try {
        return await dispatch(channel, input);
      } catch {
        return INTERNAL_ERROR;
      }
    });
  }
}
