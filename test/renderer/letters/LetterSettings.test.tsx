import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { parseHash } from '@renderer/app/router';
import { SettingsPage } from '@renderer/features/settings/SettingsPage';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { Result } from '@shared/api/errors';
import type { LetterSettings } from '@shared/api/letters';
import type { SessionUser } from '@shared/api/session';

import { messageNextTo, renderWithQueries } from '../coordinators/fakeCoordinators';
import { letterhead } from './fakeLetters';

/** Stands in for core: the letter settings only. */
class FakeCore implements SamordnaBridge {
  readonly kind = 'host' as const;
  readonly calls: { channel: string; input: Record<string, unknown> }[] = [];
  settings: LetterSettings = {
    ...letterhead,
    templates: { interimReply: 'Svar {svarfrist}', decision: 'Vedtak' },
  };

  invoke = (async (channel: string, input: Record<string, unknown>): Promise<Result<unknown>> => {
    this.calls.push({ channel, input });
    switch (channel) {
      case 'letters.settings':
        return { ok: true, data: this.settings };
      case 'letters.updateSettings':
        this.settings = input as unknown as LetterSettings;
        return { ok: true, data: this.settings };
      default:
        return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'Ukjent forespørsel.' } };
    }
  }) as SamordnaBridge['invoke'];

  sent(channel: string) {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input);
  }
}

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
const INTERIM = /^Mal for foreløpig svar/;

async function openSection() {
  renderWithQueries(<SettingsPage user={admin} route={parseHash('#/innstillinger/brev')} />);
  await screen.findByRole('textbox', { name: INTERIM });
  return userEvent.setup();
}

/** A file of these first bytes, padded to `size`. */
const file = (head: number[], size: number, name: string, type: string) => {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return new File([bytes], name, { type });
};

describe('the letter settings', () => {
  it('names a placeholder that does not exist beside its template, and saves nothing', async () => {
    const user = await openSection();
    const interim = screen.getByRole('textbox', { name: INTERIM });
    // `{{` types one brace.
    await user.type(interim, ' {{navnn} og {{utfall}');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    await waitFor(() =>
      expect(messageNextTo(interim)).toBe(
        'Malen har plassholdere som ikke finnes: {navnn}, {utfall}. Rett eller fjern dem.',
      ),
    );
    expect(core.sent('letters.updateSettings')).toEqual([]);
  });

  it('refuses a logo that is not a PNG or JPEG by its bytes, or too large, and saves one that is', async () => {
    const user = await openSection();
    const input = screen.getByLabelText('Logo') as HTMLInputElement;
    // Named .png, but a GIF's bytes.
    await user.upload(input, file([0x47, 0x49, 0x46, 0x38], 100, 'logo.png', 'image/png'));
    await waitFor(() => expect(messageNextTo(input)).toBe('Logoen må være et PNG- eller JPEG-bilde.'));
    await user.upload(
      input,
      file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 200 * 1024 + 1, 'stor.png', 'image/png'),
    );
    await waitFor(() => expect(messageNextTo(input)).toBe('Logoen er for stor. Den kan være høyst 200 kB.'));
    // A JPEG called .png is taken as the JPEG it is.
    await user.upload(input, file([0xff, 0xd8, 0xff, 0xe0], 1000, 'logo.png', 'image/png'));
    expect(await screen.findByRole('img', { name: 'Logoen slik den står i brevhodet' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Innstillingene for brev er lagret.')).toBeTruthy();
    expect(core.sent('letters.updateSettings')[0]!.logo).toMatch(/^data:image\/jpeg;base64,\/9j\//);
  });
});
