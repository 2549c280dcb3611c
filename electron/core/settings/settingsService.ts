import type { Settings } from '../../../shared/api/settings';
import { audit, inTransaction, session, type Ctx, type FeatureHandlers } from '../context';
import type { Db } from '../storage/database';
import { registerPaths } from '../storage/paths';
import { writeKeyFile } from '../storage/keyFile';
import { getSetting, setSetting } from './settingsRepo';

export function readSettings(db: Db): Settings {
  return {
    municipalityName: getSetting(db, 'municipality.name'),
    idleTimeoutMinutes: getSetting(db, 'session.idleTimeoutMinutes'),
    demo: getSetting(db, 'register.demo'),
  };
}

/** The idle timeout in force: the test override, or the setting. */
export function idleTimeoutMs(ctx: Ctx, db: Db): number {
  return ctx.config.idleTimeoutMsOverride ?? getSetting(db, 'session.idleTimeoutMinutes') * 60_000;
}

export const settingsHandlers: FeatureHandlers<'settings'> = {
  'settings.get': (ctx) => readSettings(session(ctx).db),

  'settings.update': (ctx, input) => {
    const open = session(ctx);
    const before = readSettings(open.db);
    const changed = (['municipalityName', 'idleTimeoutMinutes'] as const).filter(
      (f) => before[f] !== input[f],
    );
    if (input.municipalityName !== before.municipalityName) {
      // The login screen shows the name before anything is decrypted, so the key file carries it.
      open.keyFile = { ...open.keyFile, label: input.municipalityName };
      writeKeyFile(registerPaths(ctx.config.dataDir).keys, open.keyFile);
    }
    inTransaction(ctx, (db) => {
      setSetting(db, 'municipality.name', input.municipalityName);
      setSetting(db, 'session.idleTimeoutMinutes', input.idleTimeoutMinutes);
      if (changed.length) audit(ctx, { action: 'update', entity: 'settings', fields: changed });
    });
    ctx.vault.setIdleTimeout(idleTimeoutMs(ctx, open.db));
    return readSettings(open.db);
  },
};
