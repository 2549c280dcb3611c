import { randomBytes } from 'node:crypto';
import type { CoreConfig } from '../context';
import { createRegister } from '../session/register';
import { insertCoordinator } from '../coordinators/coordinatorsRepo';
import { appendAudit } from '../audit/auditLog';
import { DEFAULT_KDF, type KdfCost } from '../storage/keySlots';
import { todayIso } from '../../../shared/domain/calendar';
import { DEMO_SERVICE_UNITS, demoCoordinators } from './generate';
import { generateCases } from './generateCases';
import { generateCoordination } from './generateCoordination';
import { generatePlans } from './generatePlans';
import { seededRandom } from './random';

export interface DemoLogin {
  username: string;
  password: string;
}

export interface DemoOptions {
  kdf?: KdfCost;
  seed?: number;
  now?: () => Date;
  coordinators?: number;
  cases?: number;
}

/** A new register flagged as demo (the UI shows a DEMO banner), filled with generated data. */
export async function createDemoRegister(dataDir: string, options: DemoOptions = {}): Promise<DemoLogin> {
  const config: CoreConfig = {
    dataDir,
    now: options.now ?? (() => new Date()),
    kdf: options.kdf ?? DEFAULT_KDF,
    idleTimeoutMsOverride: undefined,
    allowSyntheticIds: true,
  };
  const login = { username: 'demo', password: `demo-${randomBytes(6).toString('hex')}` };
  const { session } = await createRegister(config, {
    municipality: 'Demo kommune',
    displayName: 'Demo Administrator',
    ...login,
    demo: true,
  });
  const { db, user } = session;
  const random = seededRandom(options.seed ?? 2026);
  try {
    db.transaction(() => {
      const at = config.now();
      const stamp = at.toISOString();
      const ids = new Map<string, number>();
      const insertUnit = db.prepare(
        'INSERT INTO service_units (name, active, created_at, updated_at) VALUES (?, 1, ?, ?)',
      );
      for (const name of DEMO_SERVICE_UNITS)
        ids.set(name, Number(insertUnit.run(name, stamp, stamp).lastInsertRowid));
      const coordinators = demoCoordinators(random, options.coordinators ?? 40, ids);
      for (const c of coordinators) insertCoordinator(db, c, stamp);
      const today = todayIso(at);
      const cases = generateCases(db, random, options.cases ?? 150, today, user.username);
      generateCoordination(db, random, cases, today, user.username);
      generatePlans(db, random, cases, today, user.username);
      appendAudit(
        db,
        {
          userId: user.id,
          username: user.username,
          action: 'create',
          entity: 'demo',
          fields: [
            'serviceUnits',
            'coordinators',
            'persons',
            'cases',
            'training',
            'guidance',
            'appointments',
            'plans',
          ],
        },
        at,
      );
    })();
  } finally {
    db.close();
    session.key.fill(0);
  }
  return login;
}
