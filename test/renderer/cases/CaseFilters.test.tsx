import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { navigate } from '@renderer/app/router';
import { CasesPage } from '@renderer/features/cases/CasesPage';

import { FakeCore, listRow, renderWithQueries } from './fakeCore';

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore();
  core.cases = [
    listRow(1, {
      personName: 'Anna Avslag',
      status: 'decided',
      rightsRequested: ['individuellPlan', 'koordinator'],
      decisions: [
        { right: 'individuellPlan', outcome: 'granted' },
        { right: 'koordinator', outcome: 'refused' },
      ],
    }),
    listRow(2, {
      personName: 'Dina Videre',
      status: 'atGovernor',
      decisions: [{ right: 'koordinator', outcome: 'refused' }],
      appeals: ['atGovernor'],
    }),
  ];
  setBridge(core);
  window.localStorage.clear();
});
afterEach(() => setBridge(undefined));

async function openList(address = '#/saker') {
  window.history.replaceState(null, '', address);
  renderWithQueries(<CasesPage />);
  await screen.findByRole('table', { name: 'Saker' });
  return userEvent.setup();
}

const table = () => screen.getByRole('table', { name: 'Saker' });
const headers = () =>
  within(table())
    .getAllByRole('columnheader')
    .map((th) => th.textContent);
/** The text of a column's cells, row by row. */
function column(name: string): string[] {
  const index = headers().indexOf(name);
  return within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[index]!.textContent ?? '');
}
const more = () => screen.getByRole('button', { name: /^Flere filtre/ });

describe('the case list’s decision and appeal filters', () => {
  it('keeps the rarely used filters folded away, and opens them by keyboard', async () => {
    const user = await openList();
    expect(more().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('combobox', { name: 'Utfall av vedtaket' })).toBeNull();
    // The deadline columns are there from the start; the decisions wait until chosen.
    expect(headers()).toEqual([
      'Saksnr.',
      'Navn',
      'Mottatt',
      'Søkt om',
      'Status',
      'Neste frist',
      'Klagefrist',
    ]);

    more().focus();
    await user.keyboard('{Enter}');
    expect(more().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('combobox', { name: 'Utfall av vedtaket' })).toBeTruthy();
    // Opening the filters asks nothing new of core.
    expect(core.sent('cases.list')).toHaveLength(1);
  });

  it('filters to the refused koordinator decisions through the address, and shows the decisions', async () => {
    const user = await openList();
    await user.click(more());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vedtak om' }), 'Koordinator');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Utfall av vedtaket' }), 'Avslått');
    await waitFor(() =>
      expect(core.lastSent('cases.list')).toMatchObject({
        outcome: 'refused',
        outcomeRight: 'koordinator',
        offset: 0,
      }),
    );
    expect(window.location.hash).toBe('#/saker?outcome=refused&outcomeRight=koordinator');
    expect(more().textContent).toBe('Flere filtre (2 i bruk)');
    // Filtered on decisions, the rows say what was decided; the chooser says why the column is there.
    await waitFor(() => expect(headers()).toContain('Vedtak'));
    // Short on screen (the comma comes from the style sheet), the rights written out for screen readers.
    expect(column('Vedtak')[0]).toBe('IPIndividuell plan: InnvilgetKKoordinator: Avslått');
    await user.click(screen.getByText('Kolonner'));
    const chosen = screen.getByRole('checkbox', { name: 'Vedtak' });
    expect(chosen).toHaveProperty('checked', true);
    expect(chosen).toHaveProperty('disabled', true);
    expect(window.localStorage.getItem('samordna.cases.columns')).toBeNull();
  });

  it('says in the Vedtak column when a refusal overturned on appeal awaits a new decision', async () => {
    core.cases[1] = listRow(2, {
      personName: 'Dina Videre',
      status: 'inProgress',
      decisions: [{ right: 'koordinator', outcome: 'refused', awaitingNewDecision: true }],
      appeals: ['decidedByGovernor'],
    });
    await openList('#/saker?outcome=refused');
    await waitFor(() => expect(headers()).toContain('Vedtak'));
    expect(column('Vedtak')).toEqual([
      'IPIndividuell plan: InnvilgetKKoordinator: Avslått',
      'KKoordinator: Avslått – venter nytt vedtak',
    ]);
  });

  it('filters on where the appeal stands, starting again on page one', async () => {
    core.cases.push(...Array.from({ length: 60 }, (_, i) => listRow(i + 3)));
    const user = await openList('#/saker?status=all&page=2');
    await user.click(more());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Klage' }), 'Klage hos Statsforvalteren');
    await waitFor(() =>
      expect(core.lastSent('cases.list')).toMatchObject({
        appeal: 'atGovernor',
        status: undefined,
        offset: 0,
      }),
    );
    expect(window.location.hash).toBe('#/saker?status=all&appeal=atGovernor');
    await waitFor(() => expect(headers()).toContain('Klage'));
    expect(column('Klage').slice(0, 3)).toEqual(['', 'Hos Statsforvalteren', '']);
  });

  it('opens with the filters of the address, folded out, and clears them with the rest', async () => {
    const user = await openList('#/saker?outcome=refused&appeal=any');
    expect(core.lastSent('cases.list')).toMatchObject({ outcome: 'refused', appeal: 'any' });
    expect(more().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('combobox', { name: 'Utfall av vedtaket' })).toHaveProperty('value', 'refused');
    expect(screen.getByRole('combobox', { name: 'Klage' })).toHaveProperty('value', 'any');

    await user.click(screen.getByRole('button', { name: 'Nullstill søk og filter' }));
    await waitFor(() => expect(window.location.hash).toBe('#/saker'));
    expect(core.lastSent('cases.list')).not.toHaveProperty('outcome', expect.anything());
    expect(core.lastSent('cases.list')).not.toHaveProperty('appeal', expect.anything());
    expect(more().textContent).toBe('Flere filtre');
  });

  it('folds the filters out when the address gains one while the list stays open', async () => {
    await openList();
    expect(more().getAttribute('aria-expanded')).toBe('false');
    act(() => navigate('#/saker?appeal=atGovernor'));
    await waitFor(() => expect(more().textContent).toBe('Flere filtre (1 i bruk)'));
    expect(more().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('combobox', { name: 'Klage' })).toHaveProperty('value', 'atGovernor');
  });

  it('ignores filter values in the address it does not know, and shows the plain list', async () => {
    await openList("#/saker?outcome=avsl%C3%A5tt&outcomeRight=K'--&appeal=%3Cscript%3E");
    const sent = core.lastSent('cases.list')!;
    expect(sent.outcome).toBeUndefined();
    expect(sent.outcomeRight).toBeUndefined();
    expect(sent.appeal).toBeUndefined();
    expect(more().getAttribute('aria-expanded')).toBe('false');
    expect(more().textContent).toBe('Flere filtre');
  });
});
