import {
  Checkbox,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Spinner,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { FormProvider, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { navigate } from '@renderer/app/router';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { DateField } from '@renderer/components/fields';
import { errorText, validateWith } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { dropBlankRows, placeApiError, placeProblems, schemaKey } from '@renderer/components/formProblems';
import { SelectField } from '@renderer/components/SelectField';
import { useRouteDraft } from '@renderer/components/useDraft';
import { useServiceUnits } from '@renderer/features/coordinators/queries';
import { caseFields, type CaseDetail } from '@shared/api/cases';
import type { ServiceUnit } from '@shared/api/serviceUnits';
import { applicants, caseChannels, rights } from '@shared/domain/case';
import { checkReceivedDate } from '@shared/domain/caseDates';

import { ServiceFields } from '../../ServiceFields';
import { caseHref } from '../paths';
import { useUpdateCase } from '../queries';
import { rightName } from '../texts';
import { caseDetailsValues, isBlankService, toCaseUpdate, type CaseDetailsValues } from './caseDetailsForm';

/**
 * `#/saker/<id>/detaljer`: what was recorded when the case came in (received date, channel, who
 * applied, the rights asked for, the need and the services), corrected or filled in later.
 */
export function CaseDetailsFormPage({ detail, back }: { detail: CaseDetail; back: string }) {
  const { t } = useTranslation();
  const units = useServiceUnits();
  const { record, person } = detail;
  const backHref = caseHref(record.id, back);

  let body;
  if (units.isPending) body = <Spinner aria-label={t('app.loading')} />;
  else if (units.isError) body = <ErrorAlert error={units.error} />;
  else body = <CaseDetailsForm detail={detail} serviceUnits={units.data} backHref={backHref} />;

  return (
    <section className="page narrow">
      <Link href={backHref}>{t('case.backToCase')}</Link>
      <div>
        <Heading level={1} data-size="lg">
          {t('case.form.caseDetails')}
        </Heading>
        <Paragraph className="form-subject">
          {t('case.formSubject', { name: person.name, number: record.caseNumber })}
        </Paragraph>
      </div>
      {body}
    </section>
  );
}

/** The form itself, shown once the service units are known so each row shows its own unit. */
function CaseDetailsForm({
  detail,
  serviceUnits,
  backHref,
}: {
  detail: CaseDetail;
  serviceUnits: ServiceUnit[];
  backHref: string;
}) {
  const { t } = useTranslation();
  const { record } = detail;
  const update = useUpdateCase();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [otherProblems, setOtherProblems] = useState<string[]>([]);
  const rightsErrorId = useId();
  const form = useForm<CaseDetailsValues>({ defaultValues: caseDetailsValues(record) });
  const draft = useRouteDraft('caseDetails', form);
  const { register, handleSubmit, setError, getValues, formState, control } = form;
  const serviceRows = useFieldArray({ control, name: 'services' });
  const err = errorText(formState.errors, t);
  const fieldFor = (path: string) => (path.split('.')[0]! in getValues() ? path : null);
  // Rights with an assessment or a decision cannot be taken away until those steps are removed.
  const rightsWithSteps = new Set(
    record.steps.flatMap((s) => (s.kind === 'assessment' || s.kind === 'decision' ? [s.right] : [])),
  );

  const onSubmit = handleSubmit(async () => {
    setErrorCode(null);
    setOtherProblems([]);
    // Rows added and left empty are taken out; the others keep their place for the messages.
    dropBlankRows(getValues('services'), isBlankService, serviceRows.remove);
    const problems: Record<string, string> = {};
    const input = validateWith(caseFields, toCaseUpdate(getValues(), record.id), (path, error) => {
      problems[String(path)] ??= schemaKey(error.message);
    });
    // The rules core applies to a changed received date; an old case is kept as it is.
    const dated =
      input && input.receivedDate !== record.receivedDate
        ? checkReceivedDate(input.receivedDate, detail.person, detail.today)
        : {};
    if (!input || Object.keys(dated).length > 0) {
      setOtherProblems(placeProblems(input ? dated : problems, setError, fieldFor));
      return;
    }
    try {
      await update.mutateAsync({ ...input, id: record.id });
      await draft.discard();
      navigate(backHref);
    } catch (error) {
      const { code, other } = placeApiError(error, setError, fieldFor);
      setOtherProblems(other);
      setErrorCode(code);
    }
  });

  const rightsError = err('rightsRequested');
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <DraftNotice draft={draft} />
        <DateField
          label={t('case.field.receivedDate')}
          help={t('case.help.receivedDate')}
          error={err('receivedDate')}
          registration={register('receivedDate')}
        />
        <div className="row-grid">
          <SelectField label={t('case.field.channel')} error={err('channel')} {...register('channel')}>
            <option value="">{t('case.choose')}</option>
            {caseChannels.map((c) => (
              <option key={c} value={c}>
                {t(`enums.channel.${c}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('case.field.appliedBy')} error={err('appliedBy')} {...register('appliedBy')}>
            <option value="">{t('case.choose')}</option>
            {applicants.map((a) => (
              <option key={a} value={a}>
                {t(`enums.applicant.${a}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <Textfield
          label={t('case.field.appliedByName')}
          description={t('case.help.appliedByName')}
          autoComplete="off"
          error={err('appliedByName')}
          {...register('appliedByName')}
        />
        <Fieldset aria-describedby={rightsError ? rightsErrorId : undefined}>
          <Fieldset.Legend>{t('case.field.rightsRequested')}</Fieldset.Legend>
          <Fieldset.Description>{t('case.help.rightsRequested')}</Fieldset.Description>
          {rights.map((right) => (
            <Checkbox
              key={right}
              value={right}
              label={rightName(t, right)}
              description={rightsWithSteps.has(right) ? t('case.help.rightHasSteps') : undefined}
              aria-invalid={rightsError ? true : undefined}
              {...register('rightsRequested')}
            />
          ))}
          {rightsError && <ValidationMessage id={rightsErrorId}>{rightsError}</ValidationMessage>}
        </Fieldset>
        <Textfield
          label={t('case.field.needDescription')}
          description={t('case.help.needDescription')}
          multiline
          rows={3}
          error={err('needDescription')}
          {...register('needDescription')}
        />
        <ServiceFields
          rows={serviceRows}
          serviceUnits={serviceUnits}
          inUse={record.services.flatMap((s) => (s.serviceUnitId === null ? [] : [s.serviceUnitId]))}
        />
        <FormFooter
          saving={update.isPending}
          errorCode={errorCode}
          otherProblems={otherProblems}
          cancelHref={backHref}
          draft={draft}
        />
      </form>
    </FormProvider>
  );
}
