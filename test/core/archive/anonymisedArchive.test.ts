import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { makeArchivePackage } from '@core/archive/archivePackage';

import { tempDir, withRawDb } from '../harness';
import { apply, retentionRegister, type Clock } from '../retention/retentionRegister';

const clock: Clock = { now: new Date() };

/**
 * An anonymised case has no archive copy to make: its person, texts and letters are gone, and a
 * package of what is left would be taken for the case. The copy belongs before anonymising.
 */
describe('the archive copy of an anonymised case', () => {
  it('is refused with CASE_ANONYMISED, logs no export, writes no folder and records no copy', async () => {
    const r = await retentionRegister(clock);
    clock.now = new Date('2026-07-01T08:00:00');
    // Before anonymising, the copy could be read.
    expect((await r.core.ok('archive.contents', { caseId: r.emmaCase })).caseId).toBe(r.emmaCase);
    await apply(r.core, [r.emmaCase]);
    const lastAudit = () =>
      withRawDb(r.core.dataDir, (db) => db.prepare('SELECT max(id) AS id FROM audit').get());
    const auditBefore = await lastAudit();

    const refused = await r.core.fails('archive.contents', { caseId: r.emmaCase });
    expect(refused.code).toBe('CASE_ANONYMISED');
    expect(refused.message).toBe('Saken er anonymisert og kan ikke endres.');

    const parent = path.join(tempDir(), 'arkiv');
    mkdirSync(parent);
    const outcome = await makeArchivePackage(r.emmaCase, parent, {
      dispatch: (channel, input) => r.core.dispatch(channel, input),
      renderPdf: () => Promise.reject(new Error('nothing is to be rendered')),
      language: 'nb',
      now: () => clock.now,
      log: () => undefined,
    });
    expect(outcome).toEqual({
      status: 'failed',
      reason: 'refused',
      message: 'Saken er anonymisert og kan ikke endres.',
    });
    expect(readdirSync(parent)).toEqual([]);
    expect(await lastAudit()).toEqual(auditBefore);
    await withRawDb(r.core.dataDir, (db) => {
      expect(
        db.prepare('SELECT count(*) AS n FROM archive_copies WHERE case_id = ?').get(r.emmaCase),
      ).toEqual({
        n: 0,
      });
    });
    // A case of the same register not anonymised still gets its copy.
    expect((await r.core.ok('archive.contents', { caseId: r.jonasOld })).caseId).toBe(r.jonasOld);
  });
});
