import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { useBoxWidth } from '@renderer/components/charts/useBoxWidth';

/** A ResizeObserver the test drives: jsdom has none. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: (entries: { contentRect: { width: number } }[]) => void) {
    FakeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
  resize(width: number) {
    act(() => this.callback([{ contentRect: { width } }]));
  }
}

function Box() {
  const [ref, width] = useBoxWidth(768, 360);
  return (
    <figure ref={ref} data-testid="box">
      {width}
    </figure>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.last = null;
});

describe('the width a chart on screen is drawn at', () => {
  it('is the largest until its box is known, and where nothing can observe the box', () => {
    const { getByTestId } = render(<Box />);
    expect(getByTestId('box').textContent).toBe('768');
  });

  it('follows its box between the smallest and the largest, and stops observing when gone', () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const { getByTestId, unmount } = render(<Box />);
    const observer = FakeObserver.last!;
    expect(observer.observed).toEqual([getByTestId('box')]);
    observer.resize(500.7);
    expect(getByTestId('box').textContent).toBe('500');
    observer.resize(1200);
    expect(getByTestId('box').textContent).toBe('768');
    observer.resize(200);
    expect(getByTestId('box').textContent).toBe('360');
    unmount();
    expect(observer.disconnected).toBe(true);
  });
});
