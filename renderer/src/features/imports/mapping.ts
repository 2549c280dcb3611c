import type { ColumnChoice, ImportLayout, ImportSpec, ImportTarget } from '@shared/api/imports';

import { isFieldOf, TRAINING_COURSE, TRAINING_DATE } from './fieldCatalogue';

/** What one column becomes; a column without an entry is not imported. */
export interface ColumnMapping {
  field: string;
  courseId?: number;
}

/** The user's choices on the Kolonner step. */
export interface Mapping {
  /** The sheet and header row it was made for: choosing another starts afresh. */
  layoutKey: string;
  target: ImportTarget;
  columns: Record<number, ColumnMapping>;
  /** Filled in from the mapping saved by an earlier import of a sheet with these headers. */
  fromSaved: boolean;
}

export function layoutKey(fileId: string, layout: ImportLayout): string {
  return `${fileId}:${layout.sheet}:${layout.headerRow}`;
}

/** The saved mapping when there is one, else core's suggestion per column. */
export function initialMapping(fileId: string, layout: ImportLayout): Mapping {
  const key = layoutKey(fileId, layout);
  if (layout.saved) {
    const columns: Record<number, ColumnMapping> = {};
    const known = new Set(layout.columns.map((c) => c.index));
    for (const c of layout.saved.columns) {
      if (!known.has(c.column) || !isFieldOf(c.field, layout.saved.target)) continue;
      columns[c.column] =
        c.courseId === undefined ? { field: c.field } : { field: c.field, courseId: c.courseId };
    }
    return { layoutKey: key, target: layout.saved.target, columns, fromSaved: true };
  }
  return { layoutKey: key, ...suggested(layout, layout.suggestedTarget), fromSaved: false };
}

/** Another target: choices that belong to it stay, the other columns take core's suggestion. */
export function retarget(mapping: Mapping, layout: ImportLayout, target: ImportTarget): Mapping {
  const columns = suggested(layout, target).columns;
  for (const [index, choice] of Object.entries(mapping.columns)) {
    if (isFieldOf(choice.field, target)) columns[Number(index)] = choice;
  }
  return { ...mapping, target, columns };
}

function suggested(layout: ImportLayout, target: ImportTarget) {
  const columns: Record<number, ColumnMapping> = {};
  for (const c of layout.columns) {
    if (!c.suggested || !isFieldOf(c.suggested, target)) continue;
    // A column named after a course ("Grunnkurs") holds its dates: core found the course too.
    columns[c.index] =
      c.suggested === TRAINING_DATE && c.suggestedCourseId !== null
        ? { field: c.suggested, courseId: c.suggestedCourseId }
        : { field: c.suggested };
  }
  return { target, columns };
}

/** The choices as the contract takes them, in the sheet's column order. */
export function columnChoices(mapping: Mapping): ColumnChoice[] {
  return Object.entries(mapping.columns)
    .map(([index, c]) => ({ column: Number(index), ...c }))
    .sort((a, b) => a.column - b.column);
}

export type ColumnProblem =
  /** The field is already taken by an earlier column (`first`). */
  | { column: number; kind: 'duplicate'; field: string; first: number }
  /** Training dates with no course column and no course chosen. */
  | { column: number; kind: 'course' };

/**
 * What keeps the choices from being sent: a field chosen twice (the second column is marked;
 * training dates may repeat, one column per course) and a date column without its course.
 */
export function mappingProblems(mapping: Mapping): ColumnProblem[] {
  const problems: ColumnProblem[] = [];
  const choices = columnChoices(mapping);
  const hasCourseColumn = choices.some((c) => c.field === TRAINING_COURSE);
  const firstOf = new Map<string, number>();
  for (const c of choices) {
    const repeatable = c.field === TRAINING_DATE && !hasCourseColumn;
    const key = repeatable ? `${c.field}#${c.courseId ?? c.column}` : c.field;
    const first = firstOf.get(key);
    if (first !== undefined) problems.push({ column: c.column, kind: 'duplicate', field: c.field, first });
    else firstOf.set(key, c.column);
    if (repeatable && c.courseId === undefined) problems.push({ column: c.column, kind: 'course' });
  }
  return problems;
}

/** The spec the calls after the Kolonner step take. */
export function specOf(
  fileId: string,
  layout: ImportLayout,
  mapping: Mapping,
  values: ImportSpec['values'] = [],
): ImportSpec {
  return {
    fileId,
    sheet: layout.sheet,
    headerRow: layout.headerRow,
    target: mapping.target,
    columns: columnChoices(mapping),
    values,
  };
}
