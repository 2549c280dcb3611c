import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { RegisterExportSection } from '@renderer/features/registerExport/RegisterExportSection';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { ApiErrorShape, Result } from '@shared/api/errors';
import type { RegisterExportResult, RegisterExportStatus } from '@shared/api/registerExport';

import { messageNextTo, renderWithQueries } from '../backup/fakeBackup';

/** Stands in for core: the three registerExport channels. `failWith` makes one refuse. */
class FakeCore implements SamordnaBridge {
  readonly kind: 'electron' | 'host' = 'host';
  readonly calls: { channel: string; input: Record<string, unknown> }[] = [];
  status: RegisterExportStatus = { empty: false, counts: { persons: 150, cases: 150 } };
  written: RegisterExportResult = {
    files: [
      { fileName: 'Samordna-eksport-2027-03-01.xlsx', bytes: 1_572_864 },
      { fileName: 'Samordna-eksport-2027-03-01-csv.zip', bytes: 52_000 },
    ],
    counts: { persons: 1_234, relations: 0, cases: 1_300, steps: 8_054, letters: 0, users: 4 },
  };
  failWith = new Map<string, ApiErrorShape>();

  invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
    this.calls.push({ channel, input });
    const failure = this.failWith.get(channel);
    if (failure) return { ok: false, error: failure };
    switch (channel) {
      case 'registerExport.status':
        return { ok: true, data: this.status };
      case 'registerExport.write':
        return { ok: true, data: this.written };
      case 'registerExport.load':
        this.status = { ...this.status, empty: false };
        return { ok: true, data: { counts: { persons: 150, cases: 150, coordinators: 40 } } };
      default:
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Ukjent forespørsel.' } };
    }
  }) as SamordnaBridge['invoke'];

  sent(channel: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input);
  }
}

/** The desktop app's bridge: the same fake core with the folder dialog answering `chosen`. */
class FakeDesktop extends FakeCore {
  override readonly kind = 'electron' as const;
  chosen: string | null = null;
  chooseFolder = async () => this.chosen;
}

let core: FakeCore;
beforeEach(() => {
  core = new FakeCore();
  setBridge(core);
});
afterEach(() => setBridge(undefined));

const FOLDER = 'Mappe filene skal lagres i';
const PATH = 'Plasseringen til eksportfilen (.xlsx)';

async function open() {
  renderWithQueries(<RegisterExportSection />);
  await screen.findByRole('heading', { level: 3, name: 'Eksport av hele registeret' });
  await waitFor(() => expect(core.sent('registerExport.status')).toHaveLength(1));
  return userEvent.setup();
}

describe('Innstillinger → Eksport', () => {
  it('says what the files hold and that they are confidential personal data to keep safe', async () => {
    await open();
    expect(screen.getByText(/ett ark for hver type opplysning/)).toBeTruthy();
    expect(screen.getByText(/taushetsbelagte personopplysninger om alle i registeret/)).toBeTruthy();
    expect(screen.getByText(/Send dem aldri på e-post/)).toBeTruthy();
  });

  it('exports into a typed folder in the browser host, then names both files and the counts', async () => {
    const user = await open();
    expect(screen.queryByRole('button', { name: 'Velg mappe' })).toBeNull();
    await user.type(screen.getByRole('textbox', { name: FOLDER }), '  \\\\server\\felles\\KE  ');
    await user.click(screen.getByRole('button', { name: 'Eksporter' }));
    const done = await screen.findByRole('status');
    expect(core.sent('registerExport.write')).toEqual([{ folder: '\\\\server\\felles\\KE' }]);
    expect(done.textContent).toContain('Eksporten er lagret i mappen:');
    expect(done.textContent).toContain('\\\\server\\felles\\KE');
    expect(done.textContent).toContain('Samordna-eksport-2027-03-01.xlsx (1,5 MB)');
    expect(done.textContent).toContain('Samordna-eksport-2027-03-01-csv.zip (0,1 MB)');
    const terms = within(done)
      .getAllByRole('term')
      .map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`.replace(/\u00a0/g, ' '));
    // Only the sheets with rows, then the total.
    expect(terms).toEqual([
      'Personer: 1 234',
      'Saker: 1 300',
      'Steg: 8 054',
      'Brukere: 4',
      'Rader i alt: 10 592',
    ]);
  });

  it('takes the folder from the desktop app’s folder dialog', async () => {
    const desktop = new FakeDesktop();
    desktop.chosen = 'E:\\Samordna';
    core = desktop;
    setBridge(desktop);
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Velg mappe' }));
    expect((screen.getByRole('textbox', { name: FOLDER }) as HTMLInputElement).value).toBe('E:\\Samordna');
    await user.click(screen.getByRole('button', { name: 'Eksporter' }));
    await screen.findByRole('status');
    expect(core.sent('registerExport.write')).toEqual([{ folder: 'E:\\Samordna' }]);
  });

  it('asks for a folder before calling core, and shows core’s refusal next to the field', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'Eksporter' }));
    const field = screen.getByRole('textbox', { name: FOLDER });
    expect(messageNextTo(field)).toBe('Må fylles ut.');
    expect(core.sent('registerExport.write')).toEqual([]);
    core.failWith.set('registerExport.write', {
      code: 'VALIDATION',
      message: 'Noen felt er ikke riktig fylt ut.',
      fields: { folder: 'registerExport.write.folderMissing' },
    });
    await user.type(field, 'E:\\Borte');
    await user.click(screen.getByRole('button', { name: 'Eksporter' }));
    await waitFor(() => expect(messageNextTo(field)).toMatch(/^Mappen finnes ikke\./));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers loading an export only while the register is empty, and says why not otherwise', async () => {
    await open();
    const notEmpty = await screen.findByTestId('register-not-empty');
    expect(notEmpty.textContent).toContain('Registeret har allerede opplysninger');
    expect(notEmpty.textContent).toContain('Dette kan bare gjøres i et tomt register');
    // No disabled form to tab past and hear read out: none at all.
    expect(screen.queryByRole('textbox', { name: PATH })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Hent inn' })).toBeNull();
  });

  it('loads into an empty register after a confirm, starting on "Avbryt"', async () => {
    core.status = { empty: true, counts: { persons: 0, cases: 0 } };
    const user = await open();
    expect(screen.queryByTestId('register-not-empty')).toBeNull();
    const path = await screen.findByRole('textbox', { name: PATH });
    await user.type(path, 'E:\\Samordna\\Samordna-eksport-2027-03-01.xlsx');
    await user.click(screen.getByRole('button', { name: 'Hent inn' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Hente inn eksporten i dette registeret?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(core.sent('registerExport.load')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Hent inn' }));
    await user.click(screen.getByRole('button', { name: 'Ja, hent inn' }));
    const done = await screen.findByRole('status');
    expect(done.textContent).toContain('Eksporten er hentet inn.');
    expect(done.textContent).toContain('Koordinatorer');
    // The register is no longer empty, but what was loaded stays on screen.
    await waitFor(() => expect(core.sent('registerExport.status').length).toBeGreaterThan(1));
    expect(screen.getByRole('status').textContent).toContain('Eksporten er hentet inn.');
    expect(screen.queryByTestId('register-not-empty')).toBeNull();
    expect(core.sent('registerExport.load')).toEqual([
      { path: 'E:\\Samordna\\Samordna-eksport-2027-03-01.xlsx' },
    ]);
  });

  it('shows why a file is refused: the kind next to the field, the sheet and row below', async () => {
    core.status = { empty: true, counts: {} };
    core.failWith.set('registerExport.load', {
      code: 'VALIDATION',
      message:
        'Arket «Saker», rad 2: kolonnen «Person» viser til id 99999, som ikke finnes i arket «Personer».',
      fields: { path: 'registerExport.load.invalid' },
    });
    const user = await open();
    const path = await screen.findByRole('textbox', { name: PATH });
    await user.type(path, 'E:\\endret.xlsx');
    await user.click(screen.getByRole('button', { name: 'Hent inn' }));
    await user.click(screen.getByRole('button', { name: 'Ja, hent inn' }));
    await waitFor(() =>
      expect(messageNextTo(path)).toBe('Eksporten kan ikke hentes inn slik den er. Ingenting er lagret.'),
    );
    expect(screen.getByTestId('register-load-reason').textContent).toContain(
      'Arket «Saker», rad 2: kolonnen «Person» viser til id 99999',
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
