import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';

import { setBridge } from '@renderer/api/client';
import { App } from '@renderer/app/App';
import type { BackupFile, BackupInspection, BackupManifest, BackupStatus } from '@shared/api/backup';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { ApiErrorShape, Result } from '@shared/api/errors';
import type { SessionStatus, SessionUser } from '@shared/api/session';

// jsdom has no Web Animations; the design system's Spinner asks for the running animations.
if (typeof document.getAnimations !== 'function') {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}

export const admin: SessionUser = {
  id: 1,
  displayName: 'Kari Administrator',
  username: 'kari.admin',
  role: 'admin',
};

export const DATA_FOLDER = 'C:\\Users\\kari\\AppData\\Local\\Samordna\\data';
export const BACKUP_FILE = 'E:\\Samordna\\samordna-2027-03-09T15-30-00-000Z-manual.samordna';

export function backupFile(overrides: Partial<BackupFile> = {}): BackupFile {
  return {
    file: `${DATA_FOLDER}\\backups\\samordna-2027-03-10T07-00-00-000Z-daily.samordna`,
    fileName: 'samordna-2027-03-10T07-00-00-000Z-daily.samordna',
    location: 'local',
    createdAt: '2027-03-10T07:00:00.000Z',
    reason: 'daily',
    bytes: 1_572_864,
    ...overrides,
  };
}

export function backupStatus(overrides: Partial<BackupStatus> = {}): BackupStatus {
  const newest = backupFile();
  const second = backupFile({
    file: 'E:\\Samordna\\samordna-2027-03-10T07-00-00-000Z-daily.samordna',
    location: 'second',
  });
  return {
    settings: { secondFolder: 'E:\\Samordna', maxAgeDays: 2, keepDaily: 14, keepWeekly: 8, keepMonthly: 12 },
    localFolder: `${DATA_FOLDER}\\backups`,
    newest,
    newestSecond: second,
    overdue: false,
    secondMissing: false,
    lastFailure: null,
    files: [newest, second],
    ...overrides,
  };
}

export function manifest(overrides: Partial<BackupManifest> = {}): BackupManifest {
  return {
    format: 'samordna-backup',
    formatVersion: 1,
    appVersion: '1.4.0',
    schemaVersion: 9,
    createdAt: '2027-03-09T15:30:00.000Z',
    createdBy: 'Kari Administrator',
    reason: 'manual',
    municipality: 'Testvik kommune',
    registerId: 'a3c1e0d2-0000-4000-8000-000000000001',
    counts: { cases: 412, persons: 398, coordinators: 37, users: 6, plans: 120, audit: 20_512, settings: 9 },
    auditHead: { count: 20_512, hash: 'ab'.repeat(32) },
    database: { bytes: 4_200_000, sha256: 'cd'.repeat(32) },
    ...overrides,
  };
}

type Call = { channel: string; input: Record<string, unknown> };

/** Stands in for core: the session's state, the backup channels, and what a test makes fail. */
export class FakeCore implements SamordnaBridge {
  readonly kind: 'electron' | 'host' = 'host';
  readonly calls: Call[] = [];
  session: SessionStatus = {
    state: 'setup',
    dataFolder: DATA_FOLDER,
    demo: false,
    municipality: null,
    user: null,
    idleTimeoutMinutes: 10,
  };
  status = backupStatus();
  inspection: BackupInspection = { manifest: manifest(), tooNew: false, intact: true };
  written: BackupFile[] = [backupFile({ reason: 'manual' })];
  movedAsideTo: string | null = null;
  failWith = new Map<string, ApiErrorShape>();

  invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
    this.calls.push({ channel, input });
    const failure = this.failWith.get(channel);
    if (failure) return { ok: false, error: failure };
    const ok = (data: unknown): Result<unknown> => ({ ok: true, data });
    switch (channel) {
      case 'session.status':
        return ok(this.session);
      case 'session.login':
        this.session = { ...this.session, state: 'open', user: admin };
        return ok(admin);
      case 'backup.status':
        return ok(this.status);
      case 'backup.create':
        return ok(this.written);
      case 'backup.updateSettings':
        this.status = { ...this.status, settings: input as unknown as BackupStatus['settings'] };
        return ok(this.status);
      case 'backup.inspect':
        return ok(this.inspection);
      case 'backup.restore':
        // The restored register is closed: everyone logs in again.
        this.session = {
          ...this.session,
          state: 'locked',
          user: null,
          municipality: this.inspection.manifest.municipality,
        };
        return ok({ manifest: this.inspection.manifest, movedAsideTo: this.movedAsideTo });
      default:
        return ok(null);
    }
  }) as SamordnaBridge['invoke'];

  sent(channel: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input);
  }
}

/** The desktop app's bridge: the same fake core, with the open dialogs answering `chosen`. */
export class FakeDesktop extends FakeCore {
  override readonly kind = 'electron' as const;
  chosen: string | null = null;
  chooseBackupFile = async () => this.chosen;
  chooseFolder = async () => this.chosen;
}

export function renderWithQueries(ui: ReactNode) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return { queryClient, ...render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>) };
}

/** The whole window at an address, as a user starting Samordna sees it. */
export function openApp(core: FakeCore, address = '#/') {
  setBridge(core);
  window.history.replaceState(null, '', address);
  renderWithQueries(<App />);
  return userEvent.setup();
}

/** The validation message shown next to a field, or '' when there is none. */
export function messageNextTo(input: HTMLElement): string {
  const wrapper = input.closest('ds-field, .field, .ds-field');
  const message = wrapper?.querySelector('[data-field="validation"]');
  return message?.textContent?.trim() ?? '';
}
