const formats = new Map<string, Intl.NumberFormat>();

/**
 * Whole numbers as the language writes them (20 000 in Norwegian, 20,000 in English). Made once
 * per language: an Intl.NumberFormat is costly to make, and the case list asks on every keystroke.
 */
export function formatCount(language: string): (n: number) => string {
  const locale = language === 'en' ? 'en-GB' : 'nb-NO';
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    formats.set(locale, format);
  }
  return format.format;
}
