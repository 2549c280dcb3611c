import { z } from 'zod';

import {
  appealInput,
  assessmentInput,
  closingInput,
  consentInput,
  decisionInput,
  interimReplyInput,
  mappingInput,
  reopeningInput,
  transitionInput,
} from '@shared/api/cases';
import type { CaseStep, StepKind } from '@shared/domain/case';

import { CoreError } from '../errors';
import type { Db } from '../storage/database';

/**
 * The one way core reads `case_steps.data`: each row's JSON parsed with the contract's step
 * schemas, so a step read is a step the screens could have written, its defaults filled where a
 * row lacks a field, and anything else the JSON holds dropped. A row the schemas refuse is a
 * damaged register: reading it throws STEP_DAMAGED naming the case and the step, rather than
 * deriving deadlines or counting figures from a step that is not what it says.
 *
 * Stored is what the contract takes, but for the texts it requires: anonymising (retention)
 * empties every free text, those too, so a stored step may hold '' where a new one may not.
 */
const emptied = <T extends z.ZodType>(text: T) => text.or(z.literal(''));

export const storedStep = z.discriminatedUnion('kind', [
  mappingInput,
  consentInput,
  interimReplyInput.extend({ reason: emptied(interimReplyInput.shape.reason) }),
  assessmentInput,
  decisionInput,
  appealInput,
  transitionInput,
  closingInput,
  reopeningInput.extend({ reason: emptied(reopeningInput.shape.reason) }),
]);

/** A row of case_steps as the reader takes it; a reader that does not need who recorded it leaves those out. */
export interface StepRow {
  id: number;
  case_id: number;
  kind: StepKind;
  data: string;
  recorded_by?: string;
  recorded_at?: string;
}

/** The columns a `StepRow` is read from (as `s.` in a query that names the table `s`). */
export const STEP_ROW_COLUMNS = 'id, case_id, kind, data, recorded_by, recorded_at';

/**
 * Each kind's own schema, as the union picks it by `kind`: a row names its kind in a column, so the
 * reader goes to that schema straight away rather than through the union every time.
 */
const schemaOf = new Map<string, (typeof storedStep.options)[number]>(
  storedStep.options.map((schema) => [schema.shape.kind.value, schema]),
);

/** One stored step as the contract's type, who recorded it beside it ('' where not read). */
export function readStep(db: Db, row: StepRow): CaseStep {
  const schema = schemaOf.get(row.kind);
  if (!schema) throw damagedStep(db, row, 'kind');
  const data = parseJson(row.data);
  data.kind = row.kind;
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw damagedStep(db, row, String(parsed.error.issues[0]?.path.join('.') ?? ''));
  const step = parsed.data as Record<string, unknown>;
  step.id = row.id;
  step.recordedBy = row.recorded_by ?? '';
  step.recordedAt = row.recorded_at ?? '';
  return step as unknown as CaseStep;
}

/** What `case_steps.data` holds of a step: its own fields, not its kind, id or who recorded it. */
export function storedData(step: object): string {
  const { kind: _kind, id: _id, recordedBy: _by, recordedAt: _at, ...data } = step as Record<string, unknown>;
  return JSON.stringify(data);
}

/** The row's JSON as a fresh object of its own, which the reader may add its kind to. */
function parseJson(data: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function damagedStep(db: Db, row: StepRow, field: string): CoreError {
  const found = db.prepare('SELECT case_number FROM cases WHERE id = ?').get(row.case_id) as
    { case_number: string } | undefined;
  const where = found ? `sak ${found.case_number}` : `sak med id ${row.case_id}`;
  const what = field && field !== 'kind' ? `, feltet «${field}»` : '';
  return new CoreError(
    'STEP_DAMAGED',
    undefined,
    `Registeret er skadet: steg ${row.id} (${row.kind}) i ${where} kan ikke leses${what}. ` +
      'Ingenting er endret. Gjenopprett den nyeste sikkerhetskopien, og kontakt IT hvis det skjer igjen.',
  );
}
