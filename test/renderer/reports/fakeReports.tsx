import type { SamordnaBridge } from '@shared/api/bridge';
import type { ApiErrorShape, Result } from '@shared/api/errors';
import type {
  ExportFile,
  LeadershipReport,
  ReportSettings,
  ReportTable,
  ReportValue,
} from '@shared/api/reports';
import type { SessionStatus } from '@shared/api/session';

export const shown = (value: number): ReportValue => ({ value, suppressed: false });
export const hidden: ReportValue = { value: null, suppressed: true, reason: 'small' };

/**
 * Applications by right and channel, as core suppresses them at threshold 5: 3 is hidden, and
 * so is the 7 beside it, or the row total 10 would give the 3 away.
 */
export function applicationsTable(): ReportTable {
  return {
    key: 'applications',
    rows: ['koordinator', 'barnekoordinator'],
    columns: ['electronicForm', 'paper'],
    unit: 'count',
    cells: [
      [shown(12), shown(8)],
      [hidden, hidden],
    ],
    rowTotals: [shown(20), shown(10)],
    columnTotals: [shown(15), shown(15)],
    total: shown(30),
  };
}

/** Days from receipt to decision, a share and its basis: no totals, and the units differ. */
export function processingTable(): ReportTable {
  return {
    key: 'processingTime',
    rows: ['koordinator'],
    columns: ['medianDays', 'p90Days', 'withinOneMonth', 'decisions'],
    unit: 'days',
    columnUnits: ['days', 'days', 'percent', 'count'],
    cells: [[shown(21.5), shown(40), shown(85.7), shown(14)]],
    rowTotals: null,
    columnTotals: null,
    total: null,
  };
}

/** Nothing to draw: no appeals, and the one small count hidden. */
export function appealsTable(): ReportTable {
  return {
    key: 'appeals',
    rows: ['koordinator'],
    columns: ['municipalityUpheld', 'atGovernor'],
    unit: 'count',
    cells: [[shown(0), hidden]],
    rowTotals: null,
    columnTotals: null,
    total: null,
  };
}

export function sampleReport(from: string, to: string, threshold = 5): LeadershipReport {
  return {
    from,
    to,
    municipalityName: 'Testvik kommune',
    threshold,
    generatedAt: '2026-11-23T09:15:00.000Z',
    tables: [applicationsTable(), processingTable(), appealsTable()],
  };
}

const session: SessionStatus = {
  state: 'open',
  demo: false,
  municipality: 'Testvik kommune',
  user: { id: 2, displayName: 'Lise Leder', username: 'lise', role: 'leder' },
  idleTimeoutMinutes: 10,
  dataFolder: '/tmp/samordna',
};

/** Stands in for core: the report channels and the session. Every call is recorded. */
export class FakeReportsCore implements SamordnaBridge {
  readonly kind = 'host' as const;
  readonly calls: { channel: string; input: Record<string, unknown> }[] = [];
  settings: ReportSettings = { suppressionThreshold: 5 };
  exportFile: ExportFile = {
    fileName: 'lederrapport-2026-07-01-2026-09-30.csv',
    mimeType: 'text/csv;charset=utf-8',
    // "Tabell;Rad" with the BOM: what a real CSV starts with.
    base64: btoa('\u00ef\u00bb\u00bfTabell;Rad'),
  };
  failWith = new Map<string, ApiErrorShape>();

  invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
    this.calls.push({ channel, input });
    const failure = this.failWith.get(channel);
    if (failure) return { ok: false, error: failure };
    switch (channel) {
      case 'session.status':
        return { ok: true, data: session };
      case 'reports.leadership':
        return {
          ok: true,
          data: sampleReport(input.from as string, input.to as string, this.settings.suppressionThreshold),
        };
      case 'reports.export':
        return { ok: true, data: this.exportFile };
      case 'reports.settings':
        return { ok: true, data: this.settings };
      case 'reports.updateSettings':
        this.settings = input as unknown as ReportSettings;
        return { ok: true, data: this.settings };
      default:
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Ukjent forespørsel.' } };
    }
  }) as SamordnaBridge['invoke'];

  /** What the screen sent on a channel, oldest first. */
  sent(channel: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input);
  }
}
