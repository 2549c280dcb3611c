import { describe, expect, it } from 'vitest';

import { charsPerLine, niceTicks, wrapWords } from '@renderer/components/charts/layout';

describe("a chart's row names, wrapped without measuring", () => {
  it.each<[string, number, string[]]>([
    ['Koordinator', 26, ['Koordinator']],
    ['Med barnekoordinator innvilget', 26, ['Med barnekoordinator', 'innvilget']],
    ['Uten oppnevnt koordinator', 26, ['Uten oppnevnt koordinator']],
    ['Et svært-langt-ord-som-ikke-kan-deles her', 10, ['Et', 'svært-langt-ord-som-ikke-kan-deles', 'her']],
    ['  mellomrom   mellom  ', 26, ['mellomrom mellom']],
    ['', 26, []],
  ])('%s at %d characters', (text, max, lines) => {
    expect(wrapWords(text, max)).toEqual(lines);
  });

  it('fits fewer characters on a line the larger the type, and always at least one', () => {
    expect(charsPerLine(170, 12)).toBe(23);
    expect(charsPerLine(170, 24)).toBe(11);
    expect(charsPerLine(2, 12)).toBe(1);
  });
});

describe("an axis's ticks", () => {
  it.each<[number, boolean, number[]]>([
    [17, false, [0, 5, 10, 15, 20]],
    [26, false, [0, 5, 10, 15, 20, 25, 30]],
    [20, false, [0, 5, 10, 15, 20]],
    [100, true, [0, 20, 40, 60, 80, 100]],
    [2, false, [0, 1, 2]],
    [7, false, [0, 2, 4, 6, 8]],
    [1234, false, [0, 200, 400, 600, 800, 1000, 1200, 1400]],
    [0.35, true, [0, 0.1, 0.2, 0.3, 0.4]],
    [0.3, false, [0, 1]],
    [0, false, [0, 1]],
  ])('up to %d (decimals %s)', (max, decimals, ticks) => {
    expect(niceTicks(max, decimals)).toEqual(ticks);
  });
});
