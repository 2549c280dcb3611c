import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { flushDrafts, useDraft } from '@renderer/components/useDraft';
import type { SamordnaBridge } from '@shared/api/bridge';

interface Person {
  name: string;
  phone: string;
}

/** A core whose `drafts.get` answers only when the test says so, as on a loaded machine. */
function slowDraftCore(kept: Person) {
  const saved: unknown[] = [];
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => {
    answer = resolve;
  });
  const bridge = {
    kind: 'host',
    invoke: async (channel: string, input: { data?: unknown }) => {
      if (channel === 'drafts.get') {
        await answered;
        return {
          ok: true,
          data: {
            savedAt: '2026-12-06T20:00:00.000Z',
            data: { draftFormat: 2, values: kept, base: { name: '', phone: '' } },
          },
        };
      }
      if (channel === 'drafts.save') saved.push(input.data);
      return { ok: true, data: null };
    },
  } as unknown as SamordnaBridge;
  return { bridge, saved, answer };
}

function PersonForm() {
  const methods = useForm<Person>({ defaultValues: { name: '', phone: '' } });
  useDraft('person:test', methods);
  return (
    <form>
      <label>
        Navn
        <input {...methods.register('name')} />
      </label>
      <label>
        Telefon
        <input {...methods.register('phone')} />
      </label>
    </form>
  );
}

const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

afterEach(() => setBridge(undefined));

describe('a draft that comes back after the user has started typing', () => {
  it('keeps what was typed, fills the rest from the draft, and keeps both', async () => {
    const core = slowDraftCore({ name: 'Kari Utkast', phone: '91234567' });
    setBridge(core.bridge);
    const user = userEvent.setup();
    render(<PersonForm />);

    await user.type(screen.getByLabelText('Navn'), 'Ola Skrevet');
    core.answer();

    await waitFor(() => expect(valueOf('Telefon')).toBe('91234567'));
    expect(valueOf('Navn')).toBe('Ola Skrevet');

    // The lock button flushes drafts first: what is on screen is what is kept.
    await flushDrafts();
    await waitFor(() =>
      expect(core.saved.at(-1)).toMatchObject({ values: { name: 'Ola Skrevet', phone: '91234567' } }),
    );
  });

  it('keeps keys typed before the draft answered even when there was no draft', async () => {
    const saved: unknown[] = [];
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    setBridge({
      kind: 'host',
      invoke: async (channel: string, input: { data?: unknown }) => {
        if (channel === 'drafts.get') {
          await answered;
          return { ok: true, data: null };
        }
        if (channel === 'drafts.save') saved.push(input.data);
        return { ok: true, data: null };
      },
    } as unknown as SamordnaBridge);
    const user = userEvent.setup();
    render(<PersonForm />);

    await user.type(screen.getByLabelText('Navn'), 'Ola');
    // Locked before core has answered whether a draft was kept: the keys are written anyway.
    const flushed = flushDrafts();
    answer();
    await flushed;
    await waitFor(() => expect(saved.at(-1)).toMatchObject({ values: { name: 'Ola', phone: '' } }));
  });
});
