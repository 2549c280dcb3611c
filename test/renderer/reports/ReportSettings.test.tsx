import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { parseHash } from '@renderer/app/router';
import { SettingsPage } from '@renderer/features/settings/SettingsPage';
import type { SessionUser } from '@shared/api/session';

import { messageNextTo, renderWithQueries } from '../coordinators/fakeCoordinators';
import { FakeReportsCore } from './fakeReports';

let core: FakeReportsCore;

beforeEach(() => {
  core = new FakeReportsCore();
  setBridge(core);
});
afterEach(() => setBridge(undefined));

const admin: SessionUser = {
  id: 1,
  displayName: 'Kari Administrator',
  username: 'kari.admin',
  role: 'admin',
};
const THRESHOLD = 'Terskel for skjuling av små tall';
const SAVED = 'Terskelen for rapporter er lagret.';
const field = () => screen.getByRole('textbox', { name: THRESHOLD });

async function openSection() {
  const rendered = renderWithQueries(
    <SettingsPage user={admin} route={parseHash('#/innstillinger/rapporter')} />,
  );
  await screen.findByRole('textbox', { name: THRESHOLD });
  return { user: userEvent.setup(), queryClient: rendered.queryClient };
}

async function saveThreshold(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.clear(field());
  if (text) await user.type(field(), text);
  await user.click(screen.getByRole('button', { name: 'Lagre' }));
}

describe('the report settings', () => {
  it('is a section of Innstillinger for administrators, showing the threshold in force', async () => {
    core.settings = { suppressionThreshold: 7 };
    await openSection();
    expect(screen.getByRole('heading', { level: 2, name: 'Rapporter' })).toBeTruthy();
    // The form is filled from the settings once they arrive.
    await waitFor(() => expect(field()).toHaveProperty('value', '7'));
    expect(screen.getByText(/Fra 3 til 20; standard er 5\./)).toBeTruthy();
  });

  it('is not offered to a case worker or a leader', () => {
    for (const role of ['saksbehandler', 'leder'] as const) {
      const { unmount } = renderWithQueries(
        <SettingsPage user={{ ...admin, role }} route={parseHash('#/innstillinger/rapporter')} />,
      );
      expect(screen.queryByRole('link', { name: 'Rapporter' })).toBeNull();
      expect(screen.queryByRole('textbox', { name: THRESHOLD })).toBeNull();
      unmount();
    }
    expect(core.sent('reports.settings')).toEqual([]);
  });

  it.each(['2', '21', '4,5', ''])(
    'refuses %j beside the field with the contract’s message and sends nothing',
    async (text) => {
      const { user } = await openSection();
      await saveThreshold(user, text);
      await waitFor(() =>
        expect(messageNextTo(field())).toBe('Terskelen må være et helt tall fra 3 til 20.'),
      );
      expect(core.sent('reports.updateSettings')).toEqual([]);
      expect(screen.queryByText(SAVED)).toBeNull();
    },
  );

  it('saves 3, the lowest allowed, and has every report fetched again', async () => {
    const { user, queryClient } = await openSection();
    const period = { from: '2026-07-01', to: '2026-09-30' };
    queryClient.setQueryData(['reports.leadership', period], {});
    queryClient.setQueryData(['plans.rules'], {});
    await saveThreshold(user, '3');

    expect(await screen.findByText(SAVED)).toBeTruthy();
    expect(core.sent('reports.updateSettings')).toEqual([{ suppressionThreshold: 3 }]);
    expect(queryClient.getQueryState(['reports.leadership', period])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(['plans.rules'])?.isInvalidated).toBe(false);
  });

  it('shows core’s refusal', async () => {
    core.failWith.set('reports.updateSettings', {
      code: 'FORBIDDEN',
      message: 'Du har ikke tilgang til dette med din rolle.',
    });
    const { user } = await openSection();
    await saveThreshold(user, '6');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Du har ikke tilgang til dette med din rolle.',
    );
  });
});
