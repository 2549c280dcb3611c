import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { SetupPage } from '@renderer/features/session/SetupPage';
import type { SamordnaBridge } from '@shared/api/bridge';

import { renderWithQueries } from '../coordinators/fakeCoordinators';

afterEach(() => setBridge(undefined));

/** The hint under the password field, as one line of text; '' while there is none. */
const hint = () => document.querySelector('.password-strength')?.textContent ?? '';

async function setUpForm() {
  setBridge({ kind: 'host', invoke: (async () => ({ ok: true, data: null })) as SamordnaBridge['invoke'] });
  renderWithQueries(<SetupPage onCreated={() => {}} />);
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Kommunens navn' }), 'Testvik kommune');
  await user.type(screen.getByRole('textbox', { name: 'Ditt navn' }), 'Kari Nordmann');
  await user.type(screen.getByRole('textbox', { name: /^Brukernavn/ }), 'kari.admin.test');
  const password = screen.getByLabelText(/^Passord/, { selector: 'input[autocomplete="new-password"]' });
  const typePassword = async (text: string) => {
    await user.clear(password);
    await user.type(password, text);
  };
  return { typePassword };
}

describe('the strength of a new password, shown while it is typed', () => {
  it('shows nothing before a password is typed', async () => {
    await setUpForm();
    expect(hint()).toBe('');
  });

  it('calls an easily guessed password weak, and says why', async () => {
    const { typePassword } = await setUpForm();
    await typePassword('aaaaaaaaaaaa');
    await waitFor(() =>
      expect(hint()).toBe(
        'Passordstyrke: Svakt Passordet er for lett å gjette. Bruk flere ord, gjerne med noe uventet. Gjentatte tegn som «aaa» er lette å gjette.',
      ),
    );
    await typePassword('passord12345');
    await waitFor(() => expect(hint()).toContain('Passordet er blant de mest brukte'));
  });

  it('refuses the user name and the municipality as core does', async () => {
    const { typePassword } = await setUpForm();
    await typePassword('kari.admin.test');
    await waitFor(() =>
      expect(hint()).toBe('Passordstyrke: Svakt Passordet kan ikke være eller inneholde brukernavnet.'),
    );
    await typePassword('Testvik 2026 er fint');
    await waitFor(() =>
      expect(hint()).toBe('Passordstyrke: Svakt Passordet kan ikke inneholde kommunens navn.'),
    );
  });

  it('calls a long phrase strong', async () => {
    const { typePassword } = await setUpForm();
    await typePassword('blåbærsyltetøy i kjelleren');
    await waitFor(() => expect(hint()).toBe('Passordstyrke: Sterkt'));
  });
});
