import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import { settingsOf } from '@core/registerExport/checkRecords';
import type { ParsedExport } from '@core/registerExport/parsedExport';
import type { NewCaseInput } from '@shared/api/cases';
import { defaultCaseRules, legalReferenceKeys } from '@shared/domain/case';

import { ADMIN, newCore, setUpCore, withRawDb } from '../harness';

/**
 * "Klagefrist for andre vedtak" (appealWeeksOther, with its legal reference appealOther) was a
 * setting no decision could use, and is gone. Registers and export files written before still
 * carry it: they must open, show, save and load as before, with the dropped rule left out.
 */

const now = () => new Date('2027-03-01T10:00:00');

/** The case rules as the version before stored them, with a municipality's own appeal weeks. */
const storedBefore = {
  ...defaultCaseRules,
  appealWeeksRights: 5,
  appealWeeksOther: 3,
  legalReferences: { ...defaultCaseRules.legalReferences, appealOther: 'forvaltningsloven § 29' },
};

const newChild: NewCaseInput = {
  receivedDate: '2027-02-01',
  channel: 'electronicForm',
  appliedBy: 'guardian',
  rightsRequested: ['barnekoordinator'],
  needDescription: 'Alvorlig hjertefeil',
  person: { name: 'Emma Testrud', nationalId: nationalIdFor('2019-05-17', { synthetic: true }) },
};

async function olderRegister() {
  const { core } = await setUpCore({ now, allowSyntheticIds: true });
  const created = await core.ok('cases.create', newChild);
  await core.ok('cases.recordStep', {
    caseId: created.record.id,
    step: {
      kind: 'decision',
      right: 'barnekoordinator',
      outcome: 'granted',
      decisionDate: '2027-02-12',
      notifiedDate: '2027-02-15',
    },
  });
  await withRawDb(core.dataDir, (db) => {
    db.prepare("UPDATE settings SET value = ? WHERE key = 'case.rules'").run(JSON.stringify(storedBefore));
    db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)').run(
      'case.rules',
      JSON.stringify(storedBefore),
    );
  });
  const again = newCore({ dataDir: core.dataDir, now, allowSyntheticIds: true });
  await again.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
  return { core: again, caseId: created.record.id };
}

const storedRules = (dataDir: string) =>
  withRawDb(dataDir, (db) => {
    const row = db.prepare("SELECT value FROM settings WHERE key = 'case.rules'").get() as { value: string };
    return JSON.parse(row.value) as Record<string, unknown> & { legalReferences: Record<string, string> };
  });

describe('a register that stored the dropped "appeal deadline for other decisions"', () => {
  it('opens with the rules it had, and without the dropped rule', async () => {
    const { core, caseId } = await olderRegister();
    const rules = await core.ok('cases.rules', {});
    expect(Object.keys(rules).sort()).toEqual(Object.keys(defaultCaseRules).sort());
    expect(Object.keys(rules.legalReferences).sort()).toEqual([...legalReferenceKeys].sort());
    expect(rules.appealWeeksRights).toBe(5);
    expect(rules).not.toHaveProperty('appealWeeksOther');
    expect(rules.legalReferences).not.toHaveProperty('appealOther');
    // The family's deadline still follows the municipality's own 5 weeks from 15 February 2027.
    const detail = await core.ok('cases.get', { id: caseId });
    expect(detail.overview.deadlines.find((d) => d.kind === 'appeal')).toMatchObject({
      dueDate: '2027-03-22',
      legalReference: 'pasient- og brukerrettighetsloven § 7-5',
    });
  });

  it('saves its rules again without the dropped rule, even when a caller still sends it', async () => {
    const { core } = await olderRegister();
    const rules = await core.ok('cases.rules', {});
    const saved = await core.ok('cases.updateRules', {
      ...rules,
      dueSoonDays: 10,
      appealWeeksOther: 3,
      legalReferences: { ...rules.legalReferences, appealOther: 'forvaltningsloven § 29' },
    } as never);
    expect(saved).not.toHaveProperty('appealWeeksOther');
    expect(saved.dueSoonDays).toBe(10);
    const stored = await storedRules(core.dataDir);
    expect(stored).not.toHaveProperty('appealWeeksOther');
    expect(stored.legalReferences).not.toHaveProperty('appealOther');
    expect(stored.appealWeeksRights).toBe(5);
  });
});

describe('an export file written before the rule was dropped', () => {
  const parsedWith = (value: unknown) =>
    ({
      settings: [{ v: { key: 'case.rules', part: 1, value: JSON.stringify(value) } }],
    }) as unknown as ParsedExport;

  it('loads its case rules, with the dropped rule left out', () => {
    const loaded = settingsOf(parsedWith(storedBefore))['case.rules'] as Record<string, unknown> & {
      legalReferences: Record<string, string>;
    };
    expect(loaded).not.toHaveProperty('appealWeeksOther');
    expect(loaded.legalReferences).not.toHaveProperty('appealOther');
    expect(loaded.appealWeeksRights).toBe(5);
    expect(loaded.legalReferences.appealRight).toBe('pasient- og brukerrettighetsloven § 7-5');
  });

  it('is still refused when a rule it keeps is out of range', () => {
    expect(() => settingsOf(parsedWith({ ...storedBefore, appealWeeksRights: 40 }))).toThrow();
  });
});
