import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import ExcelJS from 'exceljs';
import { Zip, ZipDeflate } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { columnHeader, EXPORT_FORMAT_VERSION, SHEETS, sheetName } from '@core/registerExport/exportSheets';
import { unpackWorkbook } from '@core/registerExport/readExportWorkbook';
import type { Db } from '@core/storage/database';
import texts from '@shared/i18n/registerExport.nb.json' with { type: 'json' };

import { ADMIN, withRawDb, type TestCore } from '../harness';
import {
  demoRegister,
  exportTo,
  keptCore,
  keptDir,
  now,
  releaseKept,
  withDemoDb,
  type DemoExport,
} from './demoExport';

/**
 * Issue 14, moving back in: an export of a register read into an empty one gives the same
 * persons, cases, steps, coordinators, appointments and plans, field by field (ids aside); a
 * file that is not an intact export is refused whole, naming the sheet and row, and writes nothing.
 */

let source: DemoExport;
let exported: Awaited<ReturnType<typeof exportTo>>;

beforeAll(async () => {
  source = await demoRegister();
  exported = await exportTo(source.core);
}, 60_000);
afterAll(releaseKept);

/** An empty register of its own (not a demo), set up by an administrator who is logged in. */
async function emptyRegister(): Promise<TestCore> {
  const core = keptCore({ dataDir: keptDir(), now, allowSyntheticIds: true });
  await core.ok('session.setup', { municipality: 'Testvik kommune', ...ADMIN });
  return core;
}

const rows = (db: Db, sql: string) => db.prepare(sql).all() as Record<string, unknown>[];

/**
 * The register with every id replaced by what names the record: a person by name and
 * fødselsnummer, a case by its number, a step by its case and place, a coordinator by name and
 * e-mail, a service unit by name. Two registers holding the same records give the same view.
 */
function view(db: Db) {
  const steps = rows(
    db,
    'SELECT s.id, c.case_number FROM case_steps s JOIN cases c ON c.id = s.case_id ORDER BY s.id',
  );
  const stepKey = new Map<number, string>();
  const places = new Map<string, number>();
  for (const s of steps) {
    const n = (places.get(s.case_number as string) ?? 0) + 1;
    places.set(s.case_number as string, n);
    stepKey.set(s.id as number, `${s.case_number as string}#${n}`);
  }
  const units = new Map(rows(db, 'SELECT id, name FROM service_units').map((u) => [u.id, u.name]));
  return {
    persons: rows(
      db,
      `SELECT name, search_name, sort_name, national_id, birth_date, due_date, birth_year, birth_month, address,
         phone, email, interpreter_needed, interpreter_language, created_at, updated_at
       FROM persons ORDER BY name, national_id, birth_date, due_date, created_at`,
    ),
    relations: rows(
      db,
      `SELECT p.name AS person, p.national_id, r.position, r.name, r.relation, r.parental_responsibility,
         r.may_consent, r.phone, r.email, r.address
       FROM person_relations r JOIN persons p ON p.id = r.person_id ORDER BY p.name, p.national_id, r.position`,
    ),
    cases: rows(
      db,
      `SELECT c.case_number, p.name AS person, p.national_id, c.received_date, c.channel, c.applied_by,
         c.applied_by_name, c.rights_requested, c.need_description, c.services, c.created_at, c.updated_at,
         c.anonymised_at, c.status, c.office_deadline, c.office_deadline_kind, c.appeal_deadline, c.decided_date, c.closed_date,
         c.rights_granted
       FROM cases c JOIN persons p ON p.id = c.person_id ORDER BY c.case_number`,
    ).map((c) => ({
      ...c,
      services: (JSON.parse(c.services as string) as { serviceUnitId: number | null }[]).map((s) => ({
        ...s,
        serviceUnitId: s.serviceUnitId === null ? null : units.get(s.serviceUnitId),
      })),
    })),
    steps: rows(
      db,
      `SELECT s.id, c.case_number, s.kind, s.date, s.data, s.recorded_by, s.recorded_at, s.updated_at
       FROM case_steps s JOIN cases c ON c.id = s.case_id ORDER BY c.case_number, s.id`,
    ).map(({ id, data, ...s }) => {
      const fields = JSON.parse(data as string) as Record<string, unknown>;
      if (typeof fields.decisionId === 'number') fields.decisionId = stepKey.get(fields.decisionId);
      return { key: stepKey.get(id as number), kind: s.kind as string, ...s, data: fields };
    }),
    coordinators: rows(
      db,
      `SELECT k.name, u.name AS unit, k.position, k.phone, k.email, k.capacity, k.active, k.created_at, k.updated_at
       FROM coordinators k JOIN service_units u ON u.id = k.service_unit_id ORDER BY k.name, k.email, k.created_at`,
    ),
    serviceUnits: rows(db, 'SELECT name, active FROM service_units ORDER BY name'),
    appointments: rows(
      db,
      `SELECT c.case_number, p.name AS person, p.national_id, k.name AS coordinator, k.email AS coordinator_email,
         a.role, a.start_date, a.family_wish, a.family_notified_date, a.partners_notified_date, a.end_date,
         a.end_reason, a.end_note, a.recorded_by, a.recorded_at, a.updated_at
       FROM appointments a JOIN cases c ON c.id = a.case_id JOIN persons p ON p.id = a.person_id
         JOIN coordinators k ON k.id = a.coordinator_id
       ORDER BY c.case_number, a.start_date, a.id`,
    ),
    courses: rows(
      db,
      'SELECT name, provider, type, validity_months, required, active FROM courses ORDER BY name',
    ),
    training: rows(
      db,
      `SELECT k.name AS coordinator, k.email, co.name AS course, ts.date AS session_date, t.date, t.note,
         t.recorded_by, t.recorded_at
       FROM training_completions t JOIN coordinators k ON k.id = t.coordinator_id
         JOIN courses co ON co.id = t.course_id LEFT JOIN training_sessions ts ON ts.id = t.session_id
       ORDER BY k.name, k.email, t.date, co.name`,
    ),
    sessions: rows(
      db,
      `SELECT co.name AS course, s.date, s.place, s.note, s.recorded_by, s.recorded_at, s.updated_at
       FROM training_sessions s JOIN courses co ON co.id = s.course_id ORDER BY s.date, co.name, s.id`,
    ),
    guidance: rows(
      db,
      `SELECT g.date, g.topic, g.note, g.recorded_by, g.recorded_at, g.updated_at,
         (SELECT group_concat(name, ', ') FROM (SELECT k.name FROM guidance_participants gp
            JOIN coordinators k ON k.id = gp.coordinator_id WHERE gp.session_id = g.id ORDER BY k.name)) AS participants
       FROM guidance_sessions g ORDER BY g.date, g.id`,
    ),
    plans: rows(
      db,
      `SELECT c.case_number, p.wanted, p.tool, p.tool_reference, p.period_start, p.period_end, p.next_revision_date,
         p.last_evaluation_date, p.closed_date, p.closed_note, p.recorded_by, p.recorded_at, p.updated_at
       FROM plans p JOIN cases c ON c.id = p.case_id ORDER BY c.case_number`,
    ),
    planPoints: rows(
      db,
      `SELECT c.case_number, pp.point, pp.covered, pp.note FROM plan_points pp JOIN plans p ON p.id = pp.plan_id
         JOIN cases c ON c.id = p.case_id ORDER BY c.case_number, pp.point`,
    ),
    goals: rows(
      db,
      `SELECT c.case_number, g.position, g.text, g.area, g.status, g.target_date, g.achieved_date
       FROM plan_goals g JOIN plans p ON p.id = g.plan_id JOIN cases c ON c.id = p.case_id
       ORDER BY c.case_number, g.position`,
    ),
    measures: rows(
      db,
      `SELECT c.case_number, g.position AS goal, m.position, m.text, u.name AS unit, m.due_date, m.status
       FROM plan_measures m JOIN plan_goals g ON g.id = m.goal_id JOIN plans p ON p.id = g.plan_id
         JOIN cases c ON c.id = p.case_id LEFT JOIN service_units u ON u.id = m.service_unit_id
       ORDER BY c.case_number, g.position, m.position`,
    ),
    members: rows(
      db,
      `SELECT c.case_number, m.kind, m.name, m.role, u.name AS unit
       FROM plan_members m JOIN plans p ON p.id = m.plan_id JOIN cases c ON c.id = p.case_id
         LEFT JOIN service_units u ON u.id = m.service_unit_id ORDER BY c.case_number, m.id`,
    ),
    meetings: rows(
      db,
      `SELECT c.case_number, mt.date, mt.kind, mt.other_participants, mt.minutes_written, mt.minutes_reference,
         mt.next_meeting_date, mt.recorded_by, mt.recorded_at, mt.updated_at,
         (SELECT group_concat(name, ', ') FROM (SELECT mb.name FROM plan_meeting_participants mp
            JOIN plan_members mb ON mb.id = mp.member_id WHERE mp.meeting_id = mt.id ORDER BY mb.name)) AS participants
       FROM plan_meetings mt JOIN plans p ON p.id = mt.plan_id JOIN cases c ON c.id = p.case_id
       ORDER BY c.case_number, mt.date, mt.id`,
    ),
    letters: rows(
      db,
      `SELECT c.case_number, l.kind, l.decision_step_id, l.letter_date, l.body, l.created_by, l.created_at
       FROM letters l JOIN cases c ON c.id = l.case_id ORDER BY c.case_number, l.id`,
    ).map((l) => ({ ...l, decision_step_id: stepKey.get(l.decision_step_id as number) ?? null })),
    // Who made a copy is compared on its own: the demo's user is not a user of the new register.
    archiveCopies: rows(
      db,
      `SELECT c.case_number, a.made_at, a.documents FROM archive_copies a JOIN cases c ON c.id = a.case_id
       ORDER BY c.case_number, a.made_at`,
    ),
    settings: Object.fromEntries(
      rows(
        db,
        `SELECT key, value FROM settings WHERE key IN
           ('case.rules', 'coordination.rules', 'plan.rules', 'report.rules', 'letters.settings',
            'retention.rules')`,
      ).map((s) => [s.key, JSON.parse(s.value as string) as unknown]),
    ),
  };
}

describe('registerExport.load: an export read into an empty register', () => {
  let target: TestCore;
  let counts: Record<string, number>;

  beforeAll(async () => {
    target = await emptyRegister();
    expect((await target.ok('registerExport.status', {})).empty).toBe(true);
    counts = (await target.ok('registerExport.load', { path: exported.workbook })).counts;
  }, 60_000);

  it('gives back the same records, field by field, with new ids and the same case numbers', async () => {
    const before = await withDemoDb(source.dataDir, source.login, view);
    const after = await withRawDb(target.dataDir, view);
    // One comparison per kind, so a failure names what differs.
    for (const key of Object.keys(before) as (keyof typeof before)[])
      expect(after[key], key).toEqual(before[key]);
    expect(before.persons.length).toBe(150);
    expect(before.steps.filter((s) => s.kind === 'decision').length).toBeGreaterThan(100);
    expect(before.steps.some((s) => s.kind === 'appeal')).toBe(true);
    expect(before.appointments.length).toBeGreaterThan(50);
    expect(before.plans.length).toBeGreaterThan(20);
    expect(before.letters.length).toBe(2);
    expect(Object.keys(before.settings).sort()).toEqual([
      'case.rules',
      'coordination.rules',
      'letters.settings',
      'plan.rules',
      'report.rules',
      'retention.rules',
    ]);
    expect(before.settings['retention.rules']).toEqual({ years: 1, action: 'anonymise' });
    // The days without a coordinator keep the key they have always been stored and exported under.
    expect(before.settings['coordination.rules']).toEqual({ trainingNoticeDays: 45, unappointedDays: 21 });
  });

  it('keeps which case was anonymised, its person’s year and month of birth and its archive copy', async () => {
    const anonymised = (db: Db) =>
      rows(
        db,
        `SELECT c.case_number, c.anonymised_at, c.need_description, p.name, p.national_id, p.birth_date,
           p.birth_year, p.birth_month, (SELECT count(*) FROM archive_copies a WHERE a.case_id = c.id) AS copies
         FROM cases c JOIN persons p ON p.id = c.person_id WHERE c.anonymised_at IS NOT NULL`,
      );
    const before = await withDemoDb(source.dataDir, source.login, anonymised);
    const after = await withRawDb(target.dataDir, anonymised);
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ name: 'Anonymisert', national_id: null, birth_date: null, copies: 1 });
    expect(before[0]!.birth_year).toBeGreaterThan(1900);
    expect(before[0]!.birth_month).toBeGreaterThanOrEqual(1);
    expect(after).toEqual(before);
    // Retention treats it as the source did: not expired again; the other copied case is, with
    // the time of its copy.
    const expired = (await target.ok('retention.expired', {})).cases;
    expect(expired.map((c) => c.caseNumber)).not.toContain(before[0]!.case_number);
    const sourceExpired = (await source.core.ok('retention.expired', {})).cases;
    expect(expired.map((c) => [c.caseNumber, c.archiveCopyAt])).toEqual(
      sourceExpired.map((c) => [c.caseNumber, c.archiveCopyAt]),
    );
    // The demo's user is no user here: the copy is kept without a maker.
    const makers = await withRawDb(target.dataDir, (db) =>
      rows(db, 'SELECT made_by FROM archive_copies').map((r) => r.made_by),
    );
    expect(makers).toEqual([null, null]);
  });

  it('brings no log: the person index holds only the new register’s own rows', async () => {
    // The audit log stays with the register it belongs to (hash chain, key); so does its person
    // index, which appendAudit fills for the rows written here (the load's own row names no one).
    const { stray, sourceRows } = await withRawDb(target.dataDir, (db) => ({
      stray: rows(
        db,
        'SELECT audit_id FROM audit_persons WHERE audit_id NOT IN (SELECT id FROM audit) OR person_id NOT IN (SELECT id FROM persons)',
      ),
      sourceRows: rows(db, "SELECT id FROM audit WHERE action = 'archive_copy'"),
    }));
    expect(stray).toEqual([]);
    expect(sourceRows).toEqual([]);
  });

  it('answers with the rows read per sheet, which are the export’s', () => {
    for (const def of SHEETS.filter((s) => s.loaded))
      expect(counts[def.key], def.key).toBe(exported.result.counts[def.key]);
    expect(counts.users).toBeUndefined();
  });

  it('shows each case as the source did: the same status, deadlines and coordinator', async () => {
    const sourceList = (await source.core.ok('cases.list', { limit: 500 })).rows;
    const targetList = (await target.ok('cases.list', { limit: 500 })).rows;
    const strip = ({ id: _id, personId: _p, ...row }: (typeof sourceList)[number]) => row;
    expect(targetList.map(strip)).toEqual(sourceList.map(strip));
    const sample = sourceList.find((r) => r.status === 'decided') ?? sourceList[0]!;
    const there = targetList.find((r) => r.caseNumber === sample.caseNumber)!;
    const [a, b] = await Promise.all([
      source.core.ok('cases.get', { id: sample.id }),
      target.ok('cases.get', { id: there.id }),
    ]);
    expect(b.overview).toEqual(a.overview);
    expect(b.coordination.current?.coordinatorName ?? null).toBe(
      a.coordination.current?.coordinatorName ?? null,
    );
  });

  it('loads no users: they have key slots, and the export only lists them', async () => {
    const users = await target.ok('users.list', {});
    expect(users.map((u) => u.username)).toEqual([ADMIN.username]);
  });

  it('logs one import row naming the counts, never a value', async () => {
    const logged = await withRawDb(target.dataDir, (db) =>
      rows(db, "SELECT username, entity_id, fields FROM audit WHERE action = 'import'"),
    );
    expect(logged).toHaveLength(1);
    expect(logged[0]!.username).toBe(ADMIN.username);
    const fields = JSON.parse(logged[0]!.fields as string) as string[];
    expect(fields).toContain('cases:150');
    expect(fields).toContain('persons:150');
    for (const f of fields) expect(f).toMatch(/^[a-zA-Z]+:\d+$/);
    expect((await target.ok('audit.verify', {})).ok).toBe(true);
  });

  it('is then no longer empty: a second load is refused', async () => {
    expect((await target.ok('registerExport.status', {})).empty).toBe(false);
    const refused = await target.fails('registerExport.load', { path: exported.workbook });
    expect(refused).toMatchObject({ code: 'VALIDATION', fields: { path: 'registerExport.load.notEmpty' } });
  });
});

describe('registerExport.load refuses, writing nothing', () => {
  let target: TestCore;
  let auditBefore: number;

  beforeAll(async () => {
    target = await emptyRegister();
    auditBefore = await auditCount(target);
  });

  // Core's timer may take the new register's first daily backup meanwhile: that row is not ours.
  const auditCount = (core: TestCore) =>
    withRawDb(
      core.dataDir,
      (db) =>
        (db.prepare("SELECT count(*) AS n FROM audit WHERE action <> 'backup'").get() as { n: number }).n,
    );

  async function nothingWritten() {
    const status = await target.ok('registerExport.status', {});
    expect(status.empty).toBe(true);
    for (const sheet of ['persons', 'cases', 'steps', 'coordinators', 'plans', 'serviceUnits', 'letters'])
      expect(status.counts[sheet], sheet).toBe(0);
    expect(status.counts.courses).toBe(3);
    // Refusals are not logged (nor is the status: counts only).
    expect(await auditCount(target)).toBe(auditBefore);
  }

  /** The export, changed by `edit` and saved again with exceljs. */
  async function edited(edit: (workbook: ExcelJS.Workbook) => void): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(exported.workbook) as unknown as ArrayBuffer);
    edit(workbook);
    const file = path.join(keptDir(), 'endret.xlsx');
    await workbook.xlsx.writeFile(file);
    return file;
  }

  const column = (sheet: (typeof SHEETS)[number]['key'], key: string) =>
    SHEETS.find((s) => s.key === sheet)!.columns.findIndex((c) => c.key === key) + 1;

  async function refusal(file: string) {
    const error = await target.fails('registerExport.load', { path: file });
    expect(error.code).toBe('VALIDATION');
    return { key: error.fields?.path, message: error.message };
  }

  it('into a register that is not empty', async () => {
    const before = await withDemoDb(source.dataDir, source.login, (db) =>
      rows(db, 'SELECT count(*) AS n FROM cases'),
    );
    const error = await source.core.fails('registerExport.load', { path: exported.workbook });
    expect(error).toMatchObject({ fields: { path: 'registerExport.load.notEmpty' } });
    expect(error.message).toBe(texts.registerExport.load.notEmpty);
    expect(
      await withDemoDb(source.dataDir, source.login, (db) => rows(db, 'SELECT count(*) AS n FROM cases')),
    ).toEqual(before);
  });

  it('a path that is not whole, a file that is not there, or one over 50 MB', async () => {
    expect((await refusal('eksport.xlsx')).key).toBe('registerExport.load.notAbsolute');
    expect((await refusal(path.join(keptDir(), 'borte.xlsx'))).key).toBe('registerExport.load.fileMissing');
    expect((await refusal(keptDir())).key).toBe('registerExport.load.fileMissing');
    const large = path.join(keptDir(), 'stor.xlsx');
    writeFileSync(large, '');
    truncateSync(large, 50 * 1024 * 1024 + 1);
    expect((await refusal(large)).key).toBe('registerExport.load.tooLarge');
    await nothingWritten();
  });

  it('a damaged file', async () => {
    const noise = path.join(keptDir(), 'støy.xlsx');
    writeFileSync(noise, Buffer.from('dette er ikke en arbeidsbok'.repeat(100)));
    expect((await refusal(noise)).key).toBe('registerExport.load.damaged');
    const bytes = readFileSync(exported.workbook);
    const cut = path.join(keptDir(), 'kuttet.xlsx');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect((await refusal(cut)).key).toBe('registerExport.load.damaged');
    await nothingWritten();
  });

  it('a zip bomb, before exceljs sees it', async () => {
    expect(() => unpackWorkbook(readFileSync(exported.workbook), 100_000)).toThrow(
      expect.objectContaining({ fields: { path: 'registerExport.load.tooLarge' } }),
    );
    // 520 MB of zeros in a 0.5 MB file.
    const parts: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      parts.push(chunk);
    });
    const member = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
    zip.add(member);
    const zeros = new Uint8Array(1024 * 1024);
    for (let i = 0; i < 520; i++) member.push(zeros, i === 519);
    zip.end();
    const bomb = path.join(keptDir(), 'bombe.xlsx');
    writeFileSync(bomb, Buffer.concat(parts));
    expect((await refusal(bomb)).key).toBe('registerExport.load.tooLarge');
    await nothingWritten();
  }, 60_000);

  it('a workbook that is not an export, or of a newer format', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Ark1').addRow(['Navn', 'Fødselsnummer']);
    const file = path.join(keptDir(), 'annen.xlsx');
    await other.xlsx.writeFile(file);
    expect((await refusal(file)).key).toBe('registerExport.load.notExport');
    const marker = (value: ExcelJS.CellValue, label: string) => (workbook: ExcelJS.Workbook) =>
      workbook.getWorksheet(texts.registerExport.about.sheetName)!.eachRow((row) => {
        if (row.getCell(1).value === label) row.getCell(2).value = value;
      });
    const about = texts.registerExport.about;
    expect((await refusal(await edited(marker('noe-annet', about.format)))).key).toBe(
      'registerExport.load.notExport',
    );
    expect((await refusal(await edited(marker(EXPORT_FORMAT_VERSION + 1, about.formatVersion)))).key).toBe(
      'registerExport.load.tooNew',
    );
    await nothingWritten();
  });

  it('a reference to an id that is not in the file, naming sheet, row and column', async () => {
    const file = await edited((wb) => {
      wb.getWorksheet(sheetName('cases'))!.getRow(2).getCell(column('cases', 'person_id')).value = 99_999;
    });
    const { key, message } = await refusal(file);
    expect(key).toBe('registerExport.load.invalid');
    expect(message).toBe(
      'Arket «Saker», rad 2: kolonnen «Person» viser til id 99999, som ikke finnes i arket «Personer».',
    );
    await nothingWritten();
  });

  it('a value of the wrong type, a formula, a code Samordna does not know', async () => {
    const date = await edited((wb) => {
      wb.getWorksheet(sheetName('cases'))!.getRow(3).getCell(column('cases', 'received_date')).value =
        'i går';
    });
    expect((await refusal(date)).message).toBe(
      'Arket «Saker», rad 3, kolonnen «Mottatt»: her skal det stå en dato.',
    );
    const formula = await edited((wb) => {
      wb
        .getWorksheet(sheetName('persons'))!
        .getRow(4)
        .getCell(column('persons', 'interpreter_needed')).value = {
        formula: '1=1',
        result: true,
      };
    });
    expect((await refusal(formula)).message).toBe(
      'Arket «Personer», rad 4, kolonnen «Trenger tolk»: her skal det stå SANN eller USANN.',
    );
    const code = await edited((wb) => {
      wb.getWorksheet(sheetName('appointments'))!.getRow(2).getCell(column('appointments', 'role')).value =
        'sjef';
    });
    expect((await refusal(code)).message).toBe(
      'Arket «Koordinatoroppnevninger», rad 2: verdien i kolonnen «Rolle» er ikke en av verdiene Samordna kjenner.',
    );
    await nothingWritten();
  });

  it('a sheet or a column missing', async () => {
    const sheet = await edited((wb) => wb.removeWorksheet(wb.getWorksheet(sheetName('coordinators'))!.id));
    expect((await refusal(sheet)).message).toBe('Arket «Koordinatorer» mangler.');
    const header = await edited((wb) => {
      wb.getWorksheet(sheetName('cases'))!.getRow(1).getCell(column('cases', 'case_number')).value = 'Nummer';
    });
    expect((await refusal(header)).message).toBe('Arket «Saker» mangler kolonnen «Saksnummer».');
    await nothingWritten();
  });

  it('an empty text the screens require, unless its case is anonymised', async () => {
    // A goal of a live case without its text.
    let blanked = 0;
    const goal = await edited((wb) => {
      const goals = wb.getWorksheet(sheetName('goals'))!;
      for (let r = 2; r <= goals.rowCount && !blanked; r++) {
        const cell = goals.getRow(r).getCell(column('goals', 'text'));
        if (cell.value) {
          cell.value = null;
          blanked = r;
        }
      }
    });
    expect((await refusal(goal)).message).toBe(
      `Arket «Mål», rad ${blanked}: kolonnen «Mål» er tom, men må fylles ut.`,
    );
    // The anonymised case said to be live: its emptied texts are refused.
    const live = await edited((wb) => {
      const cases = wb.getWorksheet(sheetName('cases'))!;
      cases.eachRow((row, r) => {
        if (r > 1) row.getCell(column('cases', 'anonymised_at')).value = null;
      });
    });
    expect((await refusal(live)).message).toMatch(/er tom, men må fylles ut|verdien er ikke gyldig/);
    await nothingWritten();
  });

  it('a row the register’s rules refuse, after earlier rows were written: all of it goes', async () => {
    // Two persons with one fødselsnummer: the second row is refused when it is inserted.
    const file = await edited((wb) => {
      const persons = wb.getWorksheet(sheetName('persons'))!;
      const at = column('persons', 'national_id');
      let first: ExcelJS.CellValue = null;
      let row = 2;
      for (; row <= persons.rowCount; row++) {
        const value = persons.getRow(row).getCell(at).value;
        if (value && !first) first = value;
        else if (value && first) break;
      }
      persons.getRow(row).getCell(at).value = first;
    });
    const { key, message } = await refusal(file);
    expect(key).toBe('registerExport.load.invalid');
    expect(message).toMatch(/^Arket «Personer», rad \d+ kan ikke lagres/);
    await nothingWritten();
  });

  it('an appeal naming a step that is not a decision of its case', async () => {
    const file = await edited((wb) => {
      const steps = wb.getWorksheet(sheetName('steps'))!;
      const kind = column('steps', 'kind');
      steps.eachRow((row, r) => {
        if (r > 1 && row.getCell(kind).value === 'appeal')
          row.getCell(column('steps', 'decisionId')).value = 1;
      });
    });
    const { message } = await refusal(file);
    expect(message).toMatch(
      /^Arket «Steg», rad \d+: kolonnen «Vedtaket klagen gjelder» viser til id 1 i arket «Steg»/,
    );
    await nothingWritten();
  });

  it('names every column by the header the export writes', () => {
    // The loader finds columns by these texts: each sheet's headers are distinct.
    for (const def of SHEETS) {
      const headers = def.columns.map((c) => columnHeader(def.key, c.key));
      expect(new Set(headers).size, def.key).toBe(headers.length);
    }
  });
});
