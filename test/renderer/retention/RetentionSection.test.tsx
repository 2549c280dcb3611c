import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { parseHash } from '@renderer/app/router';
import { SettingsPage } from '@renderer/features/settings/SettingsPage';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { ApiErrorShape, Result } from '@shared/api/errors';
import type { ExpiredCase, RetentionSettings } from '@shared/api/retention';
import type { SessionUser } from '@shared/api/session';

import { messageNextTo, renderWithQueries } from '../coordinators/fakeCoordinators';

const expired: ExpiredCase[] = [
  {
    caseId: 1,
    caseNumber: '2016-0001',
    personName: 'Emma Fjellstrand',
    closedDate: '2016-06-30',
    expiredDate: '2026-06-30',
    archiveCopyAt: null,
  },
  {
    caseId: 2,
    caseNumber: '2016-0002',
    personName: 'Jonas Kvernmo',
    closedDate: '2016-08-01',
    expiredDate: '2026-08-01',
    archiveCopyAt: '2016-08-10T10:00:00.000Z',
  },
];

/** Stands in for core: the retention channels. Every call is recorded. */
class FakeRetentionCore implements SamordnaBridge {
  readonly kind = 'host' as const;
  readonly calls: { channel: string; input: Record<string, unknown> }[] = [];
  settings: RetentionSettings = { years: 10, action: 'anonymise' };
  cases = [...expired];
  failWith = new Map<string, ApiErrorShape>();

  /** The file's rebuild after the step failed (core returns the counts with the flag). */
  cleanupPending = false;

  invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
    this.calls.push({ channel, input });
    const failure = this.failWith.get(channel);
    if (failure) return { ok: false, error: failure };
    switch (channel) {
      case 'retention.settings':
        return { ok: true, data: this.settings };
      case 'retention.updateSettings':
        this.settings = input as unknown as RetentionSettings;
        return { ok: true, data: this.settings };
      case 'retention.expired':
        return { ok: true, data: { today: '2026-08-02', settings: this.settings, cases: this.cases } };
      case 'retention.apply': {
        const ids = input.caseIds as number[];
        this.cases = this.cases.filter((c) => !ids.includes(c.caseId));
        return {
          ok: true,
          data: {
            action: input.action,
            cases: ids.length,
            persons: ids.length,
            cleanupPending: this.cleanupPending,
          },
        };
      }
      default:
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Ukjent forespørsel.' } };
    }
  }) as SamordnaBridge['invoke'];

  sent(channel: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input);
  }
}

let core: FakeRetentionCore;
beforeEach(() => {
  core = new FakeRetentionCore();
  setBridge(core);
});
afterEach(() => setBridge(undefined));

const admin: SessionUser = {
  id: 1,
  displayName: 'Kari Administrator',
  username: 'kari.admin',
  role: 'admin',
};
const COUNT = /Skriv antallet valgte saker/;

async function openSection() {
  renderWithQueries(<SettingsPage user={admin} route={parseHash('#/innstillinger/sletting')} />);
  await screen.findByRole('table', { name: 'Avsluttede saker over fristen' });
  return userEvent.setup();
}

describe('Innstillinger → Sletting', () => {
  it('is for administrators only', () => {
    for (const role of ['saksbehandler', 'leder'] as const) {
      const { unmount } = renderWithQueries(
        <SettingsPage user={{ ...admin, role }} route={parseHash('#/innstillinger/sletting')} />,
      );
      expect(screen.queryByRole('link', { name: 'Sletting' })).toBeNull();
      unmount();
    }
    expect(core.sent('retention.expired')).toEqual([]);
  });

  it('shows the setting and the expired cases with their archive copy', async () => {
    await openSection();
    expect(screen.getByRole('heading', { level: 2, name: 'Sletting' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'År etter avslutning' })).toHaveProperty('value', '10'),
    );
    expect((screen.getByRole('radio', { name: /Anonymiseres/ }) as HTMLInputElement).checked).toBe(true);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '2016-0001Emma Fjellstrand30.06.201630.06.2026Nei',
      '2016-0002Jonas Kvernmo01.08.201601.08.2026Ja, 10.08.2016',
    ]);
    // Beside the choice in the setting, and again above the confirmation.
    expect(screen.getAllByText(/fødselsår og -måned beholdes/)).toHaveLength(2);
    expect(screen.getByText(/telle?r anonymiserte saker som før/)).toBeTruthy();
  });

  it('sends nothing on a wrong number, and asks for the archive copy confirmation', async () => {
    const user = await openSection();
    await user.click(screen.getByRole('button', { name: /Anonymiser valgte saker/ }));
    expect(await screen.findByText('Velg minst én sak.')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Velg alle' }));
    await user.type(screen.getByRole('textbox', { name: COUNT }), '3');
    await user.click(screen.getByRole('button', { name: 'Anonymiser valgte saker (2)' }));
    await waitFor(() =>
      expect(messageNextTo(screen.getByRole('textbox', { name: COUNT }))).toBe(
        'Antallet stemmer ikke. Skriv 2 for å bekrefte.',
      ),
    );
    const copyBox = screen.getByRole('checkbox', { name: /1 av de valgte sakene ikke har arkivkopi/ });
    expect(messageNextTo(copyBox)).toMatch(/Kryss av for å bekrefte/);
    expect(core.sent('retention.apply')).toEqual([]);
  });

  it('anonymises the chosen cases once the number and the copy are confirmed, by keyboard', async () => {
    const user = await openSection();
    // Only Emma (no archive copy): tab to her box and tick it with the space bar.
    screen.getByRole('checkbox', { name: 'Velg sak 2016-0001' }).focus();
    await user.keyboard(' ');
    await user.click(screen.getByRole('textbox', { name: COUNT }));
    await user.keyboard('1');
    await user.tab();
    expect(document.activeElement).toBe(
      screen.getByRole('checkbox', { name: /1 av de valgte sakene ikke har arkivkopi/ }),
    );
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('{Enter}');

    expect((await screen.findByRole('status')).textContent).toBe('1 sak er anonymisert.');
    expect(core.sent('retention.apply')).toEqual([
      { caseIds: [1], action: 'anonymise', confirmCount: 1, confirmWithoutArchiveCopy: true },
    ]);
    await waitFor(() => expect(screen.queryByText('Emma Fjellstrand')).toBeNull());
  });

  it('says that older backups keep what is removed, and to run Sletting again after a restore', async () => {
    const user = await openSection();
    await user.click(screen.getByRole('checkbox', { name: 'Velg sak 2016-0002' }));
    expect(
      screen.getByText(/Sikkerhetskopier som er tatt før dette steget, har fortsatt det som fjernes/),
    ).toBeTruthy();
    expect(screen.getByText(/kjør Sletting på nytt rett etter gjenopprettingen/)).toBeTruthy();
    expect(screen.getByText(/notater og tema fra veiledningsmøter/)).toBeTruthy();
  });

  it('says calmly that the cases are done and only the file’s rebuild waits, when it failed', async () => {
    core.cleanupPending = true;
    const user = await openSection();
    await user.click(screen.getByRole('checkbox', { name: 'Velg sak 2016-0002' }));
    await user.type(screen.getByRole('textbox', { name: COUNT }), '1');
    await user.click(screen.getByRole('button', { name: 'Anonymiser valgte saker (1)' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('1 sak er anonymisert.');
    expect(status.textContent).toContain('Det skjer automatisk neste gang registeret åpnes');
    expect(status.textContent).toContain('sakene skal ikke behandles på nytt');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says core’s refusal when a case is no longer past its time', async () => {
    core.failWith.set('retention.apply', {
      code: 'RETENTION_NOT_EXPIRED',
      message: 'Minst én av sakene er ikke lenger en avsluttet sak over slettefristen.',
    });
    const user = await openSection();
    await user.click(screen.getByRole('checkbox', { name: 'Velg sak 2016-0002' }));
    await user.type(screen.getByRole('textbox', { name: COUNT }), '1');
    await user.click(screen.getByRole('button', { name: 'Anonymiser valgte saker (1)' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Ingenting er endret/);
  });
});
