import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';

import { coordinator, FakeCore, openAt } from './fakeCoordinators';

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore();
  core.coordinators = [
    coordinator(1, {
      name: 'Kari Nordmann',
      caseload: 3,
      capacity: 5,
      training: { state: 'trained', validUntil: '2028-03-12' },
    }),
    coordinator(2, {
      name: 'Per Ås',
      caseload: 4,
      capacity: 2,
      training: { state: 'expiresSoon', validUntil: '2026-12-01' },
    }),
    coordinator(3, {
      name: 'Sigrid Bø',
      caseload: 1,
      training: { state: 'expired', validUntil: '2025-06-30' },
    }),
    coordinator(4, { name: 'Ola Hansen', caseload: 0, training: { state: 'never', validUntil: null } }),
  ];
});
afterEach(() => setBridge(undefined));

/** The table's row for a coordinator, found by the name link in it. */
async function rowOf(name: string) {
  const link = await screen.findByRole('link', { name });
  return link.closest('tr')!;
}

describe('the coordinator list', () => {
  it('shows each caseload, against the capacity when one is agreed', async () => {
    openAt('#/koordinatorer', core);
    expect(within(await rowOf('Kari Nordmann')).getByText('3 av 5')).toBeTruthy();
    expect(within(await rowOf('Sigrid Bø')).getByRole('cell', { name: '1' })).toBeTruthy();
  });

  it('says in words, not only by colour, when a coordinator holds more cases than agreed', async () => {
    openAt('#/koordinatorer', core);
    const per = await rowOf('Per Ås');
    expect(within(per).getByText('4 av 2')).toBeTruthy();
    expect(within(per).getByText('Over kapasitet')).toBeTruthy();
    expect(within(await rowOf('Kari Nordmann')).queryByText('Over kapasitet')).toBeNull();
  });

  it('shows the training status of each, with the date it runs out', async () => {
    openAt('#/koordinatorer', core);
    expect(within(await rowOf('Kari Nordmann')).getByText('Opplært')).toBeTruthy();
    expect(within(await rowOf('Per Ås')).getByText('Går ut 01.12.2026')).toBeTruthy();
    expect(within(await rowOf('Sigrid Bø')).getByText('Utløpt 30.06.2025')).toBeTruthy();
    expect(within(await rowOf('Ola Hansen')).getByText('Ikke opplært')).toBeTruthy();
  });

  it('filters on training status and keeps the filter in the address', async () => {
    openAt('#/koordinatorer', core);
    await rowOf('Kari Nordmann');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Opplæring'), 'Uten gyldig opplæring');

    await waitFor(() => expect(window.location.hash).toBe('#/koordinatorer?opplaering=uten-gyldig'));
    expect(screen.getByText('Viser 2 av 4 koordinatorer')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Kari Nordmann' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Sigrid Bø' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ola Hansen' })).toBeTruthy();
  });

  it('reads the training filter from the address', async () => {
    openAt('#/koordinatorer?opplaering=gaar-ut', core);
    await screen.findByRole('link', { name: 'Per Ås' });
    expect(screen.getByText('Viser 1 av 4 koordinatorer')).toBeTruthy();
    expect((screen.getByLabelText('Opplæring') as HTMLSelectElement).value).toBe('gaar-ut');
  });

  it('links each name to the coordinator page, carrying the way back to the filtered list', async () => {
    openAt('#/koordinatorer?q=kari&opplaering=opplaert', core);
    const link = await screen.findByRole('link', { name: 'Kari Nordmann' });
    expect(link.getAttribute('href')).toBe(
      '#/koordinatorer/1?fra=%23%2Fkoordinatorer%3Fq%3Dkari%26opplaering%3Dopplaert',
    );
  });

  it('sorts by caseload, the busiest first, and by training, the most urgent first', async () => {
    openAt('#/koordinatorer', core);
    await rowOf('Kari Nordmann');
    const user = userEvent.setup();
    const names = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]!.textContent);

    await user.click(screen.getByRole('button', { name: 'Saker' }));
    expect(names()).toEqual(['Per Ås', 'Kari Nordmann', 'Sigrid Bø', 'Ola Hansen']);
    await user.click(screen.getByRole('button', { name: 'Opplæring' }));
    expect(names()).toEqual(['Sigrid Bø', 'Ola Hansen', 'Per Ås', 'Kari Nordmann']);
  });
});
