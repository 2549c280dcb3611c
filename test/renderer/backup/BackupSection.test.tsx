import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { parseHash } from '@renderer/app/router';
import { formatDateTime } from '@renderer/components/dates';
import { SettingsPage } from '@renderer/features/settings/SettingsPage';

import {
  admin,
  backupFile,
  backupStatus,
  FakeCore,
  FakeDesktop,
  messageNextTo,
  renderWithQueries,
} from './fakeBackup';

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore();
  setBridge(core);
});
afterEach(() => setBridge(undefined));

const SECOND = 'Andre sted for sikkerhetskopier';
const MAX_AGE = 'Varsle når nyeste sikkerhetskopi er eldre enn (dager)';
const DAILY = 'Behold daglige sikkerhetskopier (antall dager)';
const WEEKLY = 'Behold ukentlige sikkerhetskopier (antall uker)';
const MONTHLY = 'Behold månedlige sikkerhetskopier (antall måneder)';

async function openSection() {
  renderWithQueries(<SettingsPage user={admin} route={parseHash('#/innstillinger/sikkerhetskopi')} />);
  await screen.findByRole('heading', { level: 3, name: 'Status' });
  return userEvent.setup();
}

const field = (name: string) => screen.getByRole('textbox', { name });

describe('Innstillinger → Sikkerhetskopi', () => {
  it('is a section for administrators only', () => {
    renderWithQueries(
      <SettingsPage
        user={{ ...admin, role: 'saksbehandler' }}
        route={parseHash('#/innstillinger/sikkerhetskopi')}
      />,
    );
    expect(screen.queryByRole('link', { name: 'Sikkerhetskopi' })).toBeNull();
    expect(core.sent('backup.status')).toEqual([]);
  });

  it('shows the newest backup, where and when, and the second place’s newest, with no warning when all is well', async () => {
    await openSection();
    expect(screen.getByRole('link', { name: 'Sikkerhetskopi' }).getAttribute('aria-current')).toBe('page');
    const when = formatDateTime('2027-03-10T07:00:00.000Z');
    expect(screen.getByTestId('backup-newest').textContent).toContain(`${when}, Denne PC-en`);
    expect(screen.getByText(`${when}, Andre sted`)).toBeTruthy();
    expect(screen.getByText('C:\\Users\\kari\\AppData\\Local\\Samordna\\data\\backups')).toBeTruthy();
    expect(screen.queryByTestId('backup-warnings')).toBeNull();
  });

  it('warns when the newest backup is too old and there is no second place', async () => {
    core.status = backupStatus({
      overdue: true,
      secondMissing: true,
      newestSecond: null,
      settings: { ...backupStatus().settings, secondFolder: null, maxAgeDays: 3 },
    });
    await openSection();
    const warnings = screen.getByTestId('backup-warnings');
    expect(warnings.textContent).toContain('Det er mer enn 3 dager siden forrige sikkerhetskopi.');
    expect(warnings.textContent).toContain('Sikkerhetskopiene ligger bare på denne PC-en.');
    expect(screen.getAllByText('Ikke valgt')).toHaveLength(2);
  });

  it('says so when no backup has been taken, or the second place has none yet, or the last one failed', async () => {
    core.status = backupStatus({
      newest: null,
      newestSecond: null,
      files: [],
      overdue: true,
      secondMissing: true,
      lastFailure: { at: '2027-03-10T07:00:00.000Z', message: 'Disken er full.' },
    });
    await openSection();
    const warnings = screen.getByTestId('backup-warnings');
    expect(warnings.textContent).toContain('Det er ikke tatt noen sikkerhetskopi av registeret ennå.');
    expect(warnings.textContent).toContain(
      'Det er ikke skrevet noen sikkerhetskopi til det andre stedet (E:\\Samordna) ennå.',
    );
    expect(warnings.textContent).toContain('mislyktes: Disken er full.');
    expect(screen.getByText(/Det er ikke tatt noen sikkerhetskopi ennå\. Trykk/)).toBeTruthy();
  });

  it('takes a backup now and names the files written', async () => {
    core.written = [
      backupFile({ file: 'C:\\data\\backups\\a.samordna', reason: 'manual' }),
      backupFile({ file: 'E:\\Samordna\\a.samordna', location: 'second', reason: 'manual' }),
    ];
    const user = await openSection();
    await user.click(screen.getByRole('button', { name: 'Ta sikkerhetskopi nå' }));
    const done = await screen.findByText('Sikkerhetskopien er tatt og kontrollert. Den er skrevet til:');
    const alert = done.closest('[role="status"]') as HTMLElement;
    expect(within(alert).getByText('C:\\data\\backups\\a.samordna')).toBeTruthy();
    expect(within(alert).getByText('E:\\Samordna\\a.samordna')).toBeTruthy();
    expect(core.sent('backup.create')).toEqual([{}]);
  });

  it('tells why a backup failed beside the button', async () => {
    core.failWith.set('backup.create', {
      code: 'BACKUP_FAILED',
      message: 'Sikkerhetskopien kunne ikke tas.',
      fields: { secondFolder: 'validation.required' },
    });
    const user = await openSection();
    await user.click(screen.getByRole('button', { name: 'Ta sikkerhetskopi nå' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Sikkerhetskopien kunne ikke tas. Registeret er uendret.');
    expect(alert.textContent).toContain('Må fylles ut.');
  });

  it('saves the settings, an empty second place as none', async () => {
    const user = await openSection();
    expect(field(SECOND)).toHaveProperty('value', 'E:\\Samordna');
    expect(field(MAX_AGE)).toHaveProperty('value', '2');
    await user.clear(field(SECOND));
    await user.clear(field(MAX_AGE));
    await user.type(field(MAX_AGE), '7');
    await user.click(screen.getByRole('button', { name: 'Lagre innstillingene' }));
    expect(await screen.findByText('Innstillingene for sikkerhetskopi er lagret.')).toBeTruthy();
    expect(core.sent('backup.updateSettings')).toEqual([
      { secondFolder: null, maxAgeDays: 7, keepDaily: 14, keepWeekly: 8, keepMonthly: 12 },
    ]);
  });

  it('refuses numbers out of range beside their fields, with the range, and sends nothing', async () => {
    const user = await openSection();
    await user.clear(field(MAX_AGE));
    await user.type(field(MAX_AGE), '0');
    await user.clear(field(DAILY));
    await user.type(field(DAILY), 'mange');
    await user.clear(field(WEEKLY));
    await user.type(field(WEEKLY), '53');
    await user.clear(field(MONTHLY));
    await user.type(field(MONTHLY), '0');
    await user.click(screen.getByRole('button', { name: 'Lagre innstillingene' }));
    expect(messageNextTo(field(MAX_AGE))).toBe('Skriv et helt tall fra 1 til 90.');
    expect(messageNextTo(field(DAILY))).toBe('Skriv et helt tall fra 1 til 60.');
    expect(messageNextTo(field(WEEKLY))).toBe('Skriv et helt tall fra 0 til 52.');
    expect(messageNextTo(field(MONTHLY))).toBe('');
    expect(core.sent('backup.updateSettings')).toEqual([]);
  });

  it('puts core’s objection to the second place beside the field', async () => {
    core.failWith.set('backup.updateSettings', {
      code: 'VALIDATION',
      message: 'Noen felt er ikke riktig fylt ut.',
      fields: { secondFolder: 'validation.tooLong' },
    });
    const user = await openSection();
    await user.click(screen.getByRole('button', { name: 'Lagre innstillingene' }));
    await screen.findByText('Noen felt er ikke riktig fylt ut. Se meldingene ved feltene.');
    expect(messageNextTo(field(SECOND))).toBe('Teksten er for lang.');
  });

  it('offers "Velg mappe …" in the desktop app only', async () => {
    await openSection();
    expect(screen.queryByRole('button', { name: 'Velg mappe …' })).toBeNull();
  });

  it('fills the second place from the folder dialog in the desktop app', async () => {
    const desktop = new FakeDesktop();
    desktop.chosen = 'F:\\Minnepinne\\Samordna';
    setBridge(desktop);
    const user = await openSection();
    await user.click(screen.getByRole('button', { name: 'Velg mappe …' }));
    expect(field(SECOND)).toHaveProperty('value', 'F:\\Minnepinne\\Samordna');
  });

  it('lists the backups with date, reason, place and size in MB', async () => {
    await openSection();
    const table = screen.getByRole('table', { name: 'Sikkerhetskopier, nyeste først' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('Daglig');
    expect(rows[0]!.textContent).toContain('Denne PC-en');
    expect(rows[0]!.textContent).toContain('1,5 MB');
    expect(rows[1]!.textContent).toContain('Andre sted');
  });

  it('shows the ten newest backups first and the rest on request', async () => {
    core.status = backupStatus({
      files: Array.from({ length: 14 }, (_, i) =>
        backupFile({
          file: `C:\\b\\${i}.samordna`,
          fileName: `${i}.samordna`,
          reason: i === 0 ? 'beforeRestore' : 'lock',
        }),
      ),
    });
    const user = await openSection();
    const table = screen.getByRole('table', { name: 'Sikkerhetskopier, nyeste først' });
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    expect(within(table).getByText('Før gjenoppretting')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Vis alle 14' }));
    expect(within(table).getAllByRole('row')).toHaveLength(15);
  });

  it('leads to restoring, saying the register is moved aside and everyone logs in again', async () => {
    await openSection();
    const warning = screen.getByText(
      /flyttes registeret slik det er nå til side i datamappen\. Det slettes ikke\./,
    );
    expect(warning.textContent).toContain('Alle må logge inn på nytt etterpå.');
    const link = screen.getByRole('link', { name: 'Gjenopprett fra sikkerhetskopi …' });
    expect(link.getAttribute('href')).toBe('#/sikkerhetskopi/gjenopprett');
    const row = screen.getAllByRole('link', { name: /^Gjenopprett sikkerhetskopien fra/ })[0]!;
    expect(row.getAttribute('href')).toBe(
      `#/sikkerhetskopi/gjenopprett?fil=${encodeURIComponent(backupFile().file)}`,
    );
  });
});
