import { Alert, Checkbox, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { FormProvider, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { navigate } from '@renderer/app/router';
import { useSessionStatus } from '@renderer/app/session';
import { formatDay } from '@renderer/components/dates';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ChoiceField, DateField } from '@renderer/components/fields';
import { validateWith, errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { dropBlankRows, placeApiError, placeProblems, schemaKey } from '@renderer/components/formProblems';
import { useRouteDraft } from '@renderer/components/useDraft';
import type { CaseDetail } from '@shared/api/cases';
import { personInput } from '@shared/api/persons';
import { checkPersonDates } from '@shared/domain/caseDates';
import { checkNationalId, type NationalIdProblem } from '@shared/domain/nationalId';

import { RelationFields } from '../../RelationFields';
import { caseHref } from '../paths';
import { useUpdatePerson } from '../queries';
import {
  asksAboutBirth,
  isBlankRelation,
  isUnborn,
  personValues,
  toPersonInput,
  type PersonValues,
} from './personForm';

const nationalIdProblems: Record<NationalIdProblem, string> = {
  format: 'validation.nationalIdFormat',
  checksum: 'validation.nationalIdChecksum',
  date: 'validation.nationalIdDate',
  synthetic: 'validation.nationalIdSynthetic',
  unsupported: 'validation.nationalIdUnsupported',
};

/**
 * `#/saker/<id>/person`: the person the case is about, with contact details, interpreter and
 * relations. A child registered before birth gets the real birth data here: the number or the
 * birth date replaces the due date, and every case stays with the same person.
 */
export function PersonFormPage({ detail, back }: { detail: CaseDetail; back: string }) {
  const { t } = useTranslation();
  const { record, person } = detail;
  const backHref = caseHref(record.id, back);
  const update = useUpdatePerson();
  const allowSynthetic = useSessionStatus().data?.demo ?? false;
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [otherProblems, setOtherProblems] = useState<string[]>([]);
  const form = useForm<PersonValues>({ defaultValues: personValues(person) });
  const draft = useRouteDraft('person', form);
  const { register, handleSubmit, setError, getValues, formState, control } = form;
  const relationRows = useFieldArray({ control, name: 'relations' });
  const err = errorText(formState.errors, t);
  const [born, numberText, interpreter] = useWatch({
    control,
    name: ['born', 'nationalId', 'interpreterNeeded'],
  });
  const unborn = born === 'unborn';
  const numberCheck = numberText.trim() ? checkNationalId(numberText, { allowSynthetic }) : null;
  const birthOverdue = isUnborn(person) && person.dueDate !== null && person.dueDate < detail.today;

  /** Where a problem at a contract path is shown; the birth question decides which dates are on screen. */
  const fieldFor = (path: string): string | null => {
    // A birth date taken from the number is judged at the number; an unborn child has only a due date.
    if (path === 'birthDate')
      return unborn ? 'dueDate' : getValues('nationalId').trim() ? 'nationalId' : path;
    if ((path === 'nationalId' && unborn) || (path === 'dueDate' && !unborn)) return null;
    const top = path.split('.')[0]!;
    return top !== 'born' && top in getValues() ? path : null;
  };

  const onSubmit = handleSubmit(async () => {
    setErrorCode(null);
    setOtherProblems([]);
    // Rows added and left empty are taken out; the others keep their place for the messages.
    dropBlankRows(getValues('relations'), isBlankRelation, relationRows.remove);
    const values = getValues();
    const problems: Record<string, string> = {};
    const add = (path: string, key: string) => {
      problems[path] ??= key;
    };

    if (values.born === 'unborn' && values.dueDate.trim() === '') add('dueDate', 'validation.required');
    if (values.born === 'born' && values.nationalId.trim() === '' && values.birthDate.trim() === '') {
      add('birthDate', 'case.validation.birthRequired');
    }
    const input = toPersonInput(values, person);
    const check = input.nationalId ? checkNationalId(input.nationalId, { allowSynthetic }) : null;
    if (check && !check.ok) add('nationalId', nationalIdProblems[check.reason]);
    const parsed = validateWith(personInput, input, (path, error) =>
      add(String(path), schemaKey(error.message)),
    );
    if (parsed) {
      const birthDate = check?.ok ? check.birthDate : parsed.birthDate;
      const dates = checkPersonDates({ ...parsed, birthDate }, detail.today);
      for (const [path, key] of Object.entries(dates)) add(path, key);
    }
    if (!parsed || Object.keys(problems).length > 0) {
      setOtherProblems(placeProblems(problems, setError, fieldFor));
      return;
    }

    try {
      await update.mutateAsync({ ...parsed, id: person.id });
      await draft.discard();
      navigate(backHref);
    } catch (error) {
      const { code, other } = placeApiError(error, setError, fieldFor);
      setOtherProblems(other);
      setErrorCode(code);
    }
  });

  // A number with all its digits is judged as it is typed; a shorter one waits for the save.
  const numberProblem =
    numberCheck && !numberCheck.ok && numberCheck.reason !== 'format'
      ? t(nationalIdProblems[numberCheck.reason])
      : undefined;

  return (
    <section className="page narrow">
      <Link href={backHref}>{t('case.backToCase')}</Link>
      <div>
        <Heading level={1} data-size="lg">
          {t('case.form.person')}
        </Heading>
        <Paragraph className="form-subject">
          {t('case.formSubject', { name: person.name, number: record.caseNumber })}
        </Paragraph>
      </div>
      {birthOverdue && (
        <Alert data-color="info">{t('case.birthOverdueHelp', { date: formatDay(person.dueDate) })}</Alert>
      )}
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="form-stack">
          <DraftNotice draft={draft} />
          <Textfield
            label={t('case.field.name')}
            description={unborn ? t('case.help.nameUnborn') : undefined}
            autoComplete="off"
            error={err('name')}
            {...register('name')}
          />
          {asksAboutBirth(person) && (
            <ChoiceField
              legend={t('case.field.birth')}
              choices={[
                { value: 'born', label: t('case.birth.born'), description: t('case.birth.bornHelp') },
                { value: 'unborn', label: t('case.birth.unborn') },
              ]}
              error={err('born')}
              registration={register('born')}
            />
          )}
          {unborn ? (
            <DateField
              label={t('case.field.dueDate')}
              error={err('dueDate')}
              registration={register('dueDate')}
            />
          ) : (
            <>
              <Textfield
                label={t('case.field.nationalId')}
                description={
                  numberCheck?.ok
                    ? t('case.help.birthFromNumber', { date: formatDay(numberCheck.birthDate) })
                    : t('case.help.nationalId')
                }
                inputMode="numeric"
                autoComplete="off"
                className="id-field"
                error={err('nationalId') ?? numberProblem}
                {...register('nationalId')}
              />
              {numberText.trim() === '' && (
                <DateField
                  label={t('case.field.birthDate')}
                  help={t('case.help.birthDate')}
                  error={err('birthDate')}
                  registration={register('birthDate')}
                />
              )}
              {person.dueDate !== null && (
                <Paragraph data-size="sm">
                  {t('case.dueDateKept', { date: formatDay(person.dueDate) })}
                </Paragraph>
              )}
            </>
          )}
          <Textfield
            label={t('case.field.address')}
            autoComplete="off"
            error={err('address')}
            {...register('address')}
          />
          <div className="row-grid">
            <Textfield
              label={t('case.field.phone')}
              type="tel"
              autoComplete="off"
              error={err('phone')}
              {...register('phone')}
            />
            <Textfield
              label={t('case.field.email')}
              type="email"
              autoComplete="off"
              error={err('email')}
              {...register('email')}
            />
          </div>
          <Checkbox label={t('case.field.interpreterNeeded')} {...register('interpreterNeeded')} />
          {interpreter && (
            <Textfield
              label={t('case.field.interpreterLanguage')}
              autoComplete="off"
              error={err('interpreterLanguage')}
              {...register('interpreterLanguage')}
            />
          )}
          <RelationFields rows={relationRows} at="relations" />
          <FormFooter
            saving={update.isPending}
            errorCode={errorCode}
            otherProblems={otherProblems}
            cancelHref={backHref}
            draft={draft}
          />
        </form>
      </FormProvider>
    </section>
  );
}
