import type { ImportLayout, ValueChoice, ValueField } from '@shared/api/imports';

/** What the user chose for each value found: `field` + raw text → the register's value. */
export type ValueChoices = Record<string, string>;

export const choiceKey = (field: string, raw: string) => `${field}\u0000${raw}`;

/**
 * The value a text becomes if the user changes nothing: as chosen before, else core's suggestion
 * (which already holds the saved mapping's values, matched the way core matches them).
 */
export function initialValueChoices(fields: ValueField[], before: ValueChoices): ValueChoices {
  const choices: ValueChoices = {};
  for (const field of fields) {
    const allowed = new Set([...field.options.map((o) => o.value), 'ignore']);
    for (const found of field.found) {
      const key = choiceKey(field.field, found.raw);
      const to = [before[key], found.suggested ?? undefined].find(
        (candidate) => candidate !== undefined && candidate !== '' && allowed.has(candidate),
      );
      if (to !== undefined) choices[key] = to;
    }
  }
  return choices;
}

/**
 * What is known of the values before core lists them: the saved mapping's, then the user's own
 * choices so far, which win. Sent with `imports.values`, so core suggests them back.
 */
export function knownValues(
  saved: ImportLayout['saved'],
  fields: ValueField[],
  choices: ValueChoices,
): ValueChoice[] {
  const known = new Map((saved?.values ?? []).map((v) => [choiceKey(v.field, v.raw), v]));
  for (const v of valueChoicesOf(fields, choices)) known.set(choiceKey(v.field, v.raw), v);
  return [...known.values()];
}

/** The choices as the contract takes them; a value left unchosen is not sent. */
export function valueChoicesOf(fields: ValueField[], choices: ValueChoices): ValueChoice[] {
  return fields.flatMap((field) =>
    field.found.flatMap((found) => {
      const to = choices[choiceKey(field.field, found.raw)];
      return to ? [{ field: field.field, raw: found.raw, to }] : [];
    }),
  );
}

export function unchosenCount(fields: ValueField[], choices: ValueChoices): number {
  return fields.reduce(
    (sum, field) => sum + field.found.filter((f) => !choices[choiceKey(field.field, f.raw)]).length,
    0,
  );
}
