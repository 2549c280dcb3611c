import { useState } from 'react';
import { get, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import { stepInput, type CaseDetail } from '../../../../../../shared/api/cases';
import { checkStepDates } from '../../../../../../shared/domain/caseDates';
import { ApiError } from '../../../../api/client';
import { navigate } from '../../../../app/router';
import { validateWith } from '../../../../components/formErrors';
import { caseHref } from '../paths';
import { useRecordStep } from '../queries';

interface Options {
  /** The form's own field names; a problem core reports for anything else is shown above the buttons. */
  fields: readonly string[];
  /** For forms whose fields are not named as the contract's (the assessment's conditions). */
  mapPath?: (path: string) => string;
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
    // Focus goes to the first problem, so a keyboard or screen reader user lands on it.
    let focused = false;
    const put = (path: string, message: string, type: string) => {
      setError(mapPath(path) as Path<F>, { type, message }, { shouldFocus: !focused });
      focused = true;
    };
    setErrorCode(null);
    setOtherProblems([]);

    // The schema's own messages are translation keys, except zod's defaults for a choice not made.
    const known = (message: string | undefined, path: string) =>
      message?.startsWith('validation.')
        ? message
        : get(raw, path) === undefined
          ? 'validation.required'
          : 'validation.invalid';
    const step = validateWith<typeof stepInput, FieldValues>(stepInput, raw, (path, error) =>
      put(String(path), known(error.message, String(path)), 'validate'),
    );
    if (!step) return;
    const dateProblems = Object.entries(
      checkStepDates(step, {
        receivedDate: detail.record.receivedDate,
        steps: detail.record.steps,
        person: detail.person,
        rules: detail.rules,
        today: detail.today,
      }),
    );
    for (const [field, key] of dateProblems) put(field, key, 'validate');
    if (dateProblems.length > 0) return;

    try {
      await recordStep.mutateAsync({ caseId: detail.record.id, step });
      navigate(caseHref(detail.record.id, back));
    } catch (error) {
      if (!(error instanceof ApiError)) {
        setErrorCode('INTERNAL');
        return;
      }
      const other: string[] = [];
      for (const [path, key] of Object.entries(error.fields)) {
        const field = path.replace(/^step\./, '');
        if (options.fields.includes(field.split('.')[0]!)) put(field, key, 'server');
        else other.push(key);
      }
      setOtherProblems(other);
      setErrorCode(error.code);
    }
  }

  return { save, saving: recordStep.isPending, errorCode, otherProblems };
}
