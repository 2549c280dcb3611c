import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { App } from '@renderer/app/App';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { Result } from '@shared/api/errors';
import type { SessionUser } from '@shared/api/session';

import { CASE_ID, detailOf, FakeCore, personOf, recordOf } from '../casePage/fakeCase';

const SIRI: SessionUser = {
  id: 2,
  username: 'siri',
  displayName: 'Siri Saksbehandler',
  role: 'saksbehandler',
};
const PER: SessionUser = { id: 3, username: 'per', displayName: 'Per Saksbehandler', role: 'saksbehandler' };
const USERS = [SIRI, PER];

/** One case and two users; core's session opens for whoever logs in, and locks or logs out. */
class SessionCore extends FakeCore {
  user: SessionUser | null;

  constructor(user: SessionUser | null) {
    super(detailOf(recordOf(), personOf({ name: 'Ola Nordmann' }), '2027-02-01'));
    this.user = user;
    const caseCore = this.invoke;
    this.invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
      const ok = (data: unknown): Result<unknown> => ({ ok: true, data });
      switch (channel) {
        case 'session.status':
          return ok({
            state: this.user ? 'open' : 'locked',
            dataFolder: '/data',
            demo: true,
            municipality: 'Marker kommune',
            user: this.user,
            idleTimeoutMinutes: 10,
          });
        case 'session.login':
          this.user = USERS.find((u) => u.username === input.username) ?? null;
          return this.user
            ? ok(this.user)
            : { ok: false, error: { code: 'WRONG_PASSWORD', message: 'Feil.' } };
        case 'session.lock':
        case 'session.logout':
          this.user = null;
          return ok(null);
        case 'session.activity':
        case 'drafts.get':
          return ok(null);
      }
      if (!this.user) return { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Låst.' } };
      return caseCore(channel as never, input as never);
    }) as SamordnaBridge['invoke'];
  }
}

let core: SessionCore;

function openApp(user: SessionUser | null, hash: string) {
  core = new SessionCore(user);
  setBridge(core);
  window.history.replaceState(null, '', hash);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  render(
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

const CASE_HASH = `#/saker/${CASE_ID}`;
const casePage = () => screen.findByRole('heading', { level: 1, name: /Ola Nordmann/ });

async function logIn(user: ReturnType<typeof userEvent.setup>, username: string | null) {
  if (username !== null) {
    const field = await screen.findByLabelText('Brukernavn');
    await user.clear(field);
    await user.type(field, username);
  }
  await user.type(await screen.findByLabelText('Passord'), 'et passord');
  await user.click(screen.getByRole('button', { name: 'Logg inn' }));
}

/** The register locks itself (idle time, the screen locked): the window learns it at its next look. */
async function lockFromCore() {
  core.user = null;
  await screen.findByText(/Registeret er låst/, undefined, { timeout: 5_000 });
}

beforeEach(() => window.history.replaceState(null, '', '#/'));
afterEach(() => setBridge(undefined));

describe('where the next user lands', () => {
  it('after a logout the next user starts on the start page, not on the case the last one had open', async () => {
    const user = openApp(SIRI, CASE_HASH);
    await casePage();
    await user.click(screen.getByRole('button', { name: 'Logg ut' }));
    await screen.findByRole('button', { name: 'Logg inn' });
    expect(window.location.hash).toBe('#/');

    await logIn(user, 'per');
    await waitFor(() => expect(screen.getByText(/Per Saksbehandler/)).toBeTruthy());
    expect(window.location.hash).toBe('#/');
    expect(screen.queryByRole('heading', { level: 1, name: /Ola Nordmann/ })).toBeNull();
  });

  it('after a logout the same user starts on the start page too: a logout forgets the place', async () => {
    const user = openApp(SIRI, CASE_HASH);
    await casePage();
    await user.click(screen.getByRole('button', { name: 'Logg ut' }));
    await logIn(user, 'siri');
    await waitFor(() => expect(screen.getByText(/Siri Saksbehandler/)).toBeTruthy());
    expect(window.location.hash).toBe('#/');
  });

  it('locked by idle time, the same user comes back to the case they had open', async () => {
    const user = openApp(SIRI, CASE_HASH);
    await casePage();
    await lockFromCore();
    expect(window.location.hash).toBe('#/');
    await logIn(user, null);
    await casePage();
    expect(window.location.hash).toBe(CASE_HASH);
  }, 10_000);

  it('locked by idle time, another user who logs in starts on the start page', async () => {
    const user = openApp(SIRI, CASE_HASH);
    await casePage();
    await lockFromCore();
    await user.click(screen.getByRole('button', { name: 'Logg inn som en annen bruker' }));
    await logIn(user, 'per');
    await waitFor(() => expect(screen.getByText(/Per Saksbehandler/)).toBeTruthy());
    expect(window.location.hash).toBe('#/');
    expect(screen.queryByRole('heading', { level: 1, name: /Ola Nordmann/ })).toBeNull();
  }, 10_000);

  it('when another user logs in elsewhere (another tab) while this window holds a locked case, it shows the start page', async () => {
    const user = openApp(SIRI, CASE_HASH);
    await casePage();
    await lockFromCore();
    core.user = PER;
    await waitFor(() => expect(screen.getByText(/Per Saksbehandler/)).toBeTruthy(), { timeout: 5_000 });
    expect(window.location.hash).toBe('#/');
    expect(screen.queryByRole('heading', { level: 1, name: /Ola Nordmann/ })).toBeNull();
    void user;
  }, 10_000);

  it('opened while locked on a case address (a reload, a sleeping tab), nobody is taken to that case', async () => {
    const user = openApp(null, `${CASE_HASH}?sok=12812750001`);
    await screen.findByRole('button', { name: 'Logg inn' });
    // The address no longer holds the case, nor the search that could hold a fødselsnummer.
    expect(window.location.hash).toBe('#/');
    await logIn(user, 'per');
    await waitFor(() => expect(screen.getByText(/Per Saksbehandler/)).toBeTruthy());
    expect(window.location.hash).toBe('#/');
  });

  it('keeps the forgotten-password page in the address while locked', async () => {
    openApp(null, '#/gjenoppretting');
    await screen.findByRole('heading', { level: 1 });
    expect(window.location.hash).toBe('#/gjenoppretting');
  });

  it('a reload while logged in keeps the page', async () => {
    openApp(SIRI, CASE_HASH);
    await casePage();
    expect(window.location.hash).toBe(CASE_HASH);
  });
});
