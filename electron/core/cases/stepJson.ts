import type { z } from 'zod';

import type { StepKind } from '@shared/domain/case';

import type { storedStep } from './stepReader';

type StoredStepOf<K extends StepKind> = Extract<z.output<typeof storedStep>, { kind: K }>;

/** The fields a step of kind K stores in `case_steps.data` (its kind and id are columns). */
export type StepField<K extends StepKind> = Exclude<keyof StoredStepOf<K>, 'kind' | 'id'> & string;

/**
 * The one way SQL names a field inside `case_steps.data`: `stepJson('s', 'decision', 'right')` is
 * `json_extract(s.data, '$.right')`. The field is typed over the contract's step schema, so renaming
 * a step's field fails to compile where SQL reads it. SQL that filters, joins or sorts on a step's
 * field should have it as a column instead; today none does (docs/architecture.md, Cases).
 */
export function stepJson<K extends StepKind>(table: string, _kind: K, field: StepField<K>): string {
  return `json_extract(${table}.data, '$.${field}')`;
}
