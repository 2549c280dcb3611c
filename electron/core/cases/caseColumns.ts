import type { CaseFieldValues, caseFields } from '@shared/api/cases';
import { applicants, caseChannels, rights } from '@shared/domain/case';

/**
 * The one table of a case's own fields (the contract's `caseFields`): the column each is stored
 * in and what kind of value it holds there. The writer's INSERT and UPDATE, the reader, the audit
 * row's field list, the register export and its load, and the anonymisation are derived from it,
 * so a field added to the schema does not compile until it has a column here, and a free text
 * must say whether anonymising empties it.
 */

type CaseFieldKey = keyof typeof caseFields.shape;

/** Exported from format version `since` on; a file of an older version loads without it. */
interface Exported {
  column: string;
  since?: number;
}
export type CaseColumn = Exported &
  (
    | { kind: 'date' }
    | { kind: 'code'; values: readonly string[] }
    /** Codes stored as a JSON list. */
    | { kind: 'codes'; values: readonly string[] }
    /** Free text; `personalText`: emptied when the case is anonymised (retention). */
    | { kind: 'text'; personalText: boolean }
    /** The services, a JSON list: a sheet of their own in the export, scrubbed one by one. */
    | { kind: 'services' }
  );

export const caseColumns = {
  receivedDate: { column: 'received_date', kind: 'date' },
  channel: { column: 'channel', kind: 'code', values: caseChannels },
  appliedBy: { column: 'applied_by', kind: 'code', values: applicants },
  appliedByName: { column: 'applied_by_name', kind: 'text', personalText: true },
  rightsRequested: { column: 'rights_requested', kind: 'codes', values: rights },
  needDescription: { column: 'need_description', kind: 'text', personalText: true },
  services: { column: 'services', kind: 'services' },
} as const satisfies Record<CaseFieldKey, CaseColumn>;

/** The fields in the table's order (the order the audit row names them in). */
export const caseFieldKeys = Object.keys(caseColumns) as CaseFieldKey[];

const columnOf = (key: CaseFieldKey): CaseColumn => caseColumns[key];

/** The stored columns, in the table's order. */
export const caseFieldColumns = caseFieldKeys.map((k) => columnOf(k).column);

/** The free-text columns anonymising empties. */
export const personalTextColumns = caseFieldKeys
  .map(columnOf)
  .filter((c) => c.kind === 'text' && c.personalText)
  .map((c) => c.column);

const isJson = (c: CaseColumn) => c.kind === 'codes' || c.kind === 'services';

/** A case's fields as the values of their columns (lists as JSON text), by column name. */
export function toColumns(fields: CaseFieldValues): Record<string, unknown> {
  return Object.fromEntries(
    caseFieldKeys.map((k) => {
      const c = columnOf(k);
      return [c.column, isJson(c) ? JSON.stringify(fields[k]) : fields[k]];
    }),
  );
}

/**
 * A case's fields from its stored row. A reader that derives deadlines and warnings may leave out
 * the free texts and the services (data minimisation): they come back empty.
 */
export function fromColumns(row: Readonly<Record<string, unknown>>): CaseFieldValues {
  return Object.fromEntries(
    caseFieldKeys.map((k) => {
      const c = columnOf(k);
      const value = row[c.column];
      if (value === undefined) return [k, isJson(c) ? [] : ''];
      return [k, isJson(c) ? JSON.parse(value as string) : value];
    }),
  ) as CaseFieldValues;
}
