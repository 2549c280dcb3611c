import type { z } from 'zod';

import type { Result } from '@shared/api/errors';
import { api, isChannelName, type ChannelName } from '@shared/api/index';

import { appointmentsHandlers } from './appointments/appointmentsService';
import { archiveHandlers } from './archive/archiveService';
import { auditHandlers } from './audit/auditService';
import { removeStaleTemps } from './backup/backupFolders';
import { backupIfDue } from './backup/backupRuns';
import { backupHandlers } from './backup/backupService';
import { casesHandlers } from './cases/casesService';
import { createCtx, type Handler } from './context';
import { coordinatorsHandlers } from './coordinators/coordinatorsService';
import { dashboardsHandlers } from './dashboards/dashboardsService';
import { draftsHandlers } from './drafts/draftsService';
import { CoreError, toApiError } from './errors';
import { importsHandlers } from './imports/importService';
import { lettersHandlers } from './letters/lettersService';
import { personsHandlers } from './persons/personsService';
import { plansHandlers } from './plans/plansService';
import { printHandlers } from './print/printService';
import { registerExportHandlers } from './registerExport/registerExportService';
import { reportsHandlers } from './reports/reportsService';
import { retentionHandlers } from './retention/retentionService';
import { serviceUnitsHandlers } from './serviceUnits/serviceUnitsService';
import { lockSession, sessionHandlers } from './session/sessionService';
import { Vault } from './session/vault';
import { settingsHandlers } from './settings/settingsService';
import { removeLeftoverTemps } from './storage/keyFile';
import { DEFAULT_KDF, type KdfCost } from './storage/keySlots';
import { registerPaths } from './storage/paths';
import { trainingHandlers } from './training/trainingService';
import { usersHandlers } from './users/usersService';

export interface CoreOptions {
  /** Folder holding samordna.db (with -wal/-shm) and samordna.keys. */
  dataDir: string;
  now?: () => Date;
  /** scrypt cost of new key slots; the default is for real use, tests pass a lower one. */
  kdf?: KdfCost;
  /** Tests: lock after this many ms without activity instead of the setting's minutes. */
  idleTimeoutMsOverride?: number;
  /** Tests: accept Tenor synthetic fødselsnummer (always accepted in a demo register). */
  allowSyntheticIds?: boolean;
}

export interface Core {
  /** Parses, authorises and runs one call of the contract. Never throws; never returns a stack. */
  dispatch(channel: string, rawInput: unknown): Promise<Result<unknown>>;
  /**
   * Closes now, without waiting (Windows shutting down or logging off gives no time): logged,
   * backed up if changed, the database closes and the key is wiped. Every call after it, and every
   * call still waiting its turn, is refused with APP_CLOSING: nothing can open the register again.
   */
  close(): void;
  /**
   * Closes in turn (app quit): calls asked for before this run first, the call under way
   * finishes, then the register closes as `close` does. Calls asked for after this are refused
   * with APP_CLOSING at once. Resolves once closed; asking again gives the same promise.
   */
  closeWhenIdle(): Promise<void>;
}

/** Every channel of the contract has exactly one handler: a missing one is a compile error. */
const handlers: { [K in ChannelName]: Handler<K> } = {
  ...sessionHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...serviceUnitsHandlers,
  ...coordinatorsHandlers,
  ...personsHandlers,
  ...casesHandlers,
  ...draftsHandlers,
  ...appointmentsHandlers,
  ...trainingHandlers,
  ...plansHandlers,
  ...dashboardsHandlers,
  ...reportsHandlers,
  ...printHandlers,
  ...lettersHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...importsHandlers,
  ...registerExportHandlers,
  ...retentionHandlers,
  ...archiveHandlers,
};

/** Calls that must not count as the user doing something (the window polls the status). */
const NOT_ACTIVITY: ReadonlySet<ChannelName> = new Set(['session.status']);
const IDLE_CHECK_MS = 1_000;

function validationFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    fields[path] ??= issue.message.startsWith('validation.') ? issue.message : 'validation.invalid';
  }
  return fields;
}

export function createCore(options: CoreOptions): Core {
  const vault = new Vault();
  const ctx = createCtx(
    {
      dataDir: options.dataDir,
      now: options.now ?? (() => new Date()),
      kdf: options.kdf ?? DEFAULT_KDF,
      idleTimeoutMsOverride: options.idleTimeoutMsOverride,
      allowSyntheticIds: options.allowSyntheticIds ?? false,
    },
    vault,
  );
  // A write killed between its temp file and the rename leaves the temp file: nothing reads it.
  removeLeftoverTemps(options.dataDir);
  removeStaleTemps(registerPaths(options.dataDir).backups);
  const lockIfIdle = () => {
    if (vault.isIdle(ctx.config.now().getTime())) lockSession(ctx, 'idle_lock');
  };
  const onTimer = () => {
    lockIfIdle();
    backupIfDue(ctx);
  };
  /**
   * One call at a time. A handler that waits (scrypt) holds the key file and the key as it read
   * them; another call changing them meanwhile (a re-key, a new slot) would be overwritten when it
   * resumes and could leave slots that open nothing. The timer's work queues the same way.
   */
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T> | T): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
  let timerQueued = false;
  const tick = () => {
    if (timerQueued) return;
    timerQueued = true;
    void serially(() => {
      timerQueued = false;
      if (!closed) onTimer();
    }).catch((error: unknown) => console.error('[samordna] timer', error));
  };
  // Checked on a timer and again on every call: a laptop that slept may have missed the timer.
  const timer = setInterval(tick, IDLE_CHECK_MS);
  timer.unref();

  async function run(channel: ChannelName, rawInput: unknown): Promise<unknown> {
    const contract = api[channel];
    lockIfIdle();
    // Who may call comes before what was sent: a refused caller learns nothing about the input.
    const open = vault.current();
    if (contract.access !== 'public') {
      if (!open) throw new CoreError('UNAUTHENTICATED');
      if (!contract.access.includes(open.user.role)) throw new CoreError('FORBIDDEN');
    }
    const parsed = contract.input.safeParse(rawInput);
    if (!parsed.success) throw new CoreError('VALIDATION', validationFields(parsed.error));
    if (open && !NOT_ACTIVITY.has(channel)) vault.touch(ctx.config.now().getTime());
    const handler = handlers[channel] as Handler<ChannelName>;
    return handler(ctx, parsed.data as never);
  }

  /**
   * `refusing`: a close was asked for; new calls are refused. `closed`: the register has closed;
   * calls still waiting their turn are refused too, and a call that was under way when a
   * synchronous close came (a login in scrypt) is closed again behind it.
   */
  let refusing = false;
  let closed = false;
  let closingInTurn: Promise<void> | null = null;
  const closing = (): Result<never> => ({ ok: false, error: toApiError(new CoreError('APP_CLOSING')) });
  const closeRegister = () => {
    try {
      lockSession(ctx, 'close');
    } catch (error) {
      // Quitting must not fail: the database is closed and the key wiped regardless (lockSession).
      console.error('[samordna] closing the register', error);
    }
  };
  const closeOnce = () => {
    refusing = true;
    if (closed) return;
    closed = true;
    clearInterval(timer);
    closeRegister();
  };

  return {
    async dispatch(channel, rawInput) {
      if (refusing) return closing();
      if (!isChannelName(channel)) return { ok: false, error: toApiError(new CoreError('UNKNOWN_CHANNEL')) };
      return serially(async (): Promise<Result<unknown>> => {
        if (closed) return closing();
        let result: Result<unknown>;
        try {
          result = { ok: true, data: await run(channel, rawInput) };
        } catch (error) {
          result = { ok: false, error: toApiError(error) };
        }
        if (!closed) return result;
        // Closed while this call ran: whatever it opened closes again, and its answer is the close.
        closeRegister();
        return closing();
      });
    },
    close: closeOnce,
    closeWhenIdle() {
      refusing = true;
      closingInTurn ??= serially(closeOnce);
      return closingInTurn;
    },
  };
}
