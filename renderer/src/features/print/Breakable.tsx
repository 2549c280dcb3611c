import { Fragment } from 'react';

/** A word (between spaces and hyphens) longer than this may break every CHUNK letters or less. */
const LONG_WORD = 20;
const CHUNK = 16;

/**
 * Text a user typed, for a print's table cell: a word too long for any column (a name or a unit
 * written as one word, a pasted address) may break every 16 letters or less, so it cannot push the table
 * past the A4 margin. Ordinary words keep their width, so the table lays out as it would without;
 * `<wbr>` adds no character to the printed or copied text.
 */
export function Breakable({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <>
      {text.split(/(\s+|(?<=-))/).map((word, i) =>
        word.length <= LONG_WORD ? (
          word
        ) : (
          <Fragment key={i}>
            {chunks(word).map((chunk, j) => (
              <Fragment key={j}>
                {j > 0 && <wbr />}
                {chunk}
              </Fragment>
            ))}
          </Fragment>
        ),
      )}
    </>
  );
}

/** Even parts of at most CHUNK letters (49 letters: 13, 13, 13, 10), so no letter stands alone. */
function chunks(word: string): string[] {
  // By code point, so a letter outside the basic plane is never cut in two.
  const letters = [...word];
  const size = Math.ceil(letters.length / Math.ceil(letters.length / CHUNK));
  const parts: string[] = [];
  for (let i = 0; i < letters.length; i += size) parts.push(letters.slice(i, i + size).join(''));
  return parts;
}
