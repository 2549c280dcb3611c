/**
 * The printed page of a print layout: A4 with its margins, the confidentiality marking at the top
 * of every page after the first (the first carries it boxed above the heading) and "Side 1 av 2"
 * at the bottom. Margin boxes take their text only from CSS, so
 * the translated texts are written into a stylesheet that exists while a print layout is open
 * (the CSP allows inline styles); other screens keep their own page rules.
 */
export function pageMarginCss({ marking, pageOf }: { marking: string | null; pageOf: string }): string {
  const box = 'font-family: Inter, sans-serif; font-size: 8pt; color: #000;';
  const top = marking ? `@top-center { content: ${cssString(marking)}; ${box} }` : '';
  const first = marking ? '@page :first { @top-center { content: none; } }' : '';
  return (
    '@media print { @page { size: A4; margin: 16mm 15mm 16mm 15mm; ' +
    `${top} @bottom-right { content: ${pageCounter(pageOf)}; ${box} } } ${first} }`
  );
}

/** "Side {{page}} av {{pages}}" as CSS content: the placeholders become page counters. */
function pageCounter(pageOf: string): string {
  return pageOf
    .split(/(\{\{pages?\}\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}

/** A CSS string literal: quotes, backslashes and line breaks escaped, so no text ends the rule. */
export function cssString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\n\r\f]/g, ' ')
    .replace(/</g, '\\3c ')}"`;
}
