import type { ColumnChoice, ImportTarget, ValueChoice } from '@shared/api/imports';

/**
 * A mapping kept for next time, found again by the sheet's headers. It holds header texts and the
 * chosen values (rights, outcomes, the pool's names): words of the KE's own file, no person's data.
 */
export interface SavedMapping {
  headers: string[];
  target: ImportTarget;
  columns: ColumnChoice[];
  values: ValueChoice[];
}
