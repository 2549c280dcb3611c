import type { Settings } from '@shared/api/settings';

import { audit, inTransaction, session, type FeatureHandlers } from '../context';
import { idleTimeoutMs } from '../session/idleTimeout';
import { saveKeyFile } from '../session/keyring';
import { maxFailedLogins, setMaxFailedLogins } from '../session/loginThrottle';
import type { Db } from '../storage/database';
import { registerPaths } from '../storage/paths';
import { getSetting, setSetting } from './settingsRepo';

export function readSettings(db: Db, dataDir: string): Settings {
  return {
    municipalityName: getSetting(db, 'municipality.name'),
    idleTimeoutMinutes: getSetting(db, 'session.idleTimeoutMinutes'),
    // Login reads it before the register is open: it is kept in the logins file (loginThrottle).
    maxFailedLogins: maxFailedLogins(dataDir),
    demo: getSetting(db, 'register.demo'),
  };
}

export const settingsHandlers: FeatureHandlers<'settings'> = {
  'settings.get': (ctx) => readSettings(session(ctx).db, ctx.config.dataDir),

  'settings.update': (ctx, input) => {
    const open = session(ctx);
    const dataDir = ctx.config.dataDir;
    const before = readSettings(open.db, dataDir);
    const wanted = { ...input, maxFailedLogins: input.maxFailedLogins ?? before.maxFailedLogins };
    const changed = (['municipalityName', 'idleTimeoutMinutes', 'maxFailedLogins'] as const).filter(
      (f) => before[f] !== wanted[f],
    );
    setMaxFailedLogins(dataDir, wanted.maxFailedLogins);
    if (input.municipalityName !== before.municipalityName) {
      // The login screen shows the name before anything is decrypted, so the key file carries it.
      const keysPath = registerPaths(ctx.config.dataDir).keys;
      open.keyFile = saveKeyFile(
        keysPath,
        open.db,
        { ...open.keyFile, label: input.municipalityName },
        null,
        ctx.config.now(),
      );
    }
    inTransaction(ctx, (db) => {
      setSetting(db, 'municipality.name', input.municipalityName);
      setSetting(db, 'session.idleTimeoutMinutes', input.idleTimeoutMinutes);
      if (changed.length) audit(ctx, { action: 'update', entity: 'settings', fields: changed });
    });
    ctx.vault.setIdleTimeout(idleTimeoutMs(ctx, open.db));
    return readSettings(open.db, dataDir);
  },
};
