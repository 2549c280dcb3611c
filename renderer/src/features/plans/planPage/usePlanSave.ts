import { useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import { navigate } from '../../../app/router';
import { validateWith } from '../../../components/formErrors';
import { placeApiError, placeProblems, schemaKey } from '../../../components/formProblems';
import { planHref, type PlanSection } from './paths';

/** Core names a field inside the call's input (`goal.targetDate`); the form names it `targetDate`. */
const wrapper = /^(plan|points|goal|measure|member|meeting)\./;

/**
 * Saving a plan form: the contract's schema, then the refusals of planOverview.ts that the form
 * can check as core does, each beside its field with the focus on the first; only then core,
 * whose field problems go beside the fields too. Problems about something the form does not show
 * are listed above the buttons. Once saved, back to the plan with the section in view.
 */
export function usePlanSave<F extends FieldValues>(
  setError: UseFormSetError<F>,
  fields: readonly string[],
  back: { caseId: number; section: PlanSection },
) {
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [otherProblems, setOtherProblems] = useState<string[]>([]);
  const fieldFor = (path: string) => {
    if (fields.includes(path)) return path;
    const inner = path.replace(wrapper, '');
    if (fields.includes(inner)) return inner;
    // `participantIds.3` (one id refused) is shown at the list it belongs to.
    const first = inner.split('.')[0]!;
    return fields.includes(first) ? first : null;
  };

  async function run<S extends z.ZodType>(
    schema: S,
    raw: unknown,
    save: (input: z.output<S>) => Promise<unknown>,
    check: (input: z.output<S>) => Record<string, string> = () => ({}),
  ): Promise<void> {
    setErrorCode(null);
    setOtherProblems([]);
    const problems: Record<string, string> = {};
    const input = validateWith<S, FieldValues>(schema, raw, (path, error) => {
      problems[String(path)] = schemaKey(error.message);
    });
    const found = input === null ? problems : check(input);
    if (input === null || Object.keys(found).length > 0) {
      setOtherProblems(placeProblems(found, setError, fieldFor));
      return;
    }
    try {
      await save(input);
      navigate(planHref(back.caseId, back.section));
    } catch (error) {
      const { code, other } = placeApiError(error, setError, fieldFor);
      setErrorCode(code);
      setOtherProblems(other);
    }
  }

  return { run, errorCode, otherProblems };
}
