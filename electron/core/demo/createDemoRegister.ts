import { randomBytes } from 'node:crypto';

import { addDays, todayIso } from '@shared/domain/calendar';

import { appendAudit } from '../audit/auditLog';
import type { CoreConfig } from '../context';
import { insertCoordinator } from '../coordinators/coordinatorsRepo';
import { flushDerived } from '../derived/writer';
import { createRegister } from '../session/register';
import { DEFAULT_KDF, type KdfCost } from '../storage/keySlots';
import { insertUser } from '../users/usersRepo';
import { DEMO_SERVICE_UNITS, demoCoordinators, demoStaff, demoWriter } from './generate';
import { generateAuditHistory, type HistoryUser } from './generateAudit';
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
  /** Cases are received over this many years before today (default 2). */
  years?: number;
  /** Rows of audit history before the register is handed over (default none: generateAudit.ts). */
  auditRows?: number;
}

/**
 * A new register flagged as demo (the UI shows a DEMO banner), filled with generated data. It is
 * dated as made two weeks before the first case it holds, so that its log (its setup, its users,
 * the history when asked for) comes in the order of time, as a register's log does.
 */
export async function createDemoRegister(dataDir: string, options: DemoOptions = {}): Promise<DemoLogin> {
  const years = options.years ?? 2;
  const config: CoreConfig = {
    dataDir,
    now: options.now ?? (() => new Date()),
    kdf: options.kdf ?? DEFAULT_KDF,
    idleTimeoutMsOverride: undefined,
    allowSyntheticIds: true,
  };
  const login = { username: 'demo', password: `demo-${randomBytes(6).toString('hex')}` };
  const now = config.now();
  const today = todayIso(now);
  const firstDay = addDays(today, -Math.round(years * 365) - 14);
  const created = new Date(`${firstDay}T09:00:00`);
  const { session } = await createRegister(
    { ...config, now: () => created },
    {
      municipality: 'Demo kommune',
      displayName: 'Demo Administrator',
      ...login,
      demo: true,
    },
  );
  const { db, user } = session;
  const random = seededRandom(options.seed ?? 2026);
  try {
    const staff: HistoryUser[] = [{ id: user.id, username: user.username, role: 'admin' }];
    // Staff and coordinators are told apart by name in every list: no two share one.
    const names = new Set<string>();
    const cases = db.transaction(() => {
      // The staff are added on the day the register was made, by its administrator.
      for (const u of demoStaff(random, options.cases ?? 150, names)) {
        const row = insertUser(db, u, created.toISOString());
        staff.push({ id: row.id, username: row.username, role: u.role });
        appendAudit(
          db,
          {
            userId: user.id,
            username: user.username,
            action: 'create',
            entity: 'user',
            entityId: row.id,
            fields: ['username', 'displayName', 'role'],
          },
          created,
        );
      }
      const stamp = now.toISOString();
      const ids = new Map<string, number>();
      const insertUnit = db.prepare(
        'INSERT INTO service_units (name, active, created_at, updated_at) VALUES (?, 1, ?, ?)',
      );
      for (const name of DEMO_SERVICE_UNITS)
        ids.set(name, Number(insertUnit.run(name, stamp, stamp).lastInsertRowid));
      const coordinators = demoCoordinators(random, options.coordinators ?? 40, ids, names);
      for (const c of coordinators) insertCoordinator(db, c, stamp);
      const by = user.username;
      const writer = demoWriter(db, today, by, stamp);
      const generated = generateCases(writer, random, options.cases ?? 150, years);
      generateCoordination(writer, random, generated);
      generatePlans(writer, random, generated);
      flushDerived(writer);
      return generated;
    })();
    // In transactions of its own: 200 000 rows in one would hold them all in the page cache.
    generateAuditHistory(db, random, {
      rows: options.auditRows ?? 0,
      cases,
      users: staff,
      firstDay,
      today,
      now,
    });
    db.transaction(() =>
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
            ...(options.auditRows ? ['auditHistory'] : []),
          ],
        },
        now,
      ),
    )();
  } finally {
    db.close();
    session.key.fill(0);
  }
  return login;
}
