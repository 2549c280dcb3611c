import { useCallback, useState } from 'react';

/**
 * The width a chart on screen is drawn at: its box's width, at most `max`, never under `min`
 * (narrower, the drawing shrinks as a whole, charts.css). Drawn at the box's width, a narrow window
 * or a large zoom keeps the chart's text at its size, where a scaled drawing would shrink it.
 * The box is read by a ResizeObserver, after layout, never by a forced layout during a render;
 * until it answers (and where there is none) the chart is drawn at `max`.
 */
export function useBoxWidth(max: number, min: number): [(element: HTMLElement | null) => () => void, number] {
  const [width, setWidth] = useState(max);
  const ref = useCallback(
    (element: HTMLElement | null) => {
      if (!element || typeof ResizeObserver === 'undefined') return () => {};
      const observer = new ResizeObserver(([entry]) => {
        if (entry) setWidth(Math.max(min, Math.min(max, Math.floor(entry.contentRect.width))));
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    [max, min],
  );
  return [ref, width];
}
