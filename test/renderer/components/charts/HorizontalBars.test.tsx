import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { HorizontalBars } from '@renderer/components/charts/HorizontalBars';

const rows = [
  { label: 'Klage ikke sendt til Statsforvalteren', values: [6, 2] },
  { label: 'Skjult', values: [null, 0] },
  { label: 'Papir', values: [12, undefined] },
];

function draw(onBarClick?: (row: number) => void) {
  const { container } = render(
    <HorizontalBars
      rows={rows}
      colors={['#1e5aa0', '#b35c00']}
      width={400}
      labelWidth={160}
      barSize={14}
      barGap={2}
      rowGap={8}
      allowDecimals={false}
      grid
      formatValue={(v) => `${v} %`}
      formatTick={String}
      barClassName="bar"
      onBarClick={onBarClick}
    />,
  );
  return container.querySelector('svg')!;
}

describe('horizontal bars drawn as plain SVG', () => {
  it('draws a bar and its number only for values above zero, in the series’ colours', () => {
    const svg = draw();
    const bars = [...svg.querySelectorAll('rect.bar')];
    expect(bars.map((b) => b.getAttribute('fill'))).toEqual(['#1e5aa0', '#b35c00', '#1e5aa0']);
    expect([...svg.querySelectorAll('.bar-chart-value')].map((t) => t.textContent)).toEqual([
      '6 %',
      '2 %',
      '12 %',
    ]);
    // Each bar as long as its value on the axis from 0 to its last tick (12: six steps of 2).
    const widths = bars.map((b) => Number(b.getAttribute('width')));
    expect(widths[0]! / widths[2]!).toBeCloseTo(6 / 12);
    expect(widths[1]! / widths[2]!).toBeCloseTo(2 / 12);
    expect([...svg.querySelectorAll('.bar-chart-tick')].map((t) => t.textContent)).toEqual([
      '0',
      '2',
      '4',
      '6',
      '8',
      '10',
      '12',
    ]);
    // The bars fit the drawing, the number at the longest one's end included.
    const end = Math.max(...bars.map((b) => Number(b.getAttribute('x')) + Number(b.getAttribute('width'))));
    expect(end).toBeLessThan(400 - 30);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 400 ${svg.getAttribute('height')}`);
  });

  it('writes every row name as text, long names wrapped into lines by their characters', () => {
    const svg = draw();
    const labels = [...svg.querySelectorAll('.bar-chart-label')];
    expect(labels.map((l) => [...l.querySelectorAll('tspan')].map((s) => s.textContent))).toEqual([
      ['Klage ikke sendt til', 'Statsforvalteren'],
      ['Skjult'],
      ['Papir'],
    ]);
  });

  it('tells which row’s bar was clicked, and nothing for a click beside the bars', () => {
    const clicked = vi.fn();
    const svg = draw(clicked);
    const bars = svg.querySelectorAll('rect.bar');
    fireEvent.click(bars[2]!);
    fireEvent.click(bars[1]!);
    fireEvent.click(svg.querySelector('.bar-chart-label')!);
    expect(clicked.mock.calls).toEqual([[2], [0]]);
    expect(bars[0]!.getAttribute('cursor')).toBe('pointer');
  });

  it('is not clickable without a handler', () => {
    const svg = draw();
    expect(svg.querySelector('[data-row]')).toBeNull();
    expect(svg.querySelector('rect.bar')!.getAttribute('cursor')).toBeNull();
  });

  it('makes every row as tall as its wrapped name, so two-line names never overlap', () => {
    const { container } = render(
      <HorizontalBars
        rows={[
          { label: 'Klage ikke sendt til Statsforvalteren', values: [3] },
          { label: 'Vedtak etter klage til Statsforvalteren', values: [5] },
          { label: 'Papir', values: [2] },
        ]}
        colors={['#1e5aa0']}
        width={400}
        labelWidth={160}
        barSize={14}
        rowGap={8}
        allowDecimals={false}
        formatValue={String}
      />,
    );
    const svg = container.querySelector('svg')!;
    // Each name's extent: half a line above its first line's middle to half a line below its last.
    const extents = [...svg.querySelectorAll('.bar-chart-label')].map((label) => {
      const spans = [...label.querySelectorAll('tspan')];
      const line = Math.max(...spans.map((s) => Number(s.getAttribute('dy'))));
      const top = Number(label.getAttribute('y')) - line / 2;
      return { lines: spans.length, top, bottom: top + spans.length * line };
    });
    expect(extents.map((e) => e.lines)).toEqual([2, 2, 1]);
    expect(extents[0]!.top).toBeGreaterThanOrEqual(0);
    for (let i = 1; i < extents.length; i++)
      expect(extents[i]!.top).toBeGreaterThanOrEqual(extents[i - 1]!.bottom);
    // The last name ends above the axis, and each bar stays within its row (between the names' middles).
    const axis = Math.max(...[...svg.querySelectorAll('line')].map((l) => Number(l.getAttribute('y2'))));
    expect(extents.at(-1)!.bottom).toBeLessThanOrEqual(axis);
    const bars = [...svg.querySelectorAll('rect')].map((b) => Number(b.getAttribute('y')));
    expect(bars[1]! - bars[0]!).toBeGreaterThanOrEqual(extents[0]!.bottom - extents[0]!.top);
  });
});
