import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { parseHash, useHash } from '@renderer/app/router';
import { ReportsPage } from '@renderer/features/reports/ReportsPage';

import { messageNextTo, renderWithQueries } from '../coordinators/fakeCoordinators';
import { FakeReportsCore } from './fakeReports';

/** The Rapporter page at the window's address, following it as the app shell does. */
function PageAtAddress() {
  return <ReportsPage route={parseHash(useHash())} />;
}

let core: FakeReportsCore;

function openAt(hash: string) {
  window.location.hash = hash;
  const rendered = renderWithQueries(<PageAtAddress />);
  return { user: userEvent.setup(), ...rendered };
}

beforeEach(() => {
  // Only the clock is fixed: "today" is Monday 23 November 2026, so the last full quarter is Q3.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-23T10:00:00'));
  core = new FakeReportsCore();
  setBridge(core);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  setBridge(undefined);
  window.location.hash = '';
});

const applicationsTitle = () => i18next.t('reportTables.applications.title');

describe('the Rapporter page', () => {
  it('opens on the last full quarter, with the municipality, the period and the threshold', async () => {
    openAt('#/rapporter');
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Lederrapport for Testvik kommune, 01.07.2026–30.09.2026',
      }),
    ).toBeTruthy();
    expect(core.sent('reports.leadership')).toEqual([{ from: '2026-07-01', to: '2026-09-30' }]);
    expect(screen.getByText(/Rapporten er anonymisert: tall fra 1 til 4 vises som «<5»\./)).toBeTruthy();
    // The chooser shows how the period was picked.
    expect(screen.getByRole('radio', { name: 'Kvartal' })).toHaveProperty('checked', true);
    expect(screen.getByRole('combobox', { name: 'Hvilket kvartal' })).toHaveProperty('value', '3');
  });

  it('asks for the fourth quarter up to 31.12 and puts the period in the address', async () => {
    const { user } = openAt('#/rapporter');
    await screen.findByRole('heading', { level: 2 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Årstall' }), '2025');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hvilket kvartal' }), '4');
    await user.click(screen.getByRole('button', { name: 'Vis rapporten' }));

    expect(await screen.findByRole('heading', { level: 2, name: /01\.10\.2025–31\.12\.2025/ })).toBeTruthy();
    expect(core.sent('reports.leadership').at(-1)).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(window.location.hash).toBe('#/rapporter?fra=2025-10-01&til=2025-12-31');
  });

  it('offers half-years and whole years', async () => {
    const { user } = openAt('#/rapporter');
    await screen.findByRole('heading', { level: 2 });
    await user.click(screen.getByRole('radio', { name: 'Halvår' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hvilket halvår' }), '2');
    await user.click(screen.getByRole('button', { name: 'Vis rapporten' }));
    await waitFor(() =>
      expect(core.sent('reports.leadership').at(-1)).toEqual({ from: '2026-07-01', to: '2026-12-31' }),
    );

    await user.click(screen.getByRole('radio', { name: 'År' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Årstall' }), '2024');
    await user.click(screen.getByRole('button', { name: 'Vis rapporten' }));
    await waitFor(() =>
      expect(core.sent('reports.leadership').at(-1)).toEqual({ from: '2024-01-01', to: '2024-12-31' }),
    );
  });

  it('takes two typed dates, and refuses a period that ends before it starts without asking core', async () => {
    const { user } = openAt('#/rapporter');
    await screen.findByRole('heading', { level: 2 });
    await user.click(screen.getByRole('radio', { name: 'Egne datoer' }));
    const from = screen.getByRole('textbox', { name: 'Fra og med' });
    const to = screen.getByRole('textbox', { name: 'Til og med' });
    await user.clear(from);
    await user.type(from, '01.09.2026');
    await user.clear(to);
    await user.type(to, '31.08.2026');
    await user.click(screen.getByRole('button', { name: 'Vis rapporten' }));

    await waitFor(() =>
      expect(messageNextTo(to)).toBe('Perioden må slutte samme dag eller etter at den begynner.'),
    );
    await user.clear(from);
    await user.type(from, '31.02.2026');
    await user.click(screen.getByRole('button', { name: 'Vis rapporten' }));
    await waitFor(() => expect(messageNextTo(from)).toBe('Datoen finnes ikke: februar 2026 har 28 dager.'));
    expect(core.sent('reports.leadership')).toHaveLength(1);
    expect(window.location.hash).toBe('#/rapporter');

    await user.clear(from);
    await user.type(from, '15.03.2026');
    await user.click(screen.getByRole('button', { name: 'Vis rapporten' }));
    await waitFor(() =>
      expect(core.sent('reports.leadership').at(-1)).toEqual({ from: '2026-03-15', to: '2026-08-31' }),
    );
    // A custom period comes back from the address as one.
    expect(screen.getByRole('radio', { name: 'Egne datoer' })).toHaveProperty('checked', true);
  });

  it('shows a hidden count as "<5" and tells a screen reader it is hidden', async () => {
    openAt('#/rapporter?fra=2026-01-01&til=2026-03-31');
    const table = await screen.findByRole('table', { name: applicationsTitle() });
    const rows = within(table).getAllByRole('row');
    // Header, two rights, the column totals.
    expect(rows).toHaveLength(4);
    const cells = within(rows[2]!).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['<5skjult, under 5', '<5skjult, under 5', '10']);
    expect(within(cells[0]!).getByText('<5').getAttribute('aria-hidden')).toBe('true');
    expect(
      within(rows[3]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['15', '15', '30']);
    // Two hidden figures are not drawn in the chart, and the note says so.
    expect(
      screen.getByText('2 tall er skjult (under 5 eller kunne regnes ut) og er ikke tegnet i diagrammet.'),
    ).toBeTruthy();
    // A table of zeros and hidden figures gets a sentence, not an empty frame of axes.
    const appeals = screen.getByRole('table', { name: i18next.t('reportTables.appeals.title') });
    const appealsNote = appeals.closest('section')!.querySelector('.report-chart-note')!;
    expect(appealsNote.textContent).toBe(
      'Ingen tall å tegne for perioden: alle er 0 eller skjult. 1 tall er skjult (under 5 eller kunne regnes ut) og er ikke tegnet i diagrammet.',
    );
    expect(appeals.closest('section')!.querySelector('svg')).toBeNull();
  });

  it('shows each column in its unit, with a decimal comma, and links to no list of cases', async () => {
    openAt('#/rapporter?fra=2026-01-01&til=2026-03-31');
    const table = await screen.findByRole('table', { name: i18next.t('reportTables.processingTime.title') });
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['21,5', '40', '85,7 %', '14']);
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['#/print/rapport?fra=2026-01-01&til=2026-03-31']);
  });

  it('prints through the print route for the same period', async () => {
    openAt('#/rapporter?fra=2026-01-01&til=2026-06-30');
    const link = await screen.findByRole('link', { name: 'Skriv ut / lagre som PDF' });
    expect(link.getAttribute('href')).toBe('#/print/rapport?fra=2026-01-01&til=2026-06-30');
  });

  it.each([
    ['Last ned CSV', 'csv'],
    ['Last ned Excel', 'xlsx'],
  ])('"%s" has core make the file for the period and saves it as a download', async (button, format) => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:samordna/1';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: { href: string; download: string; inDocument: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, inDocument: document.body.contains(this) });
    });
    const { user } = openAt('#/rapporter?fra=2026-07-01&til=2026-09-30');
    await user.click(await screen.findByRole('button', { name: button }));

    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(core.sent('reports.export')).toEqual([
      { from: '2026-07-01', to: '2026-09-30', format, language: 'nb' },
    ]);
    expect(clicked[0]).toEqual({
      href: 'blob:samordna/1',
      download: 'lederrapport-2026-07-01-2026-09-30.csv',
      inDocument: true,
    });
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    // The base64 is decoded to its bytes: the BOM's three bytes and "Tabell;Rad".
    expect(blobs[0]!.size).toBe(13);
    expect(await screen.findByText('lederrapport-2026-07-01-2026-09-30.csv er lastet ned.')).toBeTruthy();
    // The link is gone again.
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('shows core’s refusal of an export', async () => {
    core.failWith.set('reports.export', { code: 'INTERNAL', message: 'Noe gikk galt.' });
    const { user } = openAt('#/rapporter');
    await user.click(await screen.findByRole('button', { name: 'Last ned Excel' }));
    expect((await screen.findByRole('alert')).textContent).toBe(i18next.t('errors.INTERNAL'));
  });
});
