import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { parseHash } from '@renderer/app/router';
import { CasesPage } from '@renderer/features/cases/CasesPage';

import { FakeCore, listRow, renderWithQueries } from './fakeCore';

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore();
  core.cases = [
    listRow(1, { personName: 'Kari Nordmann', nationalId: '15831950002', status: 'received' }),
    listRow(2, { personName: 'Ola Hansen', status: 'inProgress' }),
    listRow(3, { personName: 'Karianne Berg', status: 'closed', closedDate: '2026-03-01' }),
  ];
  setBridge(core);
  window.localStorage.clear();
  window.history.replaceState(null, '', '#/saker');
});
afterEach(() => setBridge(undefined));

async function openList(address = '#/saker') {
  window.history.replaceState(null, '', address);
  renderWithQueries(<CasesPage />);
  await screen.findByRole('table', { name: 'Saker' });
  return userEvent.setup();
}

const names = () =>
  within(screen.getByRole('table', { name: 'Saker' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]!.textContent);

const search = () => screen.getByRole('searchbox', { name: 'Søk i saker' });

describe('the case list', () => {
  it('shows the open cases, newest first, with how many there are', async () => {
    await openList();
    expect(core.lastSent('cases.list')).toMatchObject({
      q: '',
      status: 'open',
      sort: 'receivedDate',
      desc: true,
      limit: 50,
      offset: 0,
    });
    expect(names()).toEqual(['Kari Nordmann', 'Ola Hansen']);
    expect(screen.getByText('Viser 1–2 av 2 saker (registeret har 3).')).toBeTruthy();
  });

  it('asks core at the first keystroke of a search, without waiting for a pause', async () => {
    const user = await openList();
    await user.type(search(), 'k');
    // No timer runs between the key and the call: it is already on its way.
    expect(core.lastSent('cases.list')).toMatchObject({ q: 'k' });

    await user.type(search(), 'ari');
    expect(core.sent('cases.list').map((input) => input.q)).toEqual(['', 'k', 'ka', 'kar', 'kari']);
    await waitFor(() => expect(names()).toEqual(['Kari Nordmann']));
    expect(search()).toHaveProperty('value', 'kari');
    expect(window.location.hash).toBe('#/saker?q=kari');
  });

  it('finds a case by the start of the fødselsnummer, and shows the numbers when the column is chosen', async () => {
    const user = await openList();
    await user.type(search(), '158319');
    await waitFor(() => expect(names()).toEqual(['Kari Nordmann']));
    // Fifty numbers on a screen others may pass are more than the work needs: hidden until chosen.
    expect(screen.queryByText('158319 50002')).toBeNull();
    await user.click(screen.getByText('Kolonner'));
    await user.click(screen.getByRole('checkbox', { name: 'Fødselsnummer' }));
    expect(screen.getByText('158319 50002')).toBeTruthy();
    expect(JSON.parse(window.localStorage.getItem('samordna.cases.columns')!)).toMatchObject({
      nationalId: true,
    });
  });

  it('filters by status through the address, and counts the cases per status beside the choice', async () => {
    const user = await openList();
    const status = screen.getByRole('combobox', { name: 'Status' });
    expect(within(status).getByRole('option', { name: 'Avsluttet (1)' })).toBeTruthy();

    await user.selectOptions(status, 'closed');
    await waitFor(() => expect(names()).toEqual(['Karianne Berg']));
    expect(core.lastSent('cases.list')).toMatchObject({ status: 'closed', offset: 0 });
    expect(window.location.hash).toBe('#/saker?status=closed');
  });

  it('keeps the search and filter on the way to a case and back', async () => {
    const user = await openList();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'all');
    await user.type(search(), 'kari');
    await waitFor(() => expect(names()).toEqual(['Kari Nordmann', 'Karianne Berg']));

    const link = screen.getByRole('link', { name: '2026-0001' });
    const target = parseHash(link.getAttribute('href')!);
    expect(target.segments).toEqual(['saker', '1']);
    const back = target.query.get('fra')!;
    expect(back).toBe('#/saker?q=kari&status=all');

    // The case page's "back" link leads to `fra`: the list opens as it was left.
    document.body.innerHTML = '';
    await openList(back);
    expect(search()).toHaveProperty('value', 'kari');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveProperty('value', 'all');
    expect(core.lastSent('cases.list')).toMatchObject({ q: 'kari', status: undefined });
    expect(names()).toEqual(['Kari Nordmann', 'Karianne Berg']);
  });

  it('sorts by a column with the keyboard, with core’s sort keys, and the second time the other way', async () => {
    const user = await openList();
    const nameHeader = screen.getByRole('button', { name: 'Navn' });
    nameHeader.focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(core.lastSent('cases.list')).toMatchObject({ sort: 'personName', desc: false }),
    );
    expect(window.location.hash).toBe('#/saker?sort=personName&desc=0');
    expect(nameHeader.closest('th')!.getAttribute('aria-sort')).toBe('ascending');

    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(core.lastSent('cases.list')).toMatchObject({ sort: 'personName', desc: true }),
    );

    await user.click(screen.getByRole('button', { name: 'Neste frist' }));
    await waitFor(() =>
      expect(core.lastSent('cases.list')).toMatchObject({ sort: 'officeDeadline', desc: false }),
    );
  });

  it('pages through a long list fifty at a time', async () => {
    core.cases = Array.from({ length: 120 }, (_, i) => listRow(i + 1));
    window.scrollTo = vi.fn();
    const user = await openList();
    expect(screen.getByText('Viser 1–50 av 120 saker (registeret har 120).')).toBeTruthy();
    expect(screen.getByText('Side 1 av 3')).toBeTruthy();
    const previous = screen.getByRole('button', { name: 'Forrige side' });
    expect(previous.getAttribute('aria-disabled')).toBe('true');

    await user.click(screen.getByRole('button', { name: 'Neste side' }));
    await waitFor(() =>
      expect(screen.getByText('Viser 51–100 av 120 saker (registeret har 120).')).toBeTruthy(),
    );
    expect(core.lastSent('cases.list')).toMatchObject({ limit: 50, offset: 50 });
    expect(window.location.hash).toBe('#/saker?page=2');

    // A new search starts again on the first page.
    await user.type(search(), '9');
    await waitFor(() => expect(core.lastSent('cases.list')).toMatchObject({ q: '9', offset: 0 }));
    expect(window.location.hash).toBe('#/saker?q=9');
  });

  it('says what to do when the search finds nothing, and the filter can be cleared from there', async () => {
    const user = await openList();
    await user.type(search(), 'zzz');
    await screen.findByText(
      'Ingen saker passer med søket og filteret. Prøv et annet søk, eller nullstill filteret.',
    );
    expect(screen.getByText('Ingen saker passer (registeret har 3).')).toBeTruthy();

    await user.click(screen.getAllByRole('button', { name: 'Nullstill søk og filter' })[0]!);
    await waitFor(() => expect(names()).toEqual(['Kari Nordmann', 'Ola Hansen']));
    expect(search()).toHaveProperty('value', '');
    expect(window.location.hash).toBe('#/saker');
  });

  it('labels every filter, so each can be found by its name', async () => {
    const user = await openList();
    await user.click(screen.getByRole('button', { name: 'Flere filtre' }));
    for (const name of ['Status', 'Søkt om', 'Frist', 'Vedtak om', 'Utfall av vedtaket', 'Klage'])
      expect(screen.getByRole('combobox', { name })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Mottatt fra og med' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Mottatt til og med' })).toBeTruthy();
    expect(screen.getByRole('search', { name: 'Søk og filter' })).toBeTruthy();
  });

  it('filters on the received period once a whole date is typed, and says so when it cannot read one', async () => {
    const user = await openList();
    await user.click(screen.getByRole('button', { name: 'Flere filtre' }));
    const from = screen.getByRole('textbox', { name: 'Mottatt fra og med' });
    await user.type(from, '31.02.2026{Enter}');
    expect(screen.getByText('Datoen finnes ikke: februar 2026 har 28 dager.')).toBeTruthy();
    expect(core.lastSent('cases.list')).not.toHaveProperty('receivedFrom', expect.anything());

    await user.clear(from);
    await user.type(from, '1.2.2026{Enter}');
    await waitFor(() => expect(core.lastSent('cases.list')).toMatchObject({ receivedFrom: '2026-02-01' }));
    expect(from).toHaveProperty('value', '01.02.2026');
  });

  it(
    'filters on a day picked by keyboard in the received period’s calendar',
    { timeout: 20_000 },
    async () => {
      const user = await openList();
      await user.click(screen.getByRole('button', { name: 'Flere filtre' }));
      const to = screen.getByRole('textbox', { name: 'Mottatt til og med' });
      await user.type(to, '14.9.2026');
      await user.tab();
      const button = screen.getByRole('button', { name: 'Velg dato: Mottatt til og med' });
      expect(document.activeElement).toBe(button);
      await user.keyboard('{Enter}');
      screen.getByRole('dialog', { name: 'Kalender: Mottatt til og med' });
      // From the day typed, one day on, picked with Enter: the calendar closes onto its button.
      await user.keyboard('{ArrowRight}{Enter}');
      await waitFor(() => expect(core.lastSent('cases.list')).toMatchObject({ receivedTo: '2026-09-15' }));
      expect(to).toHaveProperty('value', '15.09.2026');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(document.activeElement).toBe(button);
    },
  );
});
