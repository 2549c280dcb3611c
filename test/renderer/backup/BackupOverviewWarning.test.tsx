import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import type { Role } from '@shared/api/channel';

import { FakeCore as DashboardCore, openArea } from '../dashboards/fakeDashboards';
import { backupStatus, type FakeCore as BackupCore } from './fakeBackup';

afterEach(() => setBridge(undefined));

/** Core for Oversikt: dashboards as the dashboard tests have them, and the backup status. */
class Core extends DashboardCore {
  status = backupStatus();

  constructor() {
    super();
    const dashboards = this.invoke;
    this.invoke = (async (channel: string, input: Record<string, unknown>) => {
      if (channel !== 'backup.status') return dashboards(channel as never, input as never);
      this.calls.push({ channel, input });
      return { ok: true, data: this.status };
    }) as BackupCore['invoke'];
  }
}

async function openOverview(core: Core, role: Role) {
  openArea(core, '#/oversikt', role);
  await screen.findByRole('heading', { level: 1, name: 'Oversikt' });
  await screen.findByTestId('figures-line');
}

describe('the backup warning on Oversikt', () => {
  it('warns an administrator when the newest backup is too old, with a link to the settings', async () => {
    const core = new Core();
    core.status = backupStatus({ overdue: true });
    await openOverview(core, 'admin');
    const warning = await screen.findByTestId('backup-warnings');
    expect(warning.textContent).toContain('Sikkerhetskopiene trenger oppmerksomhet');
    expect(warning.textContent).toContain('Det er mer enn 2 dager siden forrige sikkerhetskopi.');
    expect(
      screen.getByRole('link', { name: 'Gå til innstillingene for sikkerhetskopi' }).getAttribute('href'),
    ).toBe('#/innstillinger/sikkerhetskopi');
  });

  it('warns an administrator when there is no second place', async () => {
    const core = new Core();
    core.status = backupStatus({
      secondMissing: true,
      settings: { ...backupStatus().settings, secondFolder: null },
    });
    await openOverview(core, 'admin');
    expect((await screen.findByTestId('backup-warnings')).textContent).toContain(
      'Sikkerhetskopiene ligger bare på denne PC-en.',
    );
  });

  it('stays away when all is well', async () => {
    const core = new Core();
    await openOverview(core, 'admin');
    expect(core.sent('backup.status')).toEqual([{}]);
    expect(screen.queryByTestId('backup-warnings')).toBeNull();
  });

  it.each(['saksbehandler', 'leder'] as const)(
    'is never asked for by a %s (core refuses it)',
    async (role) => {
      const core = new Core();
      core.status = backupStatus({ overdue: true, secondMissing: true });
      await openOverview(core, role);
      expect(core.sent('backup.status')).toEqual([]);
      expect(screen.queryByTestId('backup-warnings')).toBeNull();
    },
  );
});
