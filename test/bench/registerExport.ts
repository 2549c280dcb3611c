import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createCore, type DemoLogin } from '@core/index';
import type { RegisterExportResult } from '@shared/api/registerExport';

import { printRows, timeAfter } from './measure';

const MiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * The whole register out (workbook and CSV zip) and back into an empty register, on the bench
 * register: what moving out or answering an auditor costs.
 */
export async function benchRegisterExport(dir: string, login: DemoLogin) {
  const out = mkdtempSync(path.join(tmpdir(), 'samordna-bench-export-'));
  const target = mkdtempSync(path.join(tmpdir(), 'samordna-bench-load-'));
  try {
    const core = createCore({ dataDir: dir });
    const ok = async <T>(channel: string, input: unknown): Promise<T> => {
      const r = await core.dispatch(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code}`);
      return r.data as T;
    };
    await ok('session.login', login);
    let written: RegisterExportResult | undefined;
    const write = await timeAfter(
      1,
      () => undefined,
      async () => {
        written = await ok<RegisterExportResult>('registerExport.write', { folder: out });
      },
    );
    core.close();

    const empty = createCore({ dataDir: target, allowSyntheticIds: true });
    const setup = await empty.dispatch('session.setup', {
      municipality: 'Målvik kommune',
      username: 'admin',
      password: 'et langt passord for benken 2026',
      displayName: 'Admin',
    });
    if (!setup.ok) throw new Error(`session.setup: ${setup.error.code}`);
    const load = await timeAfter(
      1,
      () => undefined,
      async () => {
        const r = await empty.dispatch('registerExport.load', {
          path: path.join(out, written!.files[0]!.fileName),
        });
        if (!r.ok) throw new Error(`registerExport.load: ${r.error.code} ${r.error.message}`);
      },
    );
    empty.close();
    const rows = Object.values(written!.counts).reduce((a, b) => a + b, 0);
    printRows(
      `Whole-register export (${rows} rows; ${written!.files.map((f) => `${f.fileName} ${MiB(f.bytes)}`).join(', ')})`,
      [
        ['registerExport.write (workbook and CSV zip)', write],
        ['registerExport.load of that workbook into an empty register', load],
      ],
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(target, { recursive: true, force: true });
  }
}
