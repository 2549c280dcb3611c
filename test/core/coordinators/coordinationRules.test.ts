import { describe, expect, it } from 'vitest';

import { setUpCore, withRawDb } from '../harness';

/** The coordination rules' key as stored, in the settings, in audit rows and in exports. */
const storedRules = (dataDir: string) =>
  withRawDb(dataDir, (db) => {
    const row = db.prepare("SELECT value FROM settings WHERE key = 'coordination.rules'").get() as
      { value: string } | undefined;
    return row && (JSON.parse(row.value) as unknown);
  });

describe('the coordination rules as stored', () => {
  it('reads a stored unappointedDays as the days without a coordinator', async () => {
    const { core } = await setUpCore();
    expect(await core.ok('coordinators.rules', {})).toEqual({
      trainingNoticeDays: 60,
      withoutCoordinatorDays: 14,
    });
    await withRawDb(core.dataDir, (db) =>
      db
        .prepare("INSERT INTO settings (key, value) VALUES ('coordination.rules', ?)")
        .run(JSON.stringify({ unappointedDays: 30 })),
    );
    expect(await core.ok('coordinators.rules', {})).toEqual({
      trainingNoticeDays: 60,
      withoutCoordinatorDays: 30,
    });
  });

  it('saves the days without a coordinator as unappointedDays, named so in the audit row', async () => {
    const { core } = await setUpCore();
    const saved = await core.ok('coordinators.updateRules', {
      trainingNoticeDays: 60,
      withoutCoordinatorDays: 21,
    });
    expect(saved).toEqual({ trainingNoticeDays: 60, withoutCoordinatorDays: 21 });
    expect(await storedRules(core.dataDir)).toEqual({ trainingNoticeDays: 60, unappointedDays: 21 });
    const { rows } = await core.ok('audit.list', { limit: 5 });
    expect(rows.find((r) => r.action === 'update')).toMatchObject({
      action: 'update',
      entity: 'settings',
      fields: ['unappointedDays'],
    });
  });
});
