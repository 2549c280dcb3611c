/** The case list's columns, in the order shown; the case number and the name are always there. */
export const columnIds = [
  'caseNumber',
  'personName',
  'nationalId',
  'receivedDate',
  'rights',
  'decisions',
  'status',
  'appeals',
  'officeDeadline',
  'appealDeadline',
  'decidedDate',
  'closedDate',
] as const;
export type ColumnId = (typeof columnIds)[number];

export const fixedColumns: readonly ColumnId[] = ['caseNumber', 'personName'];

export const COLUMNS_KEY = 'samordna.cases.columns';

/**
 * Hidden until chosen, so the deadlines fit beside the names on a 1366 px laptop. The
 * fødselsnummer too: fifty of them on a screen others may pass is more than the work needs, and
 * the search still finds a case by it.
 */
const defaultHidden: readonly ColumnId[] = [
  'nationalId',
  'decisions',
  'appeals',
  'decidedDate',
  'closedDate',
];

export const defaultColumns = Object.fromEntries(
  columnIds.map((id) => [id, !defaultHidden.includes(id)]),
) as Record<ColumnId, boolean>;

/**
 * Columns a filter calls for: filtering on decisions shows the decisions, on appeals the appeals,
 * whatever was chosen, so the rows say why they matched.
 */
export function filteredColumns(filter: {
  outcome: string | null;
  outcomeRight: string | null;
  appeal: string | null;
}): ColumnId[] {
  return [
    ...(filter.outcome !== null || filter.outcomeRight !== null ? (['decisions'] as const) : []),
    ...(filter.appeal !== null ? (['appeals'] as const) : []),
  ];
}

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
