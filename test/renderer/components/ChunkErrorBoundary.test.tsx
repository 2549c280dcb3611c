import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { lazyPage } from '@renderer/app/lazyPage';
import { ChunkErrorBoundary } from '@renderer/components/ChunkErrorBoundary';

/** A page whose chunk cannot be fetched, as the browser reports it. */
const Gone = lazyPage<object>(() =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
);

function shell(path: string, page: ReactNode) {
  return (
    <ChunkErrorBoundary path={path}>
      <Suspense fallback={<p>Laster</p>}>{page}</Suspense>
    </ChunkErrorBoundary>
  );
}

afterEach(() => vi.restoreAllMocks());

describe('a part of the app whose code could not be fetched', () => {
  it('says so with a reload rather than leaving a blank page, and the next page starts afresh', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(shell('rapporter', <Gone />));
    expect((await screen.findByRole('alert')).textContent).toContain('Kunne ikke laste siden.');
    expect(screen.getByRole('button', { name: 'Last inn på nytt' })).toBeTruthy();

    // Another path of the same area (a filter is in the query, not the path) keeps the message...
    rerender(shell('rapporter', <Gone />));
    expect(screen.getByRole('alert')).toBeTruthy();
    // ...another page is drawn as usual.
    rerender(shell('saker', <h1>Saker</h1>));
    expect(screen.getByRole('heading', { level: 1, name: 'Saker' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reloads the window when asked, the way out of a failed import the browser keeps failed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
    render(shell('rapporter', <Gone />));
    await userEvent.click(await screen.findByRole('button', { name: 'Last inn på nytt' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('outside the shell brings the main landmark itself', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ChunkErrorBoundary path="print/rapport" ownPage>
        <Suspense fallback={null}>
          <Gone />
        </Suspense>
      </ChunkErrorBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.closest('main')?.id).toBe('main');
  });
});
