import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { STATUS_KEY, useFlushOnSystemLock } from '@renderer/app/session';
import { DRAFT_SAVE_DELAY_MS, useDraft } from '@renderer/components/useDraft';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { SessionStatus } from '@shared/api/session';

interface Person {
  name: string;
}

/** The desktop bridge as the preload gives it: main's request reaches the page's callback. */
function desktopBridge() {
  const saved: unknown[] = [];
  const subscribed: Array<() => Promise<void>> = [];
  const bridge = {
    kind: 'electron',
    invoke: async (channel: string, input: { data?: unknown }) => {
      if (channel === 'drafts.save') saved.push(input.data);
      return { ok: true, data: null };
    },
    onFlushDrafts: (flush: () => Promise<void>) => {
      subscribed.push(flush);
      return () => subscribed.splice(subscribed.indexOf(flush), 1);
    },
  } as unknown as SamordnaBridge;
  /** What main's 'window:flushDrafts' does through the preload. */
  const mainAsks = () => {
    expect(subscribed).toHaveLength(1);
    return subscribed[0]!();
  };
  return { bridge, saved, subscribed, mainAsks };
}

function PersonForm() {
  const methods = useForm<Person>({ defaultValues: { name: '' } });
  useDraft('person:test', methods);
  return (
    <label>
      Navn
      <input {...methods.register('name')} />
    </label>
  );
}

function Window({ children }: { children?: React.ReactNode }) {
  useFlushOnSystemLock();
  return <>{children}</>;
}

const OPEN: SessionStatus = {
  state: 'open',
  user: { id: 1, username: 'kari', displayName: 'Kari', role: 'saksbehandler' },
} as unknown as SessionStatus;

afterEach(() => setBridge(undefined));

describe('Windows locks the screen, the PC sleeps or the app quits', () => {
  it('writes the draft still waiting for its delay when main asks, and drops the open screens', async () => {
    const desktop = desktopBridge();
    setBridge(desktop.bridge);
    const queryClient = new QueryClient();
    queryClient.setQueryData(STATUS_KEY, OPEN);
    const user = userEvent.setup();
    const view = render(
      <QueryClientProvider client={queryClient}>
        <Window>
          <PersonForm />
        </Window>
      </QueryClientProvider>,
    );
    const started = Date.now();
    await user.type(screen.getByLabelText('Navn'), 'Ola');
    // Main asks well within the delay: nothing is written yet, and main's answer waits for it.
    expect(desktop.saved).toEqual([]);
    await act(() => desktop.mainAsks());
    expect(Date.now() - started).toBeLessThan(DRAFT_SAVE_DELAY_MS);
    expect(desktop.saved).toEqual([expect.objectContaining({ values: { name: 'Ola' } })]);
    // The screens go at once, not at the next status poll.
    expect(queryClient.getQueryData<SessionStatus>(STATUS_KEY)).toMatchObject({
      state: 'locked',
      user: null,
    });
    // Nothing is written twice when the delay would have run out.
    await new Promise((resolve) => setTimeout(resolve, DRAFT_SAVE_DELAY_MS + 50));
    expect(desktop.saved).toHaveLength(1);
    view.unmount();
    await waitFor(() => expect(desktop.subscribed).toHaveLength(0));
  });

  it('leaves a screen that is not an open register as it is', async () => {
    const desktop = desktopBridge();
    setBridge(desktop.bridge);
    const queryClient = new QueryClient();
    const setup = { state: 'setup' } as unknown as SessionStatus;
    queryClient.setQueryData(STATUS_KEY, setup);
    render(
      <QueryClientProvider client={queryClient}>
        <Window />
      </QueryClientProvider>,
    );
    await act(() => desktop.mainAsks());
    expect(queryClient.getQueryData(STATUS_KEY)).toBe(setup);
  });
});
