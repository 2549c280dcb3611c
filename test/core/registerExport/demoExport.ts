import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { insertArchiveCopy } from '@core/archive/archiveRepo';
import { createCore, createDemoRegister, type Core, type CoreOptions, type DemoLogin } from '@core/index';
import { openDatabase, type Db } from '@core/storage/database';
import { readKeyFile } from '@core/storage/keyFile';
import { unwrapKey } from '@core/storage/keySlots';
import type { ExpiredCase } from '@shared/api/retention';

import { asTestCore, TEST_KDF, type TestCore } from '../harness';

/**
 * A demo register (150 cases, 40 coordinators) with what the generator leaves out added through
 * the channels: letters, rules changed from their defaults, a letterhead logo long enough to be
 * split over several rows of the settings sheet, archive copies, and a closed case past its time
 * anonymised (its person keeps only the year of birth).
 */
export const TODAY = '2027-03-01';
export const now = () => new Date(`${TODAY}T10:00:00`);

/**
 * Folders and cores kept for a whole file (the harness' own are removed after each test), given
 * back by `releaseKept` in an afterAll.
 */
const kept: { dirs: string[]; cores: Core[] } = { dirs: [], cores: [] };

export function keptDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'samordna-export-'));
  kept.dirs.push(dir);
  return dir;
}

export function keptCore(options: Partial<CoreOptions> & { dataDir: string }): TestCore {
  const core = createCore({ kdf: TEST_KDF, ...options });
  kept.cores.push(core);
  return asTestCore(core, options.dataDir);
}

export function releaseKept(): void {
  kept.cores.splice(0).forEach((c) => c.close());
  kept.dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
}

export interface DemoExport {
  core: TestCore;
  dataDir: string;
  login: DemoLogin;
}

/** A PNG as a data URL of about `size` bytes (the letters' logo check reads only the header). */
export function pngUrl(size: number): string {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  for (let i = 8; i < size; i++) bytes[i] = (i * 7919) % 251;
  return `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
}

export async function demoRegister(): Promise<DemoExport> {
  const dataDir = keptDir();
  const login = await createDemoRegister(dataDir, { kdf: TEST_KDF, now, cases: 150, coordinators: 40 });
  // The clock is put three years ahead while the closed cases are retired (see `retire`).
  const clock = { ahead: 0 };
  const core = keptCore({ dataDir, now: () => new Date(now().getTime() + clock.ahead) });
  await core.ok('session.login', login);

  // Letters on two decided cases: a decision letter naming its decision.
  const decided = (await core.ok('cases.list', { limit: 500 })).rows.filter((r) => r.decidedDate !== null);
  for (const row of decided.slice(0, 2)) {
    const detail = await core.ok('cases.get', { id: row.id });
    const decision = detail.record.steps.find((s) => s.kind === 'decision')!;
    if (decision.kind !== 'decision') throw new Error('no decision');
    await core.ok('letters.record', {
      caseId: row.id,
      kind: 'decision',
      decisionId: decision.id,
      date: decision.decisionDate,
      text: `Vedtak om ${decision.right} i sak ${row.caseNumber}.\n\nMed hilsen\nKoordinerende enhet`,
    });
  }

  const caseRules = await core.ok('cases.rules', {});
  await core.ok('cases.updateRules', {
    ...caseRules,
    interimReplyMonths: 2,
    dueSoonDays: 10,
    legalReferences: { interimReply: 'fvl. § 11 a (demo)' },
  });
  await core.ok('coordinators.updateRules', { trainingNoticeDays: 45, withoutCoordinatorDays: 21 });
  await core.ok('plans.updateRules', { minMeetingsPerYear: 3, evaluationMonths: 6, revisionNoticeDays: 20 });
  await core.ok('reports.updateSettings', { suppressionThreshold: 7 });
  const letters = await core.ok('letters.settings', {});
  await core.ok('letters.updateSettings', {
    ...letters,
    address: 'Postboks 1\n1234 Demo',
    phone: '12345678',
    email: 'ke@demo.kommune.no',
    logo: pngUrl(60_000),
  });
  await core.ok('retention.updateSettings', { years: 1, action: 'anonymise' });
  await core.ok('session.lock', {});
  clock.ahead = 3 * 365 * 24 * 3600 * 1000;
  await core.ok('session.login', login);
  await retire(core, dataDir, login);
  await core.ok('session.lock', {});
  clock.ahead = 0;
  await core.ok('session.login', login);
  return { core, dataDir, login };
}

/**
 * Retention's traces (schema v10, v11): two closed cases past their time get an archive copy, and
 * the first of them is anonymised (its person keeps only the year of birth). The copies are
 * recorded as `archive.record` records them, without rendering a package.
 */
async function retire(core: TestCore, dataDir: string, login: DemoLogin): Promise<void> {
  const expired = (await core.ok('retention.expired', {})).cases;
  if (expired.length < 2) throw new Error('the demo has too few closed cases');
  const [gone, kept] = expired as [ExpiredCase, ExpiredCase];
  const madeAt = now().toISOString();
  await withDemoDb(dataDir, login, (db) => {
    const { id } = db.prepare('SELECT id FROM users WHERE username = ?').get(login.username) as {
      id: number;
    };
    insertArchiveCopy(db, { caseId: gone.caseId, madeAt, madeBy: id, documents: 3 });
    insertArchiveCopy(db, { caseId: kept.caseId, madeAt, madeBy: id, documents: 1 });
  });
  await core.ok('retention.apply', { caseIds: [gone.caseId], action: 'anonymise', confirmCount: 1 });
}

/** The demo register's database opened directly with the demo user's key. */
export async function withDemoDb<T>(dataDir: string, login: DemoLogin, use: (db: Db) => T): Promise<T> {
  const keyFile = readKeyFile(path.join(dataDir, 'samordna.keys'))!;
  const slot = keyFile.slots.find((s) => s.kind === 'user')!;
  const key = (await unwrapKey(slot, login.password, keyFile.registerId))!;
  const db = openDatabase(path.join(dataDir, 'samordna.db'), key);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** Rows per sheet, counted in the tables themselves. */
export const TABLE_COUNTS: Record<string, string> = {
  persons: 'SELECT count(*) AS n FROM persons',
  relations: 'SELECT count(*) AS n FROM person_relations',
  cases: 'SELECT count(*) AS n FROM cases',
  services: 'SELECT coalesce(sum(json_array_length(services)), 0) AS n FROM cases',
  steps: 'SELECT count(*) AS n FROM case_steps',
  decisions: "SELECT count(*) AS n FROM case_steps WHERE kind = 'decision'",
  appointments: 'SELECT count(*) AS n FROM appointments',
  coordinators: 'SELECT count(*) AS n FROM coordinators',
  serviceUnits: 'SELECT count(*) AS n FROM service_units',
  courses: 'SELECT count(*) AS n FROM courses',
  trainingSessions: 'SELECT count(*) AS n FROM training_sessions',
  completions: 'SELECT count(*) AS n FROM training_completions',
  guidance: 'SELECT count(*) AS n FROM guidance_sessions',
  guidanceParticipants: 'SELECT count(*) AS n FROM guidance_participants',
  plans: 'SELECT count(*) AS n FROM plans',
  planPoints: 'SELECT count(*) AS n FROM plan_points',
  goals: 'SELECT count(*) AS n FROM plan_goals',
  measures: 'SELECT count(*) AS n FROM plan_measures',
  members: 'SELECT count(*) AS n FROM plan_members',
  meetings: 'SELECT count(*) AS n FROM plan_meetings',
  meetingParticipants: 'SELECT count(*) AS n FROM plan_meeting_participants',
  letters: 'SELECT count(*) AS n FROM letters',
  archiveCopies: 'SELECT count(*) AS n FROM archive_copies',
  users: 'SELECT count(*) AS n FROM users',
};

export function tableCounts(db: Db): Record<string, number> {
  return Object.fromEntries(
    Object.entries(TABLE_COUNTS).map(([k, sql]) => [k, (db.prepare(sql).get() as { n: number }).n]),
  );
}

/** Exports into a new folder; returns the folder, the answer and the workbook's path. */
export async function exportTo(core: TestCore, folder = keptDir()) {
  const result = await core.ok('registerExport.write', { folder });
  return {
    folder,
    result,
    workbook: path.join(folder, result.files[0]!.fileName),
    files: readdirSync(folder),
  };
}
