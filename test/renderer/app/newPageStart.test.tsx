import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { App } from '@renderer/app/App';
import { navigate } from '@renderer/app/router';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { Result } from '@shared/api/errors';
import type { SessionUser } from '@shared/api/session';

import {
  CASE_ID,
  detailOf,
  FakeCore as CaseCore,
  GRANTED_BK,
  LIST,
  personOf,
  recordOf,
} from '../casePage/fakeCase';
import { FakeCore as ListCore, listRow } from '../cases/fakeCore';

const SIRI: SessionUser = {
  id: 2,
  username: 'siri',
  displayName: 'Siri Saksbehandler',
  role: 'saksbehandler',
};

/** A fake core with Siri logged in: the whole window, shell and menu included, is drawn. */
function loggedIn(core: SamordnaBridge): SamordnaBridge {
  const answer = core.invoke.bind(core);
  return {
    kind: 'host',
    invoke: (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
      if (channel === 'session.status') {
        const status = await answer('session.status', {} as never);
        return status.ok ? { ok: true, data: { ...status.data, user: SIRI } } : status;
      }
      if (channel === 'session.activity') return { ok: true, data: null };
      return answer(channel as never, input as never);
    }) as SamordnaBridge['invoke'],
  };
}

function openApp(core: SamordnaBridge, address: string) {
  setBridge(loggedIn(core));
  window.history.replaceState(null, '', address);
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

/** The window's scroll position (jsdom keeps what is set, and scrolls nothing itself). */
const scroller = () => document.scrollingElement ?? document.documentElement;

afterEach(() => {
  setBridge(undefined);
  scroller().scrollTop = 0;
});

describe('a new page', () => {
  it('opens at its top with its heading focused, from far down the page before', async () => {
    const core = new CaseCore(detailOf(recordOf({ steps: [GRANTED_BK] }), personOf({}), '2027-03-01'));
    const user = openApp(core, `#/saker/${CASE_ID}?fra=${encodeURIComponent(LIST)}`);
    const caseHeading = await screen.findByRole('heading', { level: 1, name: personOf({}).name });
    await waitFor(() => expect(document.activeElement).toBe(caseHeading));

    // The link to the appointment form is far down a long case page.
    scroller().scrollTop = 1800;
    await user.click(screen.getAllByRole('link', { name: 'Oppnevn koordinator' })[0]!);
    const formHeading = await screen.findByRole('heading', { level: 1, name: 'Oppnevn koordinator' });
    expect(window.location.hash).toContain(`#/saker/${CASE_ID}/koordinator/ny`);
    await waitFor(() => expect(document.activeElement).toBe(formHeading));
    expect(scroller().scrollTop).toBe(0);
    // Focusable by script, never a stop for Tab.
    expect(formHeading.getAttribute('tabindex')).toBe('-1');

    // Back to the case page (as a save does): its top and its heading, not below its header.
    scroller().scrollTop = 2400;
    navigate(`#/saker/${CASE_ID}?fra=${encodeURIComponent(LIST)}`);
    const again = await screen.findByRole('heading', { level: 1, name: personOf({}).name });
    await waitFor(() => expect(document.activeElement).toBe(again));
    expect(scroller().scrollTop).toBe(0);
  });

  it('focuses the heading of an area opened for the first time, while its code is still on its way', async () => {
    const core = new ListCore();
    const user = openApp(core, '#/saker');
    const cases = await screen.findByRole('heading', { level: 1, name: 'Saker' });
    await waitFor(() => expect(document.activeElement).toBe(cases));

    // While the area's chunk loads, the case list stays in the document, hidden: its heading must
    // not take the focus, nor count as the new page's.
    await user.click(screen.getByRole('link', { name: 'Koordinatorer' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Koordinatorer' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('is not opened by a filter: the search keeps the focus and the list its place', async () => {
    const core = new ListCore();
    core.cases = [listRow(1, { personName: 'Kari Nordmann' }), listRow(2, { personName: 'Ola Hansen' })];
    const user = openApp(core, '#/saker');
    await screen.findByRole('table', { name: 'Saker' });
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Saker' })),
    );

    const search = screen.getByRole('searchbox', { name: 'Søk i saker' });
    await user.click(search);
    scroller().scrollTop = 300;
    await user.type(search, 'kari');
    await waitFor(() => expect(window.location.hash).toBe('#/saker?q=kari'));
    expect(document.activeElement).toBe(search);
    expect(scroller().scrollTop).toBe(300);
  });
});
