import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { openDatabase } from '@core/storage/database';
import { readKeyFile } from '@core/storage/keyFile';
import { unwrapKey, userLookup } from '@core/storage/keySlots';

import { checkRegister, removeWorkDir, runCrashKills, type CrashReport, type Problem } from './crashRun';

/** The register of a short crash run, opened directly with the administrator's current password. */
async function tamper(report: CrashReport, work: (db: ReturnType<typeof openDatabase>) => void) {
  const keyFile = readKeyFile(path.join(report.dataDir, 'samordna.keys'))!;
  const lookup = userLookup(keyFile.registerId, report.model.admin.username);
  const slot = keyFile.slots.find((s) => s.lookup === lookup)!;
  const key = (await unwrapKey(slot, report.model.admin.password, keyFile.registerId))!;
  const db = openDatabase(path.join(report.dataDir, 'samordna.db'), key);
  try {
    work(db);
  } finally {
    db.close();
  }
}

const kinds = (problems: Problem[]) => [...new Set(problems.map((p) => p.kind))];

// The crash test passes when its checks find nothing: here each check is shown to find what it
// looks for, so a check that silently stopped working would fail here.
describe('the crash test’s checks', () => {
  it('find a lost write, a leftover temp file, a changed audit row and a damaged page', async () => {
    const report = await runCrashKills({ kills: 3 });
    const { dataDir, model } = report;
    const check = () =>
      checkRegister({
        round: 0,
        dataDir,
        model,
        pending: null,
        random: Math.random,
        changedThisRound: new Set(),
      });
    expect(report.ackedTotal).toBeGreaterThan(0);
    expect(await check()).toEqual([]);

    model.cases['999999'] = '2099-9999';
    model.steps['999998'] = { caseId: Number(Object.keys(model.cases)[0]), kind: 'mapping' };
    model.coordinators['999997'] = 'Ingen Koordinator';
    const lost = await check();
    expect(lost.filter((p) => p.kind === 'lost').map((p) => p.detail)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('case 999999'),
        expect.stringContaining('step 999998'),
        expect.stringContaining('coordinator 999997'),
      ]),
    );
    delete model.cases['999999'];
    delete model.steps['999998'];
    delete model.coordinators['999997'];

    // A half-written backup of a kind no start knows to remove.
    mkdirSync(path.join(dataDir, 'backups'), { recursive: true });
    writeFileSync(path.join(dataDir, 'backups', 'samordna-halvveis.samordna.partial'), 'x');
    expect(kinds(await check())).toEqual(['leftover']);

    await tamper(report, (db) => {
      db.exec('DROP TRIGGER audit_no_update');
      db.prepare("UPDATE audit SET username = 'tuklet' WHERE id = 2").run();
    });
    expect(kinds(await check())).toEqual(
      expect.arrayContaining(['leftover', expect.stringMatching(/chain|unopenable/)]),
    );

    // Garbage in the middle of the page holding the cases (the WAL is checkpointed into the file
    // when the last connection closes).
    let offset = 0;
    await tamper(report, (db) => {
      const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'cases'").get() as {
        rootpage: number;
      };
      offset = (rootpage - 1) * (db.pragma('page_size', { simple: true }) as number) + 1024;
    });
    const fd = openSync(path.join(dataDir, 'samordna.db'), 'r+');
    writeSync(fd, Buffer.alloc(512, 0x5a), 0, 512, offset);
    closeSync(fd);
    const damaged = await check();
    expect(kinds(damaged), JSON.stringify(damaged)).toEqual(
      expect.arrayContaining([expect.stringMatching(/integrity|unopenable/)]),
    );

    removeWorkDir(report);
  }, 180_000);
});
