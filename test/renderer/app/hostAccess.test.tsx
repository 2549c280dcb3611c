import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { setBridge } from '@renderer/api/client';
import { createHostBridge } from '@renderer/api/hostBridge';
import { App } from '@renderer/app/App';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { ErrorCode } from '@shared/api/errors';

// The spinner shown while the status loads synchronises its animation; jsdom has no animations.
if (typeof document.getAnimations !== 'function') {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}

/** A bridge whose every call fails as the browser host's would. */
function failing(code: ErrorCode): SamordnaBridge {
  return {
    kind: 'host',
    invoke: (async () => ({ ok: false, error: { code, message: 'x' } })) as SamordnaBridge['invoke'],
  };
}

function openApp(bridge: SamordnaBridge) {
  setBridge(bridge);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  setBridge(undefined);
  vi.unstubAllGlobals();
});

describe('the demo address without its token', () => {
  it('says what happened and how to get the right address, in Norwegian with English below, not "Noe gikk galt"', async () => {
    openApp(failing('HOST_TOKEN_INVALID'));
    await screen.findByRole('heading', { level: 1, name: 'Denne adressen åpner ikke Samordna' });
    expect(screen.getByText(/mangler nøkkelen, eller har nøkkelen fra en tidligere start/)).toBeTruthy();
    expect(screen.getByText(/Gå til terminalen der npm run demo kjører/)).toBeTruthy();
    expect(screen.getByText(/start den igjen med npm run demo/)).toBeTruthy();
    const english = screen.getByRole('heading', { level: 2, name: 'This address does not open Samordna' });
    expect(english.closest('[lang="en"]')).not.toBeNull();
    expect(screen.queryByText(/Noe gikk galt/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Logg inn' })).toBeNull();
  });

  it('says the demo does not answer when nothing answers at the address (stopped, or started anew)', async () => {
    openApp(failing('HOST_UNREACHABLE'));
    await screen.findByRole('heading', { level: 1, name: 'Denne adressen åpner ikke Samordna' });
    expect(screen.getByText(/Demoen svarer ikke på denne adressen/)).toBeTruthy();
    expect(screen.queryByText(/Noe gikk galt/)).toBeNull();
  });

  it("turns a call that reaches nothing into HOST_UNREACHABLE, and the host's refusal into its own code", async () => {
    const storage = new Map<string, string>();
    const session = {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
    } as unknown as Storage;
    const location = { search: '?token=abc', pathname: '/', hash: '#/' } as Location;
    const history = { replaceState: vi.fn() } as unknown as History;
    const bridge = createHostBridge(location, history, session);

    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    expect(await bridge.invoke('session.status', {})).toMatchObject({
      ok: false,
      error: { code: 'HOST_UNREACHABLE' },
    });

    const refusal = { ok: false, error: { code: 'HOST_TOKEN_INVALID', message: 'x' } };
    const fetched = vi.fn().mockResolvedValue(new Response(JSON.stringify(refusal), { status: 401 }));
    vi.stubGlobal('fetch', fetched);
    expect(await bridge.invoke('session.status', {})).toEqual(refusal);
    expect(fetched.mock.calls[0]![1].headers.authorization).toBe('Bearer abc');
  });
});
