import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { LoginPage } from '@renderer/features/session/LoginPage';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { ApiErrorShape } from '@shared/api/errors';

import { renderWithQueries } from '../coordinators/fakeCoordinators';

/** Core answering every login with the same refusal. */
function refusingCore(error: ApiErrorShape): SamordnaBridge {
  return {
    kind: 'host',
    invoke: (async () => ({ ok: false, error })) as SamordnaBridge['invoke'],
  };
}

afterEach(() => setBridge(undefined));

async function logIn() {
  renderWithQueries(
    <LoginPage municipality="Testvik kommune" lockedUser={null} onLogin={() => {}} onOtherUser={() => {}} />,
  );
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Brukernavn' }), 'kari.admin');
  await user.type(screen.getByLabelText('Passord'), 'ikke mitt passord');
  await user.click(screen.getByRole('button', { name: 'Logg inn' }));
}

describe('the login page after wrong passwords', () => {
  it('says the user is locked, and who can lift it', async () => {
    setBridge(refusingCore({ code: 'USER_LOCKED', message: 'Brukeren er sperret.' }));
    await logIn();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Brukeren er sperret etter for mange feil passord. En administrator kan oppheve sperren, eller du kan bruke gjenopprettingskoden.',
    );
    expect(screen.getByRole('link', { name: /gjenopprettingskoden/ })).toBeDefined();
  });

  it('says how long to wait, holds the button until then, and says when to try again', async () => {
    setBridge(
      refusingCore({ code: 'TOO_MANY_ATTEMPTS', message: 'For mange.', fields: { retryAfterSeconds: '1' } }),
    );
    await logIn();
    const status = await screen.findByRole('status');
    expect(status.textContent).toBe('For mange feil passord. Vent 1 sekund før du prøver igjen.');
    expect(screen.getByRole('button', { name: 'Logg inn' })).toHaveProperty('disabled', true);
    // The seconds are no field's error: nothing appears beside the fields.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await within(status).findByText('Du kan prøve igjen nå.')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Logg inn' })).toHaveProperty('disabled', false);
  });

  it('counts the seconds in words', async () => {
    setBridge(
      refusingCore({ code: 'TOO_MANY_ATTEMPTS', message: 'For mange.', fields: { retryAfterSeconds: '16' } }),
    );
    await logIn();
    expect((await screen.findByRole('status')).textContent).toBe(
      'For mange feil passord. Vent 16 sekunder før du prøver igjen.',
    );
  });
});
