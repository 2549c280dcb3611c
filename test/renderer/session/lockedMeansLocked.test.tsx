import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { App } from '@renderer/app/App';
import { DRAFT_SAVE_DELAY_MS } from '@renderer/components/useDraft';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { Result } from '@shared/api/errors';
import type { SessionUser } from '@shared/api/session';
import type { Relation } from '@shared/domain/case';

import { CASE_ID, detailOf, FakeCore, LIST, personOf, recordOf } from '../casePage/fakeCase';

const SIRI: SessionUser = {
  id: 2,
  username: 'siri',
  displayName: 'Siri Saksbehandler',
  role: 'saksbehandler',
};

const mother: Relation = {
  id: 5,
  name: 'Kari Nordmann',
  relation: 'mother',
  parentalResponsibility: true,
  mayConsent: true,
  phone: '91234567',
  email: 'kari@example.no',
  address: 'Storgata 1, 1870 Ørje',
};
/** A synthetic fødselsnummer (the case page's tests use it) of a child born 12 January 2027. */
const child = personOf({
  name: 'Ola Nordmann',
  nationalId: '12812750001',
  birthDate: '2027-01-12',
  relations: [mother],
});

/** Everything of the register's that must not be in the page while it is locked. */
const PERSONAL = [
  'Ola Nordmann',
  'Kari Nordmann',
  '12812750001',
  '128127',
  'Storgata',
  '91234567',
  'Fjellveien',
];

/** The case page's core, with a session that locks and drafts kept as core keeps them. */
class LockingCore extends FakeCore {
  state: 'open' | 'locked' = 'open';
  drafts = new Map<string, { data: unknown; savedAt: string }>();
  /** How long core takes to close the register (a backup first, seconds on a large register). */
  lockMs = 0;

  constructor() {
    super(detailOf(recordOf(), child, '2027-02-01'));
    const caseCore = this.invoke;
    this.invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
      const ok = (data: unknown): Result<unknown> => ({ ok: true, data });
      const key = String(input.form);
      switch (channel) {
        case 'session.status':
          this.calls.push({ channel, input });
          return ok({
            state: this.state,
            dataFolder: '/data',
            demo: true,
            municipality: 'Marker kommune',
            user: this.state === 'open' ? SIRI : null,
            idleTimeoutMinutes: 10,
          });
        case 'session.lock':
        case 'session.logout':
          this.calls.push({ channel, input });
          await new Promise((resolve) => setTimeout(resolve, this.lockMs));
          this.state = 'locked';
          return ok(null);
        case 'session.login':
          this.calls.push({ channel, input });
          this.state = 'open';
          return ok(SIRI);
        case 'session.activity':
          return ok(null);
      }
      // A locked core answers nothing but the status and the login.
      if (this.state === 'locked') {
        this.calls.push({ channel, input });
        return { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Låst.' } };
      }
      switch (channel) {
        case 'drafts.get':
          this.calls.push({ channel, input });
          return ok(this.drafts.get(key) ?? null);
        case 'drafts.save':
          this.calls.push({ channel, input });
          this.drafts.set(key, { data: input.data, savedAt: '2027-02-01T09:15:00.000Z' });
          return ok({ savedAt: '2027-02-01T09:15:00.000Z' });
        case 'drafts.discard':
          this.calls.push({ channel, input });
          this.drafts.delete(key);
          return ok(null);
        default:
          return caseCore(channel as never, input as never);
      }
    }) as SamordnaBridge['invoke'];
  }
}

let core: LockingCore;
let queryClient: QueryClient;

beforeEach(() => {
  core = new LockingCore();
  setBridge(core);
  window.location.hash = `#/saker/${CASE_ID}/person?fra=${encodeURIComponent(LIST)}`;
  queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
});
afterEach(() => setBridge(undefined));

async function openPersonForm() {
  render(
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Endre person' });
  // The form listens for typing once it knows there is no draft to bring back.
  await waitFor(() => expect(core.changes('drafts.get')).toHaveLength(1));
  return userEvent.setup();
}

async function typeAddress(user: ReturnType<typeof userEvent.setup>, text: string) {
  const address = screen.getAllByLabelText('Adresse')[0]!;
  await user.clear(address);
  await user.type(address, text);
}

/** The whole page as the window holds it: the markup, and what the fields hold (not in the markup). */
const page = () =>
  [
    document.documentElement.outerHTML,
    ...[...document.querySelectorAll<HTMLInputElement>('input, textarea, select')].map((e) => e.value),
  ].join('\n');

describe('locked means locked', () => {
  it('keeps typing in a draft, holds no personal data while locked, and brings the form back after login', async () => {
    const user = await openPersonForm();
    expect(page()).toContain('Ola Nordmann');
    expect(page()).toContain('Storgata 1, 1870 Ørje');
    await typeAddress(user, 'Fjellveien 9');

    // Locked at once, within the draft's delay: the draft is written before the register closes.
    await user.click(screen.getByRole('button', { name: 'Lås nå' }));
    await screen.findByText(/Registeret er låst/);
    const order = core.calls.map((c) => c.channel).filter((c) => c === 'drafts.save' || c === 'session.lock');
    expect(order).toEqual(['drafts.save', 'session.lock']);
    expect(core.drafts.get(`person:saker/${CASE_ID}/person`)?.data).toMatchObject({
      values: { address: 'Fjellveien 9' },
    });

    const html = page();
    for (const text of PERSONAL) expect(html, text).not.toContain(text);
    expect(
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.queryKey[0]),
    ).toEqual(['session.status']);
    expect(queryClient.getMutationCache().getAll()).toEqual([]);
    // Where they were is kept in memory, not in the address (a search there can hold a fødselsnummer).
    expect(window.location.hash).toBe('#/');

    // The same user unlocks: the same form, with what they typed, saying it is a draft.
    await user.type(screen.getByLabelText('Passord'), 'saksbehandler 2027');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    await screen.findByRole('heading', { level: 1, name: 'Endre person' });
    expect(window.location.hash).toContain(`#/saker/${CASE_ID}/person`);
    await waitFor(() =>
      expect((screen.getAllByLabelText('Adresse')[0]! as HTMLInputElement).value).toBe('Fjellveien 9'),
    );
    expect(screen.getByText(/Skjemaet er fylt ut slik du forlot det/)).toBeTruthy();

    // Saved: the draft goes.
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(core.drafts.size).toBe(0));
    expect(core.changes('persons.update').at(-1)).toMatchObject({ address: 'Fjellveien 9' });
  }, 15_000);

  it('drops the page when core locks on its own, with the draft already written while typing', async () => {
    const user = await openPersonForm();
    await typeAddress(user, 'Fjellveien 9');
    await waitFor(() => expect(core.drafts.size).toBe(1), { timeout: DRAFT_SAVE_DELAY_MS + 2_000 });

    // Idle time ran out in core; the window learns it at its next look at the status.
    core.state = 'locked';
    await screen.findByText(/Registeret er låst/, undefined, { timeout: 5_000 });
    const html = page();
    for (const text of PERSONAL) expect(html, text).not.toContain(text);

    await user.type(screen.getByLabelText('Passord'), 'saksbehandler 2027');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    await waitFor(() =>
      expect((screen.getAllByLabelText('Adresse')[0]! as HTMLInputElement).value).toBe('Fjellveien 9'),
    );

    // Cancelled: the draft goes too, and the case page shows what is recorded.
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(core.drafts.size).toBe(0));
    await screen.findByRole('heading', { level: 1, name: /Ola Nordmann/ });
  }, 15_000);

  it('drops the page on logout too, and the next login starts at the login form without a name filled in', async () => {
    const user = await openPersonForm();
    await typeAddress(user, 'Fjellveien 9');
    await user.click(screen.getByRole('button', { name: 'Logg ut' }));
    await screen.findByRole('button', { name: 'Logg inn' });
    expect(core.drafts.get(`person:saker/${CASE_ID}/person`)?.data).toMatchObject({
      values: { address: 'Fjellveien 9' },
    });
    const html = page();
    for (const text of PERSONAL) expect(html, text).not.toContain(text);
    expect(screen.queryByText(/Registeret er låst/)).toBeNull();
    expect((screen.getByLabelText('Brukernavn') as HTMLInputElement).value).toBe('');
    // The next user starts at the start, not on the page (or the search) of the one before.
    expect(window.location.hash).toBe('#/');
  });

  it('drops the screen at once, while core is still closing the register (taking a backup)', async () => {
    core.lockMs = 2_000;
    const user = await openPersonForm();
    await user.click(screen.getByRole('button', { name: 'Lås nå' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Endre person' })).toBeNull(), {
      timeout: 500,
    });
    expect(core.state).toBe('open'); // core has not finished yet
    const html = page();
    for (const text of PERSONAL) expect(html, text).not.toContain(text);
  });

  it('keeps a removed guardian removed in the draft', async () => {
    const user = await openPersonForm();
    await user.click(screen.getByRole('button', { name: /Fjern person 1/ }));
    await waitFor(() => expect(core.drafts.size).toBe(1), { timeout: DRAFT_SAVE_DELAY_MS + 2_000 });
    await user.click(screen.getByRole('button', { name: 'Lås nå' }));
    await screen.findByText(/Registeret er låst/);
    await user.type(screen.getByLabelText('Passord'), 'saksbehandler 2027');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    await screen.findByRole('heading', { level: 1, name: 'Endre person' });
    await screen.findByText(/Skjemaet er fylt ut slik du forlot det/);
    const values = [...document.querySelectorAll<HTMLInputElement>('input')].map((e) => e.value);
    expect(values).not.toContain('Kari Nordmann');
  }, 15_000);

  it('brings back only what the user changed, over what someone else changed since', async () => {
    const user = await openPersonForm();
    await typeAddress(user, 'Fjellveien 9');
    await waitFor(() => expect(core.drafts.size).toBe(1), { timeout: DRAFT_SAVE_DELAY_MS + 2_000 });
    await user.click(screen.getByRole('button', { name: 'Lås nå' }));
    await screen.findByText(/Registeret er låst/);
    // Meanwhile a colleague records the child's new phone number.
    core.detail = { ...core.detail, person: { ...core.detail.person, phone: '47000000' } };
    await user.type(screen.getByLabelText('Passord'), 'saksbehandler 2027');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    await screen.findByRole('heading', { level: 1, name: 'Endre person' });
    await waitFor(() =>
      expect((screen.getAllByLabelText('Adresse')[0]! as HTMLInputElement).value).toBe('Fjellveien 9'),
    );
    const values = [...document.querySelectorAll<HTMLInputElement>('input')].map((e) => e.value);
    expect(values).toContain('47000000');
    expect(screen.getByText(/bare feltene du hadde endret/)).toBeTruthy();
  }, 15_000);

  it('keeps no draft when it is given up within the draft’s delay', async () => {
    const user = await openPersonForm();
    await typeAddress(user, 'Fjellveien 9');
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    await new Promise((resolve) => setTimeout(resolve, DRAFT_SAVE_DELAY_MS + 300));
    expect(core.drafts.size).toBe(0);
  });
});
