import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { formatDateTime } from '@renderer/components/dates';

import { batch, caseWorker, counts, FakeCore, openApp } from './fakeImports';

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore();
  core.batches = [
    batch(3),
    batch(2, {
      fileName: 'Koordinatorer.xlsx',
      sheetName: 'Ark1',
      target: 'coordinators',
      counts: counts({ cases: 0, persons: 0, decisions: 0, coordinators: 14, completions: 30 }),
      undoable: false,
      changedCase: '2027-0012',
    }),
    batch(1, { undoable: false, undoneAt: '2027-03-09T10:00:00.000Z', undoneBy: 'Kari Administrator' }),
    // Its coordinators are on cases since: no one case to name.
    batch(4, { fileName: 'Koordinatorer 2026.xlsx', target: 'coordinators', undoable: false }),
  ];
});
afterEach(() => setBridge(undefined));

const AT = formatDateTime('2027-03-10T08:15:00.000Z');

describe('Innstillinger → Import', () => {
  it('leads to the wizard and lists the earlier batches with what each made and whether it can be undone', async () => {
    openApp(core, '#/innstillinger/import');
    expect((await screen.findByRole('link', { name: 'Import' })).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Importer fra Excel' }).getAttribute('href')).toBe(
      '#/innstillinger/import/ny',
    );
    const table = await screen.findByTestId('import-batches');
    const row = (id: number) => within(table).getByTestId(`import-batch-${id}`);
    expect(row(3).textContent).toContain(AT);
    expect(row(3).textContent).toContain('Kari Administrator');
    expect(row(3).textContent).toContain('KE-register.xlsx');
    expect(row(3).textContent).toContain('2 saker, 2 personer, 2 vedtak');
    expect(row(3).textContent).toContain('Kan angres');
    expect(row(2).textContent).toContain('14 koordinatorer, 30 gjennomførte kurs');
    expect(row(2).textContent).toContain('Kan ikke angres');
    expect(row(2).textContent).toContain('Sak 2027-0012 er endret siden.');
    expect(row(1).textContent).toContain(
      `Angret ${formatDateTime('2027-03-09T10:00:00.000Z')} av Kari Administrator`,
    );
    expect(row(4).textContent).toContain(
      'Kan ikke angres Noe av det som ble importert, er endret eller tatt i bruk siden.',
    );
    expect(within(row(2)).queryByRole('button')).toBeNull();
    expect(within(row(1)).queryByRole('button')).toBeNull();
    expect(within(row(4)).queryByRole('button')).toBeNull();
  });

  it('undoes a batch after asking in a dialog', async () => {
    const { user } = openApp(core, '#/innstillinger/import');
    await user.click(
      await screen.findByRole('button', { name: `Angre importen av KE-register.xlsx fra ${AT}` }),
    );
    const dialog = await screen.findByTestId('import-undo-dialog');
    expect(within(dialog).getByRole('heading', { name: 'Angre importen?' })).toBeTruthy();
    expect(dialog.textContent).toContain(
      `Alt som ble registrert av importen av KE-register.xlsx (${AT}), blir slettet: 2 saker, 2 personer, 2 vedtak.`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Angre importen' }));
    expect((await screen.findByTestId('import-undone')).textContent).toBe(
      'Importen av KE-register.xlsx er angret.',
    );
    expect(core.sent('imports.undo')).toEqual([{ batchId: 3 }]);
    expect(dialog.hasAttribute('open')).toBe(false);
    await waitFor(() => expect(screen.getByTestId('import-batch-3').textContent).toContain('Angret'));
  });

  it('undoes nothing when the dialog is cancelled, and says why core refuses an undo', async () => {
    const { user } = openApp(core, '#/innstillinger/import');
    const undo = await screen.findByRole('button', { name: `Angre importen av KE-register.xlsx fra ${AT}` });
    await user.click(undo);
    await user.click(
      within(await screen.findByTestId('import-undo-dialog')).getByRole('button', { name: 'Avbryt' }),
    );
    expect(core.sent('imports.undo')).toEqual([]);

    core.failWith.set('imports.undo', {
      code: 'VALIDATION',
      message: 'Importen kan ikke angres.',
      fields: { batchId: 'importRows.undo.changedSince' },
    });
    await user.click(undo);
    const dialog = await screen.findByTestId('import-undo-dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Angre importen' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Importen kan ikke angres: noe av det den la inn, er endret siden.',
    );
    expect(dialog.hasAttribute('open')).toBe(true);
  });

  it('is for administrators only', async () => {
    core.session = { ...core.session, user: caseWorker };
    openApp(core, '#/innstillinger/import/ny');
    expect(await screen.findByRole('heading', { level: 1, name: 'Innstillinger' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Import' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Importer fra Excel' })).toBeNull();
    expect(core.sent('imports.batches')).toEqual([]);
  });
});
