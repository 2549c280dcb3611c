import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { parseHash } from '@renderer/app/router';
import { SettingsPage } from '@renderer/features/settings/SettingsPage';
import type { SessionUser } from '@shared/api/session';

import { FakeCore, messageNextTo, renderWithQueries } from './fakeCoordinators';

let core: FakeCore;

beforeEach(() => {
  core = new FakeCore();
  setBridge(core);
});
afterEach(() => setBridge(undefined));

const admin: SessionUser = {
  id: 1,
  displayName: 'Kari Administrator',
  username: 'kari.admin',
  role: 'admin',
};

async function openSection() {
  renderWithQueries(<SettingsPage user={admin} route={parseHash('#/innstillinger/koordinatorer')} />);
  await screen.findByRole('textbox', { name: 'Vis opplæring som «går ut snart» (dager før)' });
  return userEvent.setup();
}

const noticeDays = () =>
  screen.getByRole('textbox', { name: 'Vis opplæring som «går ut snart» (dager før)' });
const withoutCoordinatorDays = () =>
  screen.getByRole('textbox', { name: 'Dager uten koordinator før varsel' });
const save = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Lagre' }));

describe('the coordination settings', () => {
  it('is a section of Innstillinger for administrators, showing the numbers in force', async () => {
    await openSection();
    expect(screen.getByRole('heading', { level: 2, name: 'Koordinatorer og opplæring' })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Koordinatorer og opplæring' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(noticeDays()).toHaveProperty('value', '60');
    expect(withoutCoordinatorDays()).toHaveProperty('value', '14');
    expect(screen.getByText(/Fra 1 til 180; standard er 14\./)).toBeTruthy();
  });

  it('is not offered to a case worker', () => {
    renderWithQueries(
      <SettingsPage
        user={{ ...admin, role: 'saksbehandler' }}
        route={parseHash('#/innstillinger/koordinatorer')}
      />,
    );
    expect(screen.queryByRole('link', { name: 'Koordinatorer og opplæring' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Dager uten koordinator før varsel' })).toBeNull();
  });

  it('refuses a number out of range beside the field, and saves a valid change as numbers', async () => {
    const user = await openSection();
    await user.clear(withoutCoordinatorDays());
    await user.type(withoutCoordinatorDays(), '200');
    await save(user);
    await waitFor(() =>
      expect(messageNextTo(withoutCoordinatorDays())).toBe('Skriv et helt tall fra 1 til 180.'),
    );
    expect(core.sent('coordinators.updateRules')).toEqual([]);

    await user.clear(withoutCoordinatorDays());
    await user.type(withoutCoordinatorDays(), '21');
    await user.clear(noticeDays());
    await user.type(noticeDays(), '90');
    await save(user);
    await waitFor(() => expect(core.sent('coordinators.updateRules')).toHaveLength(1));
    expect(core.sent('coordinators.updateRules')[0]).toEqual({
      trainingNoticeDays: 90,
      withoutCoordinatorDays: 21,
    });
    expect(await screen.findByText('Innstillingene for koordinatorer og opplæring er lagret.')).toBeTruthy();
  });

  it('shows core’s refusal', async () => {
    core.failWith.set('coordinators.updateRules', {
      code: 'FORBIDDEN',
      message: 'Du har ikke tilgang til dette med din rolle.',
    });
    const user = await openSection();
    await save(user);

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Du har ikke tilgang til dette med din rolle.',
    );
    expect(screen.queryByText('Innstillingene for koordinatorer og opplæring er lagret.')).toBeNull();
  });

  it('shows core’s objection to a number beside that field', async () => {
    core.failWith.set('coordinators.updateRules', {
      code: 'VALIDATION',
      message: 'Noen felt er ikke riktig fylt ut.',
      fields: { trainingNoticeDays: 'validation.invalid' },
    });
    const user = await openSection();
    await save(user);

    await waitFor(() => expect(messageNextTo(noticeDays())).not.toBe(''));
    expect(screen.getByRole('alert').textContent).toBe(
      'Noen felt er ikke riktig fylt ut. Se meldingene ved feltene.',
    );
  });
});
