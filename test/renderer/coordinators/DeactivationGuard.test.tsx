import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';

import { coordinator, coordinatorCase, FakeCore, messageNextTo, openAt } from './fakeCoordinators';

let core: FakeCore;
const list = '#/koordinatorer?vis=alle';
const editAddress = `#/koordinatorer/5/endre?fra=${encodeURIComponent(list)}`;

beforeEach(() => {
  core = new FakeCore();
  core.addDetail({
    coordinator: coordinator(5, { name: 'Kari Nordmann', caseload: 2 }),
    cases: [
      coordinatorCase(1, {
        caseId: 52,
        caseNumber: '2026-0052',
        personName: 'Emma Berg',
        role: 'barnekoordinator',
      }),
      coordinatorCase(2, { caseId: 60, caseNumber: '2026-0060', personName: 'Jonas Lie' }),
      coordinatorCase(3, { caseId: 41, caseNumber: '2025-0041', personName: 'Ola Hansen', running: false }),
    ],
  });
});
afterEach(() => setBridge(undefined));

async function openEditForm() {
  openAt(editAddress, core);
  await waitFor(() => expect(screen.getByLabelText('Navn')).toHaveProperty('value', 'Kari Nordmann'));
  return userEvent.setup();
}

const activeBox = () => screen.getByRole('checkbox', { name: 'Aktiv – kan oppnevnes i nye saker' });

describe('making a coordinator with cases inactive', () => {
  it('lists the running cases, each with a way to change coordinator, as soon as "Aktiv" is unticked', async () => {
    const user = await openEditForm();
    expect(screen.queryByText(/pågående saker/)).toBeNull();
    await user.click(activeBox());

    const guard = screen.getByRole('status');
    expect(within(guard).getByText('Koordinatoren har 2 pågående saker')).toBeTruthy();
    expect(guard.textContent).toContain('Hver sak må først få en ny koordinator');
    const items = within(guard).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Sak 2026-0052, Emma Berg – Barnekoordinator Bytt koordinator',
      'Sak 2026-0060, Jonas Lie – Koordinator Bytt koordinator',
    ]);
    expect(
      within(guard).getByRole('link', { name: 'Bytt koordinator i sak 2026-0052' }).getAttribute('href'),
    ).toBe('#/saker/52/koordinator/bytt');
    expect(
      within(guard).getByRole('link', { name: 'Bytt koordinator i sak 2026-0060' }).getAttribute('href'),
    ).toBe('#/saker/60/koordinator/bytt');
    // Nothing has been sent: the warning comes before saving.
    expect(core.sent('coordinators.update')).toEqual([]);

    await user.click(activeBox());
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows core’s refusal beside the checkbox if it still comes', async () => {
    core.failWith.set('coordinators.update', {
      code: 'VALIDATION',
      message: 'Noen felt er ikke riktig fylt ut.',
      fields: { active: 'validation.coordinatorHasCases' },
    });
    const user = await openEditForm();
    await user.click(activeBox());
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    await waitFor(() =>
      expect(messageNextTo(activeBox())).toBe(
        'Koordinatoren har aktive saker. Bytt koordinator i hver av dem før du gjør koordinatoren inaktiv.',
      ),
    );
    expect(core.sent('coordinators.update')).toHaveLength(1);
    expect(window.location.hash).toBe(editAddress);
  });

  it('says nothing when the coordinator holds no running case', async () => {
    core.addDetail({
      coordinator: coordinator(5, { name: 'Kari Nordmann' }),
      cases: [coordinatorCase(3, { running: false })],
    });
    const user = await openEditForm();
    await user.click(activeBox());
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('goes back to the coordinator page after saving, keeping the way back to the list', async () => {
    const user = await openEditForm();
    await user.clear(screen.getByLabelText('Telefon'));
    await user.type(screen.getByLabelText('Telefon'), '41 22 33 44');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));

    await waitFor(() => expect(core.sent('coordinators.update')).toHaveLength(1));
    expect(core.sent('coordinators.update')[0]).toMatchObject({ id: 5, phone: '41 22 33 44', active: true });
    await waitFor(() =>
      expect(window.location.hash).toBe(`#/koordinatorer/5?fra=${encodeURIComponent(list)}`),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Kari Nordmann' })).toBeTruthy();
    expect(screen.getByText('41 22 33 44')).toBeTruthy();
  });
});
