import {
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { FormProvider, useFieldArray, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { newCaseInput } from '@shared/api/cases';
import type { PersonMatch } from '@shared/api/persons';
import { todayIso } from '@shared/domain/calendar';
import { applicants, caseChannels, rights } from '@shared/domain/case';

import { hrefFor, navigate } from '../../app/router';
import { useSessionStatus } from '../../app/session';
import { DraftNotice } from '../../components/DraftNotice';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields';
import { errorText, showApiError, validateWith } from '../../components/formErrors';
import { dropBlankRows } from '../../components/formProblems';
import { SelectField } from '../../components/SelectField';
import { useDraft } from '../../components/useDraft';
import { useServiceUnits } from '../coordinators/queries';
import { caseHref } from './casePage/paths';
import {
  isBlankRelation,
  isBlankService,
  newCaseDefaults,
  newCaseProblems,
  toNewCaseInput,
  typedNationalId,
  type NewCaseValues,
} from './newCaseForm';
import { PersonFields } from './PersonFields';
import { useCreateCase, usePersonByNationalId } from './queries';
import { ServiceFields } from './ServiceFields';

/**
 * `#/saker/ny`: a phone call registered as a case in under a minute. One form, today's date and
 * "oral" already chosen; a person already in the register is offered instead of a duplicate.
 */
export function NewCasePage({ back }: { back: string }) {
  const { t } = useTranslation();
  const form = useForm<NewCaseValues>({ defaultValues: newCaseDefaults(todayIso(new Date())) });
  const draft = useDraft('newCase', form);
  const relationRows = useFieldArray({ control: form.control, name: 'person.relations' });
  const serviceRows = useFieldArray({ control: form.control, name: 'services' });
  const { register, handleSubmit, setError, clearErrors, getValues, setValue, setFocus, formState } = form;
  const allowSynthetic = useSessionStatus().data?.demo ?? false;
  const serviceUnits = useServiceUnits();
  const create = useCreateCase();
  const [chosen, setChosen] = useState<PersonMatch | null>(null);
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const rightsErrorId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [numberText, unborn] = useWatch({
    control: form.control,
    name: ['person.nationalId', 'person.unborn'],
  });
  const digits = unborn || chosen ? null : typedNationalId(numberText);
  const lookup = usePersonByNationalId(digits);
  const match = digits && lookup.data ? lookup.data : null;
  const err = errorText(formState.errors, t);
  const fromList = back.startsWith('#/saker') ? back : '';
  const backHref = fromList || hrefFor(['saker']);

  /** Keyboard and screen reader users are taken to the first message, once it is on screen. */
  const focusFirstError = () =>
    window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  async function save() {
    setErrorCode(null);
    // Rows added and left empty are taken out; the rest keep their place for the messages.
    dropBlankRows(getValues('person.relations'), isBlankRelation, relationRows.remove);
    dropBlankRows(getValues('services'), isBlankService, serviceRows.remove);
    const values = getValues();
    // A person found by the number is never registered a second time: the user picks them.
    if (!chosen && match) {
      setError('person.nationalId', { type: 'validate', message: 'cases.new.chooseExisting' });
      focusFirstError();
      return;
    }
    const input = validateWith(newCaseInput, toNewCaseInput(values, chosen?.person.id ?? null), setError);
    const problems = input
      ? newCaseProblems(input, todayIso(new Date()), {
          unborn: values.person.unborn,
          chosen: chosen?.person ?? null,
        })
      : {};
    for (const [path, key] of Object.entries(problems)) {
      setError(path as FieldPath<NewCaseValues>, { type: 'validate', message: key });
    }
    if (!input || Object.keys(problems).length > 0) {
      focusFirstError();
      return;
    }
    try {
      const created = await create.mutateAsync(input);
      await draft.discard();
      navigate(caseHref(created.record.id, fromList));
    } catch (error) {
      setErrorCode(showApiError(error, setError));
      focusFirstError();
    }
  }

  // Messages from an earlier attempt go first: one left on a row since removed would block saving.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    clearErrors();
    return handleSubmit(save)(event);
  };

  return (
    <section className="page narrow-form">
      <Link href={backHref} className="no-print">
        {t('cases.new.back')}
      </Link>
      <Heading level={1} data-size="lg">
        {t('cases.new.title')}
      </Heading>
      <Paragraph>{t('cases.new.intro')}</Paragraph>
      <DraftNotice
        draft={draft}
        text="cases.new.draftRestored"
        startOverText="cases.new.startOver"
        onStartOver={() => setChosen(null)}
      />
      <FormProvider {...form}>
        <form ref={formRef} onSubmit={onSubmit} noValidate className="form-stack">
          <Heading level={2} data-size="sm">
            {t('cases.new.personHeading')}
          </Heading>
          <PersonFields
            chosen={chosen}
            lookup={{
              digits,
              match,
              searching: lookup.isFetching,
              notFound: lookup.isSuccess && !lookup.data,
            }}
            onChoose={(match) => {
              setChosen(match);
              setFocus('receivedDate');
            }}
            onClear={() => {
              setChosen(null);
              setValue('person.nationalId', '');
            }}
            allowSynthetic={allowSynthetic}
            relationRows={relationRows}
          />

          <Heading level={2} data-size="sm">
            {t('cases.new.caseHeading')}
          </Heading>
          <div className="row-grid">
            <DateField
              label={t('case.field.receivedDate')}
              error={err('receivedDate')}
              registration={register('receivedDate')}
            />
            <SelectField label={t('cases.new.channel')} error={err('channel')} {...register('channel')}>
              <option value="">{t('cases.new.choose')}</option>
              {caseChannels.map((c) => (
                <option key={c} value={c}>
                  {t(`enums.channelOption.${c}`)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('cases.new.appliedBy')} error={err('appliedBy')} {...register('appliedBy')}>
              <option value="">{t('cases.new.choose')}</option>
              {applicants.map((a) => (
                <option key={a} value={a}>
                  {t(`enums.applicantOption.${a}`)}
                </option>
              ))}
            </SelectField>
            <Textfield
              label={t('cases.new.appliedByName')}
              description={t('cases.new.appliedByNameHelp')}
              autoComplete="off"
              error={err('appliedByName')}
              {...register('appliedByName')}
            />
          </div>
          <Fieldset aria-describedby={err('rightsRequested') ? rightsErrorId : undefined}>
            <Fieldset.Legend>{t('cases.new.rightsLegend')}</Fieldset.Legend>
            <Fieldset.Description>{t('cases.new.rightsHelp')}</Fieldset.Description>
            {rights.map((right) => (
              <Checkbox
                key={right}
                value={right}
                label={t(`enums.right.${right}`)}
                aria-invalid={err('rightsRequested') ? true : undefined}
                {...register('rightsRequested')}
              />
            ))}
            {err('rightsRequested') && (
              <ValidationMessage id={rightsErrorId}>{err('rightsRequested')}</ValidationMessage>
            )}
          </Fieldset>
          <Textfield
            multiline
            rows={3}
            label={t('cases.new.needDescription')}
            description={t('cases.new.needDescriptionHelp')}
            error={err('needDescription')}
            {...register('needDescription')}
          />
          <ServiceFields rows={serviceRows} serviceUnits={serviceUnits.data ?? []} inUse={[]} />

          <ErrorAlert code={errorCode} />
          {err('person') && <ValidationMessage>{err('person')}</ValidationMessage>}
          <div className="button-row">
            <Button type="submit" loading={create.isPending}>
              {t('cases.new.submit')}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => void draft.discard().then(() => navigate(backHref))}
            >
              {t('cases.new.cancel')}
            </Button>
          </div>
        </form>
      </FormProvider>
    </section>
  );
}
