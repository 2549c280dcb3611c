import { useState } from 'react';
import { get, type FieldValues, type UseFormSetError } from 'react-hook-form';

import { navigate } from '@renderer/app/router';
import { validateWith } from '@renderer/components/formErrors';
import { placeApiError, placeProblems } from '@renderer/components/formProblems';
import { stepInput, type CaseDetail } from '@shared/api/cases';
import { checkStepDates } from '@shared/domain/caseDates';

import { caseHref } from '../paths';
import { useRecordStep } from '../queries';

interface Options {
  /** The form's own field names; a problem core reports for anything else is shown above the buttons. */
  fields: readonly string[];
  /** For forms whose fields are not named as the contract's (the assessment's conditions). */
  mapPath?: (path: string) => string;
  /** The form's draft, given up once the step is saved. */
  draft?: { discard: () => Promise<unknown> };
}

/**
 * Saving a step: the contract's schema first, then the order of the dates (the same rules core
 * applies), each problem beside its field; only then core, whose field errors (`step.<field>`)
 * go beside the fields too. Back to the case page once saved.
 */
export function useSaveStep(detail: CaseDetail, back: string) {
  const recordStep = useRecordStep();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [otherProblems, setOtherProblems] = useState<string[]>([]);

  async function save<F extends FieldValues>(raw: unknown, setError: UseFormSetError<F>, options: Options) {
    const mapPath = options.mapPath ?? ((p: string) => p);
    setErrorCode(null);
    setOtherProblems([]);

    // The schema's own messages are translation keys, except zod's defaults for a choice not made.
    const known = (message: string | undefined, path: string) =>
      message?.startsWith('validation.')
        ? message
        : get(raw, path) === undefined
          ? 'validation.required'
          : 'validation.invalid';
    const schemaProblems: Record<string, string> = {};
    const step = validateWith<typeof stepInput, FieldValues>(stepInput, raw, (path, error) => {
      schemaProblems[String(path)] = known(error.message, String(path));
    });
    if (!step) {
      placeProblems(schemaProblems, setError, mapPath);
      return;
    }
    const dateProblems = checkStepDates(step, {
      receivedDate: detail.record.receivedDate,
      steps: detail.record.steps,
      person: detail.person,
      rules: detail.rules,
      today: detail.today,
    });
    if (Object.keys(dateProblems).length > 0) {
      placeProblems(dateProblems, setError, mapPath);
      return;
    }

    try {
      await recordStep.mutateAsync({ caseId: detail.record.id, step });
      await options.draft?.discard();
      navigate(caseHref(detail.record.id, back));
    } catch (error) {
      // Core names the step's fields `step.<field>`; one the form does not show is listed.
      const { code, other } = placeApiError(error, setError, (path) => {
        const field = path.replace(/^step\./, '');
        return options.fields.includes(field.split('.')[0]!) ? mapPath(field) : null;
      });
      setOtherProblems(other);
      setErrorCode(code);
    }
  }

  return { save, saving: recordStep.isPending, errorCode, otherProblems };
}
