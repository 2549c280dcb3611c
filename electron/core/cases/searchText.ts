/** Lower-cased and accent-folded, for matching what a user types (æ, ø and å stay letters). */
export function searchFold(text: string): string {
  return text
    .toLocaleLowerCase('nb')
    .normalize('NFD')
    .replace(/[\u0300-\u0309\u030b-\u036f]/g, '') // every accent but å's ring
    .normalize('NFC');
}

/**
 * A key that sorts names the Norwegian way with SQLite's plain byte order: æ, ø and å come
 * after z, in that order (SQLite has no Norwegian collation and the library adds none).
 */
export function sortKey(text: string): string {
  return searchFold(text).replace(/æ/g, '{').replace(/ø/g, '|').replace(/å/g, '}');
}

/** Escapes LIKE's wildcards in user input (used with ESCAPE '\'). */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A typed word as one FTS5 phrase: quoted, its own quotes doubled, so nothing typed is read as
 * MATCH syntax (AND, NEAR, `*`, `:`, parentheses). With the trigram tokenizer a phrase matches
 * wherever it occurs in the indexed text, like LIKE '%word%'.
 */
export function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
