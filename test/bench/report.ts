import { createCore, type DemoLogin } from '@core/index';
import type { ExportFile, LeadershipReport } from '@shared/api/reports';

import { CASES } from './cases';
import { printRows, time } from './measure';

/**
 * The leadership report through core on the bench register: a year (the last full calendar year,
 * about half the register's cases received in it) and a quarter, and its exports for the year,
 * Excel and CSV (built in core and returned as base64, as the renderer receives them).
 */
export async function benchReport(dir: string, login: DemoLogin) {
  const core = createCore({ dataDir: dir });
  const ok = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
    return r.data as T;
  };
  await ok('session.login', login);
  const year = reportYear();
  const quarter = { from: `${year.from.slice(0, 4)}-10-01`, to: year.to };
  const report = await ok<LeadershipReport>('reports.leadership', year);
  const suppressed = report.tables.reduce((n, t) => n + t.cells.flat().filter((c) => c.suppressed).length, 0);
  const cells = report.tables.reduce((n, t) => n + t.cells.flat().length, 0);
  const xlsx = await ok<ExportFile>('reports.export', { ...year, format: 'xlsx' });
  const csv = await ok<ExportFile>('reports.export', { ...year, format: 'csv' });
  const kib = (f: ExportFile) => `${(Buffer.from(f.base64, 'base64').length / 1024).toFixed(0)} KiB`;
  const rows = [
    [`reports.leadership: ${year.from} to ${year.to}`, await time(30, () => ok('reports.leadership', year))],
    [
      `reports.leadership: ${quarter.from} to ${quarter.to}`,
      await time(30, () => ok('reports.leadership', quarter)),
    ],
    [
      `reports.export xlsx, the year (${kib(xlsx)})`,
      await time(20, () => ok('reports.export', { ...year, format: 'xlsx' })),
    ],
    [
      `reports.export csv, the year (${kib(csv)})`,
      await time(20, () => ok('reports.export', { ...year, format: 'csv' })),
    ],
  ] as const;
  core.close();
  printRows(
    `Leadership report: ${CASES} cases, ${report.tables.length} tables, ${cells} cells (${suppressed} suppressed), through core`,
    rows,
  );
}

/** The last full calendar year: the register's cases were received over the two years before today. */
export function reportYear(): { from: string; to: string } {
  const last = new Date().getFullYear() - 1;
  return { from: `${last}-01-01`, to: `${last}-12-31` };
}
