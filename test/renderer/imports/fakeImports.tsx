import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { setBridge } from '@renderer/api/client';
import { App } from '@renderer/app/App';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { ApiErrorShape, Result } from '@shared/api/errors';
import type {
  ImportBatch,
  ImportCounts,
  ImportFile,
  ImportLayout,
  ImportReport,
  ValueField,
} from '@shared/api/imports';
import type { SessionStatus, SessionUser } from '@shared/api/session';
import type { Course } from '@shared/domain/training';

// jsdom has no Web Animations; the design system's Spinner asks for the running animations.
if (typeof document.getAnimations !== 'function') {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}
// jsdom's <dialog> cannot open as a modal; Designsystemet's Dialog calls showModal and close.
if (typeof HTMLDialogElement.prototype.showModal !== 'function') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

export const admin: SessionUser = {
  id: 1,
  displayName: 'Kari Administrator',
  username: 'kari.admin',
  role: 'admin',
};
export const caseWorker: SessionUser = {
  id: 2,
  displayName: 'Per Saksbehandler',
  username: 'per',
  role: 'saksbehandler',
};

export const FILE_ID = 'a1'.repeat(16);
export const PATH = 'C:\\Users\\kari\\Documents\\KE-register.xlsx';

export function importFile(change: Partial<ImportFile> = {}): ImportFile {
  return {
    fileId: FILE_ID,
    fileName: 'KE-register.xlsx',
    format: 'xlsx',
    state: 'ready',
    progress: { done: 2000, total: 2000 },
    sheets: [
      { index: 0, name: 'Hjelpeliste', hidden: true, rows: 12, columns: 2 },
      { index: 1, name: 'Saker 2026', hidden: false, rows: 6, columns: 4 },
    ],
    notices: [{ key: 'importFile.notice.macrosIgnored' }],
    error: null,
    ...change,
  };
}

const topRows = [
  ['KE-register Testvik', '', '', ''],
  ['Navn', 'Fnr', 'Mottatt', 'Vedtak'],
  ['Kari Nordmann', '01017012345', '03.01.2026', 'innv.'],
  ['Ola Nordmann', '02027012345', '04.01.2026', 'avsl'],
  ['Per Feil', '1234', '05.01.2026', 'ukjent'],
];

/** The sheet "Saker 2026" under header row 1 (core's suggestion) or 2 (the right one). */
export function caseLayout(headerRow: number): ImportLayout {
  const headers = topRows[headerRow - 1]!;
  const suggestions = ['person.name', 'person.nationalId', 'case.receivedDate', 'decision.outcome'];
  return {
    sheet: 1,
    headerRow,
    topRows,
    columns: headers.map((header, index) => ({
      index,
      letter: 'ABCD'[index]!,
      header,
      hidden: index === 2,
      samples: topRows.slice(headerRow, headerRow + 3).map((row) => row[index]!),
      suggested: headerRow === 2 ? suggestions[index]! : null,
      suggestedCourseId: null,
    })),
    suggestedTarget: 'cases',
    saved:
      headerRow === 2
        ? {
            target: 'cases',
            columns: [
              { column: 0, field: 'person.name' },
              { column: 1, field: 'person.nationalId' },
              { column: 2, field: 'case.receivedDate' },
              { column: 3, field: 'decision.outcome' },
            ],
            values: [{ field: 'decision.outcome', raw: 'avsl', to: 'refused' }],
          }
        : null,
    dataRows: topRows.length - headerRow,
  };
}

export const outcomeValues: ValueField = {
  field: 'decision.outcome',
  options: [
    { value: 'granted', label: 'Innvilget' },
    { value: 'refused', label: 'Avslått' },
  ],
  found: [
    { raw: 'innv.', count: 1, suggested: 'granted' },
    { raw: 'avsl', count: 1, suggested: null },
    { raw: 'ukjent', count: 1, suggested: null },
  ],
};

export function counts(change: Partial<ImportCounts> = {}): ImportCounts {
  return {
    rows: 3,
    create: 2,
    join: 0,
    skip: 0,
    error: 1,
    persons: 2,
    cases: 2,
    decisions: 2,
    appointments: 0,
    plans: 0,
    coordinators: 0,
    serviceUnits: 0,
    completions: 0,
    ...change,
  };
}

export const report: ImportReport = {
  counts: counts(),
  notices: [{ key: 'importRows.notice.channelDefault' }],
  rows: [
    {
      row: 3,
      outcome: 'create',
      title: 'Kari Nordmann',
      person: { kind: 'new' },
      problems: [],
      notes: [],
      preview: {
        cells: [
          { label: 'Navn', value: 'Kari Nordmann' },
          { label: 'Fødselsnummer', value: '010170 12345' },
          { label: 'Mottatt', value: '03.01.2026' },
        ],
      },
    },
    {
      row: 4,
      outcome: 'create',
      title: 'Ola Nordmann',
      person: { kind: 'existing' },
      problems: [],
      notes: [],
      preview: {
        cells: [
          { label: 'Navn', value: 'Ola Nordmann' },
          { label: 'Mottatt', value: '04.01.2026' },
          { label: 'Vedtak', value: 'Avslått' },
        ],
      },
    },
    {
      row: 5,
      outcome: 'error',
      title: 'Per Feil',
      person: null,
      problems: [{ field: 'person.nationalId', key: 'validation.nationalIdChecksum' }],
      notes: [],
      preview: { cells: [] },
    },
  ],
};

export function batch(id: number, change: Partial<ImportBatch> = {}): ImportBatch {
  return {
    id,
    createdAt: '2027-03-10T08:15:00.000Z',
    createdBy: 'Kari Administrator',
    fileName: 'KE-register.xlsx',
    sheetName: 'Saker 2026',
    target: 'cases',
    counts: counts(),
    undoneAt: null,
    undoneBy: null,
    undoable: true,
    changedCase: null,
    ...change,
  };
}

export const courses: Course[] = [
  {
    id: 4,
    name: 'Grunnkurs for koordinatorer',
    provider: '',
    type: 'grunnopplaering',
    validityMonths: null,
    required: true,
    active: true,
  },
  {
    id: 6,
    name: 'Oppfriskningskurs',
    provider: '',
    type: 'oppfriskning',
    validityMonths: 24,
    required: false,
    active: true,
  },
  {
    id: 5,
    name: 'Gammelt kurs',
    provider: '',
    type: 'grunnopplaering',
    validityMonths: null,
    required: false,
    active: false,
  },
];

type Call = { channel: string; input: Record<string, unknown> };

/** Stands in for core: an open session and the imports channels, answering as a test sets them. */
export class FakeCore implements SamordnaBridge {
  readonly kind = 'host' as const;
  readonly calls: Call[] = [];
  session: SessionStatus = {
    state: 'open',
    dataFolder: 'C:\\data',
    demo: false,
    municipality: 'Testvik kommune',
    user: admin,
    idleTimeoutMinutes: 10,
  };
  /** What `imports.open` answers; then `imports.file` answers each of `reads` in turn, the last for ever. */
  opened: ImportFile = importFile({
    state: 'reading',
    progress: { done: 0, total: 2000 },
    sheets: [],
    notices: [],
  });
  reads: ImportFile[] = [
    importFile({ state: 'reading', progress: { done: 1000, total: 2000 }, sheets: [], notices: [] }),
    importFile(),
  ];
  layout: (input: { headerRow?: number }) => ImportLayout = (input) => caseLayout(input.headerRow ?? 1);
  values: ValueField[] = [outcomeValues];
  report: ImportReport = report;
  batches: ImportBatch[] = [];
  failWith = new Map<string, ApiErrorShape>();

  invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
    this.calls.push({ channel, input });
    const failure = this.failWith.get(channel);
    if (failure) return { ok: false, error: failure };
    const ok = (data: unknown): Result<unknown> => ({ ok: true, data });
    switch (channel) {
      case 'session.status':
        return ok(this.session);
      case 'imports.open':
        return ok(this.opened);
      case 'imports.file':
        return ok(this.reads.length > 1 ? this.reads.shift() : this.reads[0]);
      case 'imports.layout':
        return ok(this.layout(input));
      case 'imports.values': {
        // As core: what the spec already says a value becomes is suggested back.
        const sent = input.values as { field: string; raw: string; to: string }[];
        return ok(
          this.values.map((f) => ({
            ...f,
            found: f.found.map((found) => ({
              ...found,
              suggested: sent.find((v) => v.field === f.field && v.raw === found.raw)?.to ?? found.suggested,
            })),
          })),
        );
      }
      case 'imports.check':
        return ok(this.report);
      case 'imports.run':
        return ok({ batch: batch(7, { counts: this.report.counts }), report: this.report });
      case 'imports.batches':
        return ok(this.batches);
      case 'imports.undo': {
        const undone = { ...this.batches.find((b) => b.id === input.batchId)!, undoable: false };
        undone.undoneAt = '2027-03-11T09:00:00.000Z';
        undone.undoneBy = 'Kari Administrator';
        this.batches = this.batches.map((b) => (b.id === undone.id ? undone : b));
        return ok(undone);
      }
      case 'training.overview':
        return ok({ courses, sessions: [], guidance: [] });
      default:
        return ok(null);
    }
  }) as SamordnaBridge['invoke'];

  sent(channel: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input);
  }
}

/** The whole window at an address, logged in, as the administrator sees it. */
export function openApp(core: FakeCore, address: string) {
  setBridge(core);
  window.history.replaceState(null, '', address);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const rendered = render(
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>,
  );
  return { user: userEvent.setup(), ...rendered };
}

/** The validation message shown next to a field, or '' when there is none. */
export function messageNextTo(input: HTMLElement): string {
  const wrapper = input.closest('ds-field, .field, .ds-field');
  const message = wrapper?.querySelector('[data-field="validation"]');
  return message?.textContent?.trim() ?? '';
}
