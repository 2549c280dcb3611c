import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { navigate, useHash } from '@renderer/app/router';
import { CasesPage } from '@renderer/features/cases/CasesPage';

import { FakeCore, listRow, renderWithQueries } from './fakeCore';

let core: FakeCore;
const shellDrawn = vi.fn();

/** Stands in for the app's shell: it reads the address as App does, and holds the list. */
function Shell() {
  shellDrawn(useHash());
  return <CasesPage />;
}

beforeEach(() => {
  core = new FakeCore();
  core.cases = [
    listRow(1, { personName: 'Kari Nordmann', status: 'received' }),
    listRow(2, { personName: 'Karianne Berg', status: 'received' }),
    listRow(3, { personName: 'Ola Hansen', status: 'received' }),
  ];
  setBridge(core);
  window.localStorage.clear();
  window.history.replaceState(null, '', '#/saker');
  shellDrawn.mockClear();
});
afterEach(() => setBridge(undefined));

const table = () => screen.getByTestId('case-table');
const rowOf = (name: string) => within(table()).getByText(name).closest('tr')!;
const search = () => screen.getByRole('searchbox', { name: 'Søk i saker' });

describe('the keystroke path of the case list', () => {
  it('redraws the list on a keystroke, not the shell around it, and the address still follows', async () => {
    const user = userEvent.setup();
    renderWithQueries(<Shell />);
    await screen.findByRole('table', { name: 'Saker' });
    const drawn = shellDrawn.mock.calls.length;

    await user.type(search(), 'kari');
    await waitFor(() => expect(within(table()).queryByText('Ola Hansen')).toBeNull());
    expect(window.location.hash).toBe('#/saker?q=kari');
    expect(shellDrawn.mock.calls.length).toBe(drawn);

    // An address changed from outside (a link, Back) is the shell's, and the list follows it.
    act(() => navigate('#/saker?q=ola'));
    expect(shellDrawn).toHaveBeenLastCalledWith('#/saker?q=ola');
    await waitFor(() => expect(within(table()).queryByText('Kari Nordmann')).toBeNull());
    expect(search()).toHaveProperty('value', 'ola');
  });

  it('redraws a row whose case changed, though the case stays in the answer', async () => {
    const user = userEvent.setup();
    renderWithQueries(<CasesPage />);
    await screen.findByRole('table', { name: 'Saker' });
    await user.type(search(), 'kar');
    await waitFor(() => expect(within(table()).queryByText('Ola Hansen')).toBeNull());
    expect(within(rowOf('Kari Nordmann')).getByText('Mottatt')).toBeTruthy();

    core.cases[0] = { ...core.cases[0]!, status: 'inProgress' };
    await user.type(search(), 'i');
    await waitFor(() =>
      expect(within(rowOf('Kari Nordmann')).queryByText('Under behandling')).not.toBeNull(),
    );
    expect(within(rowOf('Karianne Berg')).getByText('Mottatt')).toBeTruthy();
  });

  it('writes the cells in the language chosen, though no case changed', async () => {
    renderWithQueries(<CasesPage />);
    await screen.findByRole('table', { name: 'Saker' });
    try {
      await act(() => i18next.changeLanguage('en'));
      expect(within(rowOf('Ola Hansen')).getByText('Received')).toBeTruthy();
    } finally {
      await act(() => i18next.changeLanguage('nb'));
    }
    expect(within(rowOf('Ola Hansen')).getByText('Mottatt')).toBeTruthy();
  });
});
