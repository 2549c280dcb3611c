/**
 * Chart layout computed from the numbers and the characters alone. Nothing here asks the document
 * how wide a text is: a chart library that does (getBBox, a hidden span per label) forces a layout
 * of the whole page per label, which was most of a dashboard's first paint (issue 17).
 */

/** About how wide an average character of Inter is, in ems; digits and capitals run a little wider. */
const CHAR_EM = 0.6;

/** An estimate of a text's width in pixels at a font size, from its length. Generous on purpose. */
export function estimateWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_EM;
}

/** How many characters fit on a line of this width at this font size, by the same estimate. */
export function charsPerLine(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * CHAR_EM)));
}

/** Words into lines of at most `max` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Ticks from 0 past `max` at a round step (1, 2 or 5 times a power of ten), about `count` of
 * them, the last one the axis's end. Counts get whole steps only. Nothing to show still gets an
 * axis from 0 to 1 rather than a scale of zero width.
 */
export function niceTicks(max: number, allowDecimals: boolean, count = 4): number[] {
  const top = max > 0 ? max : 1;
  const rough = top / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  // The thresholds are the geometric means of the neighbouring steps (as d3-array's ticks).
  const factor =
    fraction >= Math.sqrt(50) ? 10 : fraction >= Math.sqrt(10) ? 5 : fraction >= Math.sqrt(2) ? 2 : 1;
  const step = allowDecimals ? factor * power : Math.max(1, factor * power);
  const steps = Math.ceil(top / step - 1e-9);
  // Each tick from its index, rounded to the step's decimals, so 0.1 steps do not read 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toFixed(decimals)));
}
