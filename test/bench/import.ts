import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import ExcelJS from 'exceljs';

import { seededRandom } from '@core/demo/random';
import { nationalIdFor } from '@core/demo/syntheticIds';
import { createCore, createDemoRegister } from '@core/index';
import type { ImportFile, ImportLayout, ImportSpec } from '@shared/api/imports';

import { printRows, timeAfter, type Stats } from './measure';

const ROWS = 5_000;
const FIRST = [
  'Emma',
  'Noah',
  'Nora',
  'Jakob',
  'Sofie',
  'Emil',
  'Ella',
  'Filip',
  'Maja',
  'Oskar',
  'Ingrid',
  'Aksel',
];
const LAST = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Berg',
  'Haugen',
];
const COORDINATORS = 60;

/**
 * A KE's case sheet of 5 000 rows, as the fixtures' kommune A keeps it: a title row, dates as real
 * dates, serials and text, fødselsnummer as numbers and text, "Etternavn, Fornavn", coordinators
 * of the pool by name, a note on some rows.
 */
async function writeWorkbook(file: string, coordinators: string[]): Promise<void> {
  const { next: random, pick } = seededRandom(14);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Saker');
  sheet.addRow(['KE-register (stor)']);
  sheet.addRow([]);
  sheet.addRow([
    'Navn',
    'Fnr',
    'Adresse',
    'Foresatt',
    'Mottatt',
    'Søkt om',
    'Vedtak',
    'Vedtaksdato',
    'Koordinator',
    'Startdato koord.',
    'IP-status',
    'Merknad',
  ]);
  const taken = new Set<string>();
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  for (let i = 0; i < ROWS; i++) {
    const birth = new Date(
      Date.UTC(2006 + Math.floor(random() * 18), Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
    );
    const received = new Date(Date.UTC(2025, 0, 2 + Math.floor(random() * 600)));
    const decided = new Date(received.getTime() + (5 + Math.floor(random() * 25)) * 86_400_000);
    const start = new Date(decided.getTime() + 7 * 86_400_000);
    const fnr = nationalIdFor(iso(birth), { synthetic: true, taken });
    const granted = random() < 0.85;
    const asked = pick(['K', 'BK', 'IP', 'K + IP', 'BK/IP']);
    const day = `${String(received.getUTCDate()).padStart(2, '0')}.${String(received.getUTCMonth() + 1).padStart(2, '0')}.${received.getUTCFullYear()}`;
    sheet.addRow([
      `${pick(LAST)}, ${pick(FIRST)}`,
      i % 3 === 0 ? Number(fnr) : fnr,
      `Storgata ${i}, 1234 Stad`,
      i % 2 ? `Forelder ${i}` : null,
      i % 2 ? received : day,
      asked,
      granted ? pick(['Innvilget', 'innv.']) : 'Avslag',
      decided,
      granted ? pick(coordinators) : null,
      granted ? start : null,
      asked.includes('IP') ? pick(['Aktiv', 'under arbeid', 'ikke ønsket']) : null,
      i % 5 ? null : 'Merknad fra det gamle registeret',
    ]);
  }
  await workbook.xlsx.writeFile(file);
}

/** Reads, checks, imports and undoes 5 000 rows through the wizard's channels, as the screen does. */
export async function benchImport() {
  const dir = mkdtempSync(path.join(tmpdir(), 'samordna-bench-import-'));
  try {
    const login = await createDemoRegister(path.join(dir, 'register'), {
      coordinators: COORDINATORS,
      cases: 0,
    });
    const core = createCore({ dataDir: path.join(dir, 'register') });
    const ok = async <T>(channel: string, input: unknown): Promise<T> => {
      const r = await core.dispatch(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${JSON.stringify(r.error.fields ?? {})}`);
      return r.data as T;
    };
    await ok('session.login', login);
    const pool = await ok<{ name: string }[]>('coordinators.list', {});
    const file = path.join(dir, 'stor-kommune.xlsx');
    await writeWorkbook(
      file,
      pool.map((c) => c.name.split(' ').reverse().join(', ')),
    );

    let opened: ImportFile | undefined;
    let layout: ImportLayout | undefined;
    let spec: ImportSpec | undefined;
    let batchId = 0;
    const rows: [string, Stats][] = [
      [
        `imports.open until ready (${ROWS} rows, ${(statSync(file).size / 1024).toFixed(0)} KiB)`,
        await timeAfter(
          3,
          () => undefined,
          async () => {
            opened = await ok<ImportFile>('imports.open', { path: file });
            while (opened.state === 'reading') {
              await new Promise((r) => setTimeout(r, 5));
              opened = await ok<ImportFile>('imports.file', { fileId: opened.fileId });
            }
            if (opened.state !== 'ready') throw new Error(`read failed: ${JSON.stringify(opened.error)}`);
          },
        ),
      ],
      [
        'imports.layout (header row guessed, fields suggested)',
        await timeAfter(
          3,
          () => undefined,
          async () => {
            layout = await ok<ImportLayout>('imports.layout', { fileId: opened!.fileId, sheet: 0 });
            spec = {
              fileId: opened!.fileId,
              sheet: 0,
              headerRow: layout.headerRow,
              target: 'cases',
              columns: layout.columns
                .filter((c) => c.suggested)
                .map((c) => ({ column: c.index, field: c.suggested! })),
              values: [],
            };
          },
        ),
      ],
      [
        'imports.values (distinct values, suggestions)',
        await timeAfter(
          3,
          () => undefined,
          () => ok('imports.values', spec),
        ),
      ],
      [
        'imports.check (dry run of every row, rolled back)',
        await timeAfter(
          3,
          () => undefined,
          () => ok('imports.check', spec),
        ),
      ],
    ];
    const check = await ok<{ counts: Record<string, number> }>('imports.check', spec);
    console.log(
      `  (rows created ${check.counts.create}, with problems ${check.counts.error}, skipped ${check.counts.skip})`,
    );
    rows.push([
      'imports.run (one transaction), then imports.undo',
      await timeAfter(
        3,
        async () => {
          if (batchId) await ok('imports.undo', { batchId });
        },
        async () => {
          const done = await ok<{ batch: { id: number; counts: Record<string, number> } }>(
            'imports.run',
            spec,
          );
          batchId = done.batch.id;
        },
      ),
    ]);
    const undo = await timeAfter(
      1,
      () => undefined,
      () => ok('imports.undo', { batchId }),
    );
    rows.push(['imports.undo of the whole batch', undo]);
    printRows(`Import of a ${ROWS}-row workbook into a register of ${COORDINATORS} coordinators`, rows);
    core.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
