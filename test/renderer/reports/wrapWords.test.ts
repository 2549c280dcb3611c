import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../../renderer/src/features/reports/reportValues';

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
});
