import type { FieldValues, UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';

import { navigate } from '@renderer/app/router';
import { useCheckedSave } from '@renderer/components/useCheckedSave';

import { planHref, type PlanSection } from './paths';

/** Core names a field inside the call's input (`goal.targetDate`); the form names it `targetDate`. */
const wrapper = /^(plan|points|goal|measure|member|meeting)\./;

/**
 * Saving a plan form as useCheckedSave does (with the refusals of planOverview.ts as the check),
 * core's field paths read without their wrapper; once saved, back to the plan with the section in
 * view.
 */
export function usePlanSave<F extends FieldValues>(
  setError: UseFormSetError<F>,
  fields: readonly string[],
  back: { caseId: number; section: PlanSection },
  /** The form's draft, given up once saved. */
  draft: { discard: () => Promise<unknown> },
) {
  const saving = useCheckedSave(setError, fields, (path) => {
    if (fields.includes(path)) return path;
    const inner = path.replace(wrapper, '');
    if (fields.includes(inner)) return inner;
    // `participantIds.3` (one id refused) is shown at the list it belongs to.
    const first = inner.split('.')[0]!;
    return fields.includes(first) ? first : null;
  });

  async function run<S extends z.ZodType>(
    schema: S,
    raw: unknown,
    save: (input: z.output<S>) => Promise<unknown>,
    check?: (input: z.output<S>) => Record<string, string>,
  ): Promise<void> {
    if (!(await saving.run(schema, raw, save, check))) return;
    await draft.discard();
    navigate(planHref(back.caseId, back.section));
  }

  return { run, errorCode: saving.errorCode, otherProblems: saving.otherProblems };
}
