import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { caseDetail } from '@core/cases/caseDetail';
import { createCtx, type CoreConfig } from '@core/context';
import { createDemoRegister } from '@core/index';
import type { Vault } from '@core/session/vault';
import { openDatabase, type Db } from '@core/storage/database';
import { readKeyFile } from '@core/storage/keyFile';
import { unwrapKey } from '@core/storage/keySlots';
import { asksForAction, caseWarningsOf, nextSteps, stepForWarning, stepKey } from '@shared/domain/nextSteps';

import { TEST_KDF } from '../harness';

/**
 * Every case of the demo register as core hands it to the case page: a warning that asks for
 * something to be done is always among the next steps, so no demo case says that nothing waits
 * while its warnings say otherwise (issue 15, item 5).
 */
const now = () => new Date('2027-03-10T10:00:00');

let dir: string;
let db: Db;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'samordna-demo-steps-'));
  const login = await createDemoRegister(dir, {
    kdf: TEST_KDF,
    now,
    seed: 2026,
    cases: 150,
    coordinators: 40,
  });
  const keyFile = readKeyFile(path.join(dir, 'samordna.keys'))!;
  const slot = keyFile.slots.find((s) => s.kind === 'user')!;
  const key = (await unwrapKey(slot, login.password, keyFile.registerId))!;
  db = openDatabase(path.join(dir, 'samordna.db'), key);
}, 60_000);
afterAll(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Neste steg in the demo register', () => {
  it('names a step for every warning that asks for one, in every case', () => {
    const ctx = createCtx({ now } as CoreConfig, {} as Vault);
    const caseIds = (db.prepare('SELECT id FROM cases ORDER BY id').all() as { id: number }[]).map(
      (r) => r.id,
    );
    let asking = 0;
    for (const id of caseIds) {
      const detail = caseDetail(ctx, db, id);
      const steps = nextSteps(detail);
      // Compared as Neste steg tells steps apart: a plan consent and the case's consent of the same
      // type are one step.
      const keys = new Set(steps.map(stepKey));
      for (const w of caseWarningsOf(detail).filter((x) => asksForAction(x.kind))) {
        asking++;
        const step = stepForWarning(w, detail);
        expect(step, `case ${id}: ${w.kind}`).not.toBeNull();
        expect(keys.has(stepKey(step!)), `case ${id}: ${w.kind}`).toBe(true);
      }
    }
    // The demo is meant to show warnings: the check above ran on many.
    expect(caseIds.length).toBe(150);
    expect(asking).toBeGreaterThan(20);
  });
});
