import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import type { Role } from '@shared/api/channel';

import { detailOf, FakeCore, openCasePage, personOf, recordOf } from '../casePage/fakeCase';

afterEach(() => setBridge(undefined));

/** The fake core of the case page tests, with a signed-in user of the given role. */
function coreAs(role: Role): FakeCore {
  const core = new FakeCore(detailOf(recordOf(), personOf(), '2027-03-01'));
  const serve = core.invoke as (channel: string, input: unknown) => ReturnType<FakeCore['invoke']>;
  core.invoke = (async (channel: string, input: Record<string, unknown>) =>
    channel === 'session.status' && core.calls.push({ channel, input })
      ? {
          ok: true,
          data: {
            state: 'open',
            demo: true,
            municipality: 'Marker kommune',
            user: { id: 1, username: 'kari', displayName: 'Kari', role },
            idleTimeoutMinutes: 10,
          },
        }
      : serve(channel, input)) as FakeCore['invoke'];
  return core;
}

describe('Hvem har sett saken', () => {
  it('links an administrator from the case page to the Logg filtered by the case', async () => {
    const core = coreAs('admin');
    setBridge(core);
    openCasePage();
    const link = await screen.findByRole('link', { name: 'Hvem har sett saken' });
    const { id, caseNumber } = core.detail.record;
    expect(link.getAttribute('href')).toBe(`#/logg?sakId=${id}&sak=${caseNumber}`);
  });

  it('links a case from a loaded register by its id, whatever shape its number has', async () => {
    const core = coreAs('admin');
    core.detail = detailOf(recordOf({ caseNumber: 'SAK/2019/17' }), personOf(), '2027-03-01');
    setBridge(core);
    openCasePage();
    const link = await screen.findByRole('link', { name: 'Hvem har sett saken' });
    expect(link.getAttribute('href')).toBe(`#/logg?sakId=${core.detail.record.id}&sak=SAK%2F2019%2F17`);
  });

  it('is not offered to a saksbehandler, whom core refuses the log', async () => {
    const core = coreAs('saksbehandler');
    setBridge(core);
    openCasePage();
    await screen.findByRole('link', { name: 'Skriv ut saksoversikt' });
    // The session's role has come (the link would show now for an administrator).
    await waitFor(() => expect(core.calls.some((c) => c.channel === 'session.status')).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('link', { name: 'Hvem har sett saken' })).toBeNull();
  });
});
