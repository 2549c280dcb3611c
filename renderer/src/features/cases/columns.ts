/** The case list's columns, in the order shown; the case number and the name are always there. */
export const columnIds = [
  'caseNumber',
  'personName',
  'nationalId',
  'receivedDate',
  'rights',
  'status',
  'officeDeadline',
  'appealDeadline',
  'decidedDate',
  'closedDate',
] as const;
export type ColumnId = (typeof columnIds)[number];

export const fixedColumns: readonly ColumnId[] = ['caseNumber', 'personName'];

export const COLUMNS_KEY = 'samordna.cases.columns';

const defaultHidden: readonly ColumnId[] = ['decidedDate', 'closedDate'];

export const defaultColumns = Object.fromEntries(
  columnIds.map((id) => [id, !defaultHidden.includes(id)]),
) as Record<ColumnId, boolean>;

/** The user's choice from an earlier visit; a damaged or old entry gives the default. */
export function loadColumns(storage: Pick<Storage, 'getItem'>): Record<ColumnId, boolean> {
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(COLUMNS_KEY) ?? 'null');
  } catch {
    saved = null;
  }
  const result = { ...defaultColumns };
  if (saved && typeof saved === 'object') {
    for (const id of columnIds) {
      const value = (saved as Record<string, unknown>)[id];
      if (typeof value === 'boolean' && !fixedColumns.includes(id)) result[id] = value;
    }
  }
  return result;
}

export function saveColumns(storage: Pick<Storage, 'setItem'>, columns: Record<ColumnId, boolean>): void {
  try {
    storage.setItem(COLUMNS_KEY, JSON.stringify(columns));
  } catch {
    // A full or blocked storage only costs the remembered choice.
  }
}
