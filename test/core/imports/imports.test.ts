import { describe, expect, it } from 'vitest';

import { ADMIN, setUpCore, withRawDb, type TestCore } from '../harness';
import { fixture, now, openFile, sheetSpec } from './importFlow';

const COUNTED = [
  'persons',
  'cases',
  'case_steps',
  'appointments',
  'plans',
  'coordinators',
  'service_units',
  'training_completions',
  'import_batches',
];

async function tableCounts(core: TestCore) {
  await core.ok('session.lock', {});
  const counts = await withRawDb(core.dataDir, (db) =>
    Object.fromEntries(
      COUNTED.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
    ),
  );
  await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
  return counts;
}

async function register() {
  const { core } = await setUpCore({ now, allowSyntheticIds: true });
  return core;
}

/** Kommune A as a KE would bring it in: the coordinators first, so the cases find them. */
async function importKommuneA(core: TestCore) {
  const pool = await sheetSpec(core, 'kommune-a.xlsx', 'Koordinatorer');
  const poolRun = await core.ok('imports.run', pool.spec);
  const cases = await sheetSpec(core, 'kommune-a.xlsx', 'Saker');
  const check = await core.ok('imports.check', cases.spec);
  const run = await core.ok('imports.run', cases.spec);
  return { pool, poolRun, cases, check, run };
}

describe('importing a KE register from Excel', () => {
  it('suggests the header row under title rows, the fields from Norwegian headers, and reads hidden columns', async () => {
    const core = await register();
    const { layout } = await sheetSpec(core, 'kommune-a.xlsx', 'Saker');
    expect(layout.headerRow).toBeGreaterThan(1);
    expect(layout.suggestedTarget).toBe('cases');
    const byHeader = new Map(layout.columns.map((c) => [c.header, c]));
    expect(byHeader.get('Fnr')?.suggested).toBe('person.nationalId');
    expect(byHeader.get('Mottatt')?.suggested).toBe('case.receivedDate');
    expect(byHeader.get('Søkt om')?.suggested).toBe('case.rightsRequested');
    expect(byHeader.get('Koordinator')?.suggested).toBe('coordinator.name');
    expect(layout.columns.some((c) => c.hidden)).toBe(true);
    expect(layout.topRows.length).toBeGreaterThanOrEqual(layout.headerRow);
  });

  it('reports row by row in the dry run and writes nothing', async () => {
    const core = await register();
    const before = await tableCounts(core);
    const { spec } = await sheetSpec(core, 'kommune-a.xlsx', 'Saker');
    const report = await core.ok('imports.check', spec);
    expect(await tableCounts(core)).toEqual(before);

    const byTitle = (title: string) => report.rows.filter((r) => r.title === title);
    // The same person twice: one person, joined, two cases.
    const kari = byTitle('Kari Nordmann');
    expect(kari).toHaveLength(2);
    expect(kari[1]!.person).toEqual({ kind: 'sameAsRow', row: kari[0]!.row });
    // "Etternavn, Fornavn" turned round; a fødselsnummer that lost its leading zero is read.
    expect(report.rows.every((r) => !r.title.includes(','))).toBe(true);
    // Bad check digits and a decision before the application are refused with their reason.
    const problems = report.rows.flatMap((r) => r.problems.map((p) => p.key));
    expect(problems).toContain('validation.nationalIdChecksum');
    expect(problems).toContain('validation.beforeReceived');
    // Named by the column the date came from, so the screen can say which date.
    const early = report.rows.flatMap((r) => r.problems).find((p) => p.key === 'validation.beforeReceived');
    expect(early?.field).toBe('decision.date');
    expect(report.counts.error).toBe(report.rows.filter((r) => r.outcome === 'error').length);
    expect(report.counts.create).toBeGreaterThan(5);
    // The preview shows the row as it will be registered.
    const first = report.rows.find((r) => r.outcome === 'create')!;
    expect(first.preview.cells.map((c) => c.label)).toEqual(
      expect.arrayContaining(['person.name', 'case.receivedDate', 'case.rightsRequested']),
    );
    expect(report.notices).toEqual([{ key: 'importRows.notice.channelDefault' }]);
  });

  it('imports the good rows in one batch, finds the coordinators, and shows the cases in Saker', async () => {
    const core = await register();
    const { poolRun, check, run } = await importKommuneA(core);
    expect(poolRun.batch.counts.coordinators).toBeGreaterThanOrEqual(3);
    expect(poolRun.batch.counts.completions).toBeGreaterThan(0);
    // The dry run said exactly what the import did.
    expect(run.report.counts).toEqual(check.counts);
    expect(run.batch.counts.cases).toBe(check.counts.cases);
    expect(run.batch.counts.appointments).toBeGreaterThan(0);

    const list = await core.ok('cases.list', {});
    expect(list.total).toBe(run.batch.counts.cases);
    const coordinators = await core.ok('coordinators.list', {});
    expect(coordinators.map((c) => c.name)).toContain('Line Hansen');

    const log = await core.ok('audit.list', { limit: 500 });
    const batchRows = log.rows.filter((r) => r.action === 'import');
    expect(batchRows).toHaveLength(2);
    expect(batchRows[0]!.fields).toContain(`cases:${run.batch.counts.cases}`);
    const batches = await core.ok('imports.batches', {});
    expect(batches.map((b) => [b.sheetName, b.undoable])).toEqual([
      ['Saker', true],
      ['Koordinatorer', false],
    ]);
    expect(batches[0]!.fileName).toBe('kommune-a.xlsx');
  });

  it('says one thing per row about its plan and coordinator, in the register’s words', async () => {
    const core = await register();
    const { check, run } = await importKommuneA(core);
    for (const row of check.rows) {
      const keys = row.notes.map((n) => n.key);
      // A plan without a granted IP right is not registered: nothing more is said about it.
      if (keys.includes('importRows.note.planNoGrant'))
        expect(keys.filter((k) => k.startsWith('importRows.note.plan'))).toEqual([
          'importRows.note.planNoGrant',
        ]);
      // Nothing of a row with a problem is written, its person neither.
      if (row.outcome === 'error') expect(row.person).toBeNull();
    }
    // Coordinators matched in the pool are shown by the pool's name, not the file's "Hansen, Line".
    const coordinators = check.rows.flatMap((r) =>
      r.preview.cells.filter((c) => c.label === 'coordinator.name'),
    );
    expect(coordinators.length).toBeGreaterThan(0);
    expect(coordinators.every((c) => !c.value.includes(','))).toBe(true);
    expect(run.report.notices.map((n) => n.key)).toContain('importRows.notice.familyWishDefault');
    // The file's note is kept on the case, marked as coming from the old register.
    const list = await core.ok('cases.list', {});
    const details = await Promise.all(list.rows.map((r) => core.ok('cases.get', { id: r.id })));
    expect(details.some((d) => d.record.needDescription.startsWith('Merknad fra tidligere register: '))).toBe(
      true,
    );
  });

  it('suggests making a service unit the register does not have', async () => {
    const core = await register();
    const { spec } = await sheetSpec(core, 'kommune-a.xlsx', 'Koordinatorer');
    const values = await core.ok('imports.values', spec);
    const units = values.find((v) => v.field === 'pool.serviceUnit')!;
    expect(units.found.every((f) => f.suggested === 'new')).toBe(true);
  });

  it('skips cases already in the register when the same file comes again', async () => {
    const core = await register();
    await importKommuneA(core);
    const again = await sheetSpec(core, 'kommune-a.xlsx', 'Saker');
    const report = await core.ok('imports.check', again.spec);
    expect(report.counts.create).toBe(0);
    expect(report.rows.filter((r) => r.outcome === 'skip').every((r) => r.person?.kind !== 'new')).toBe(true);
    const refused = await core.fails('imports.run', again.spec);
    expect(refused.fields).toEqual({ rows: 'importRows.problem.nothingToImport' });
  });

  it('undoes a batch while untouched, and refuses once one of its cases has changed', async () => {
    const core = await register();
    const before = await tableCounts(core);
    const first = await sheetSpec(core, 'kommune-d.csv');
    const run = await core.ok('imports.run', first.spec);
    const undone = await core.ok('imports.undo', { batchId: run.batch.id });
    expect(undone.undoneAt).not.toBeNull();
    const after = await tableCounts(core);
    for (const table of ['persons', 'cases', 'case_steps', 'appointments', 'coordinators'])
      expect(after[table], table).toBe(before[table]);
    expect((await core.fails('imports.undo', { batchId: run.batch.id })).fields).toEqual({
      batchId: 'importRows.undo.alreadyUndone',
    });

    const second = await sheetSpec(core, 'kommune-d.csv');
    const again = await core.ok('imports.run', second.spec);
    const list = await core.ok('cases.list', {});
    const caseId = list.rows[0]!.id;
    const detail = await core.ok('cases.get', { id: caseId });
    await core.ok('cases.update', { ...detail.record, needDescription: 'Endret etter importen' });
    const [batch] = await core.ok('imports.batches', {});
    expect(batch!.undoable).toBe(false);
    expect(batch!.changedCase).toBe(detail.record.caseNumber);
    expect((await core.fails('imports.undo', { batchId: again.batch.id })).fields).toEqual({
      batchId: 'importRows.undo.changedSince',
    });
  });

  it('keeps a coordinators batch once training is recorded for one of its coordinators', async () => {
    const core = await register();
    const pool = await sheetSpec(core, 'kommune-a.xlsx', 'Koordinatorer');
    const { batch } = await core.ok('imports.run', pool.spec);
    expect((await core.ok('imports.batches', {}))[0]!.undoable).toBe(true);
    // Looking is not changing.
    const coordinators = await core.ok('coordinators.list', {});
    await core.ok('coordinators.get', { id: coordinators[0]!.id });
    expect((await core.ok('imports.batches', {}))[0]!.undoable).toBe(true);
    const { courses } = await core.ok('training.overview', {});
    await core.ok('training.recordCompletion', {
      coordinatorId: coordinators[0]!.id,
      courseId: courses[0]!.id,
      date: '2026-10-01',
    });
    const [after] = await core.ok('imports.batches', {});
    expect(after).toMatchObject({ undoable: false, changedCase: null });
    expect((await core.fails('imports.undo', { batchId: batch.id })).fields).toEqual({
      batchId: 'importRows.undo.changedSince',
    });
  });

  it('offers the saved mapping for a sheet with the same headers', async () => {
    const core = await register();
    const first = await sheetSpec(core, 'kommune-d.csv');
    const spec = {
      ...first.spec,
      values: [{ field: 'decision.outcome', raw: 'Avslag', to: 'refused' }],
    };
    await core.ok('imports.run', spec);
    const again = await sheetSpec(core, 'kommune-d.csv');
    expect(again.layout.saved).toEqual({ target: 'cases', columns: spec.columns, values: spec.values });
  });

  it('lists the values to map with suggestions, and the user choice wins over the suggestion', async () => {
    const core = await register();
    const { spec } = await sheetSpec(core, 'kommune-b.xlsx');
    const values = await core.ok('imports.values', spec);
    const outcome = values.find((v) => v.field === 'decision.koordinator.outcome')!;
    expect(outcome.found.find((f) => f.raw === 'innvilga')?.suggested).toBe('granted');
    expect(outcome.options.map((o) => o.value)).toContain('ignore');
    const bk = values.find((v) => v.field === 'decision.barnekoordinator.outcome')!;
    expect(bk.found.map((f) => f.raw)).toContain('nei');
    // "nei" under Barnekoordinator means "not asked for": left out, the right is not requested.
    const report = await core.ok('imports.check', {
      ...spec,
      values: [{ field: 'decision.barnekoordinator.outcome', raw: 'nei', to: 'ignore' }],
    });
    const withNei = report.rows.filter((r) => r.outcome === 'create');
    expect(withNei.length).toBeGreaterThan(0);
    expect(report.rows.flatMap((r) => r.notes.map((n) => n.key))).not.toContain(
      'importRows.note.valueUnread',
    );
  });

  it('refuses what does not belong in the mapping', async () => {
    const core = await register();
    const { spec } = await sheetSpec(core, 'kommune-d.csv');
    const twice = await core.fails('imports.check', {
      ...spec,
      columns: [...spec.columns, { column: 7, field: 'person.name' }],
    });
    expect(Object.values(twice.fields ?? {})).toContain('importRows.problem.fieldTwice');
    const foreign = await core.fails('imports.check', {
      ...spec,
      columns: [{ column: 0, field: 'pool.name' }],
    });
    expect(Object.values(foreign.fields ?? {})).toContain('importRows.problem.fieldUnknown');
    const proto = await core.fails('imports.check', {
      ...spec,
      columns: [{ column: 0, field: '__proto__' }],
    });
    expect(Object.values(proto.fields ?? {})).toContain('importRows.problem.fieldUnknown');
  });

  it('refuses a file that is not a workbook, and forgets files when the register locks', async () => {
    const core = await register();
    const bad = await openFile(core, fixture('hostile/not-a-workbook.xlsx'));
    expect(bad.state).toBe('failed');
    expect(bad.error?.key).toMatch(/^importFile\.refused\./);
    const missing = await openFile(core, fixture('does-not-exist.xlsx'));
    expect(missing.state).toBe('failed');

    const good = await openFile(core, fixture('kommune-d.csv'));
    expect(good.state).toBe('ready');
    await core.ok('session.lock', {});
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    expect((await core.fails('imports.file', { fileId: good.fileId })).code).toBe('NOT_FOUND');
  });

  it('is for administrators only', async () => {
    const core = await register();
    await core.ok('users.create', {
      username: 'sara',
      displayName: 'Sara Saksbehandler',
      role: 'saksbehandler',
      password: 'saksbehandler passord 2026',
    });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'sara', password: 'saksbehandler passord 2026' });
    expect((await core.fails('imports.open', { path: fixture('kommune-d.csv') })).code).toBe('FORBIDDEN');
    expect((await core.fails('imports.batches', {})).code).toBe('FORBIDDEN');
  });
});
