/** Lower-cased, accent-folded text for matching what a user types (but æ, ø, å stay letters). */
export function fold(text: string): string {
  return text.toLocaleLowerCase('nb').replace(/[éèê]/g, 'e').replace(/[üú]/g, 'u');
}

/** Every word of the query appears in one of the fields; an empty query matches everything. */
export function matchesWords(fields: readonly string[], query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(fields.join(' '));
  return words.every((w) => haystack.includes(w));
}
