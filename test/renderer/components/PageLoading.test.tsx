import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { PageLoading } from '@renderer/components/PageLoading';

// jsdom has no Web Animations; the design system's Spinner asks for the running animations.
if (typeof document.getAnimations !== 'function') {
  Object.defineProperty(document, 'getAnimations', { value: () => [], configurable: true });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the loading state of a part of the app still on its way', () => {
  it('shows nothing at first, so a quick load does not flash, then a labelled spinner', () => {
    vi.useFakeTimers();
    const { container } = render(<PageLoading />);
    expect(screen.queryByLabelText('Laster …')).toBeNull();
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();

    act(() => vi.advanceTimersByTime(399));
    expect(screen.queryByLabelText('Laster …')).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByLabelText('Laster …')).toBeTruthy();
  });

  it('leaves no timer behind when the part came in time', () => {
    vi.useFakeTimers();
    const { unmount } = render(<PageLoading />);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
