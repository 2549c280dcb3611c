import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

import { readStep, type StepRow } from '@core/cases/stepReader';
import { seededRandom } from '@core/demo/random';
import { createDatabase, type Db } from '@core/storage/database';
import type { CaseStep, StepKind } from '@shared/domain/case';

import { alternating, printRows, time } from './measure';

const STEPS = 100_000;
const RUNS = 15;

/**
 * `npm run bench -- steps`: issue 18's cost of reading `case_steps.data` through the step reader.
 * 100 000 stored steps of every kind (texts of realistic length, in the proportions a register
 * holds them) in an encrypted register's table of the same columns; timed: the rows read alone,
 * read and parsed as before (JSON.parse and a cast), and read through the reader (JSON.parse and
 * the contract's zod schemas). The last two alternate run for run, so a change of load on the
 * machine weighs on both alike.
 */
export async function benchStepReads(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'samordna-bench-steps-'));
  const file = path.join(dir, 'samordna.db');
  const db = createDatabase(file, Buffer.alloc(32, 7));
  try {
    fill(db);
    const select = db.prepare('SELECT id, case_id, kind, data, recorded_by, recorded_at FROM steps');
    const rows = () => select.all() as StepRow[];
    const before = () =>
      rows().map(
        (r) =>
          ({
            ...(JSON.parse(r.data) as object),
            id: r.id,
            kind: r.kind,
            recordedBy: r.recorded_by,
            recordedAt: r.recorded_at,
          }) as CaseStep,
      );
    const reader = () => rows().map((r) => readStep(db, r));
    console.log(
      `\nStep reads: ${STEPS.toLocaleString('nb')} steps; load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
    );
    const sql = await time(RUNS, rows);
    const [plain, checked] = alternating(RUNS, before, reader, 3);
    const parseOnly = (s: number) => Math.max(0, s - sql.median);
    printRows(`Reading ${STEPS.toLocaleString('nb')} steps (${RUNS} runs each)`, [
      ['SELECT only', sql],
      ['SELECT + JSON.parse and a cast (before)', plain],
      ['SELECT + readStep: JSON.parse and the zod step schemas (after)', checked],
    ]);
    const perStep = (ms: number) => ((ms * 1000) / STEPS).toFixed(2);
    console.log(
      `  per step beyond the SELECT: JSON.parse ${perStep(parseOnly(plain.median))} µs, ` +
        `readStep ${perStep(parseOnly(checked.median))} µs; zod adds ${perStep(checked.median - plain.median)} µs ` +
        `(${(checked.median / plain.median).toFixed(2)}× the read as before)`,
    );
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How many of each kind a case holds on average, roughly as the demo register has them. */
const MIX: readonly [StepKind, number][] = [
  ['mapping', 18],
  ['consent', 20],
  ['interimReply', 6],
  ['assessment', 16],
  ['decision', 18],
  ['appeal', 3],
  ['transition', 3],
  ['closing', 12],
  ['reopening', 4],
];

function fill(db: Db): void {
  db.exec(`CREATE TABLE steps (id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL, kind TEXT NOT NULL,
    data TEXT NOT NULL, recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL)`);
  const random = seededRandom(18).next;
  const total = MIX.reduce((n, [, w]) => n + w, 0);
  const insert = db.prepare(
    "INSERT INTO steps (case_id, kind, data, recorded_by, recorded_at) VALUES (?, ?, ?, 'kari.ke', ?)",
  );
  db.transaction(() => {
    for (let i = 0; i < STEPS; i++) {
      let pick = random() * total;
      const kind = MIX.find(([, w]) => (pick -= w) < 0)?.[0] ?? 'mapping';
      const { kind: _, ...data } = stepOf(kind, random);
      insert.run(Math.floor(i / 5) + 1, kind, JSON.stringify(data), '2026-03-01T09:00:00.000Z');
    }
  })();
}

const day = (random: () => number) =>
  `20${String(20 + Math.floor(random() * 7))}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
const text = (random: () => number, max: number) =>
  'Familien ønsker tettere oppfølging fra skole og helsestasjon. '.repeat(1 + Math.floor(random() * max));

function stepOf(kind: StepKind, random: () => number): Record<string, unknown> {
  switch (kind) {
    case 'mapping':
      return {
        kind,
        date: day(random),
        form: 'homeVisit',
        participants: 'Mor, far, helsesykepleier',
        childParticipated: random() < 0.5,
        childViews: text(random, 3),
      };
    case 'consent':
      return {
        kind,
        type: 'informationSharing',
        givenBy: 'guardian',
        givenByName: 'Kari Testrud',
        date: day(random),
        validUntil: null,
        scope: text(random, 1),
        withdrawnDate: null,
      };
    case 'interimReply':
      return { kind, sentDate: day(random), reason: text(random, 1), expectedDate: day(random) };
    case 'assessment':
      return {
        kind,
        right: 'koordinator',
        date: day(random),
        conditions: [
          { key: 'longTermNeeds', result: 'met', note: text(random, 1) },
          { key: 'coordinatedServices', result: 'met', note: '' },
        ],
      };
    case 'decision':
      return {
        kind,
        right: 'koordinator',
        outcome: 'granted',
        reasons: text(random, 4),
        legalBasis: 'pasient- og brukerrettighetsloven § 2-5 b',
        decisionDate: day(random),
        notifiedDate: day(random),
      };
    case 'appeal':
      return {
        kind,
        decisionId: 1 + Math.floor(random() * 1000),
        receivedDate: day(random),
        reassessment: 'notUpheld',
        reassessmentDate: day(random),
        forwardedDate: day(random),
        governorOutcome: null,
        governorOutcomeDate: null,
      };
    case 'transition':
      return { kind, date: day(random), outcome: 'extended', extendedUntil: day(random), note: '' };
    case 'closing':
      return { kind, date: day(random), reason: 'needEnded', note: text(random, 1) };
    case 'reopening':
      return { kind, date: day(random), reason: text(random, 1) };
  }
}
