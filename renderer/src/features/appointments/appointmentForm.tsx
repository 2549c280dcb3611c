import { Textfield } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { useFormContext, type FieldValues, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

import { navigate } from '@renderer/app/router';
import { dateInput, formatDay } from '@renderer/components/dates';
import { ChoiceField, DateField } from '@renderer/components/fields';
import { errorText, validateWith } from '@renderer/components/formErrors';
import { placeApiError, placeProblems, schemaKey } from '@renderer/components/formProblems';
import { SelectField } from '@renderer/components/SelectField';
import { caseHref } from '@renderer/features/cases/casePage/paths';
import type { CaseDetail } from '@shared/api/cases';
import { endReasons, familyWishes, grantedRoles, type Appointment } from '@shared/domain/coordination';

import { useAppointment } from './queries';
import { useCoordinationTexts } from './texts';

/** What the appointment fields hold while typed (text), before the contract judges them. */
export interface AppointmentValues {
  coordinatorId: string;
  role: string;
  startDate: string;
  familyWish: string;
  familyNotifiedDate: string;
  partnersNotifiedDate: string;
}

export interface EndValues {
  endDate: string;
  endReason: string;
  endNote: string;
}

export function appointmentDefaults(detail: CaseDetail, from?: Appointment): AppointmentValues {
  const roles = grantedRoles(detail.record);
  return {
    coordinatorId: from ? String(from.coordinatorId) : '',
    role: from?.role ?? (roles.length === 1 ? roles[0]!.role : (detail.coordination.need?.role ?? '')),
    startDate: formatDay(from?.startDate ?? detail.today),
    familyWish: from?.familyWish ?? '',
    familyNotifiedDate: formatDay(from?.familyNotifiedDate),
    partnersNotifiedDate: formatDay(from?.partnersNotifiedDate),
  };
}

/** The typed text as the contract wants it; a choice not made is left out so the schema names it. */
export function appointmentInputOf(v: AppointmentValues) {
  return {
    coordinatorId: v.coordinatorId === '' ? undefined : Number(v.coordinatorId),
    role: v.role || undefined,
    startDate: dateInput(v.startDate),
    familyWish: v.familyWish || undefined,
    familyNotifiedDate: dateInput(v.familyNotifiedDate),
    partnersNotifiedDate: dateInput(v.partnersNotifiedDate),
  };
}

export function endInputOf(v: EndValues) {
  return { endDate: dateInput(v.endDate), endReason: v.endReason || undefined, endNote: v.endNote };
}

/**
 * Role, start, the family's wish and when the family and the partners were told: in pairs, so the
 * appoint and change forms have them on the first screen, before the list of candidates.
 */
export function AppointmentFields({
  detail,
  prefix = '',
  change = false,
  children,
}: {
  detail: CaseDetail;
  /** `next.` in the change form, where these fields describe the coordinator taking over. */
  prefix?: '' | 'next.';
  change?: boolean;
  /** Shown right after the start date (the change form's days without a coordinator). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const texts = useCoordinationTexts();
  const { register, formState } = useFormContext();
  const err = errorText(formState.errors, t);
  const name = (field: keyof AppointmentValues) => `${prefix}${field}`;
  return (
    <>
      <div className="coordination-pair">
        <ChoiceField
          legend={t('case.coordination.field.role')}
          choices={grantedRoles(detail.record).map((g) => ({ value: g.role, label: texts.role(g.role) }))}
          error={err(name('role'))}
          registration={register(name('role'))}
          inline
        />
        <DateField
          label={t('case.coordination.field.startDate')}
          error={err(name('startDate'))}
          registration={register(name('startDate'))}
        />
      </div>
      {children}
      <ChoiceField
        legend={t('case.coordination.field.familyWish')}
        choices={familyWishes.map((w) => ({ value: w, label: t(`case.coordination.wish.${w}`) }))}
        error={err(name('familyWish'))}
        registration={register(name('familyWish'))}
        inline
      />
      <div className="coordination-pair">
        <DateField
          label={t('case.coordination.field.familyNotifiedDate')}
          help={t(
            change ? 'case.coordination.field.changeNotifiedHelp' : 'case.coordination.field.notifiedHelp',
          )}
          error={err(name('familyNotifiedDate'))}
          registration={register(name('familyNotifiedDate'))}
        />
        <DateField
          label={t('case.coordination.field.partnersNotifiedDate')}
          help={t('case.coordination.field.notifiedHelp')}
          error={err(name('partnersNotifiedDate'))}
          registration={register(name('partnersNotifiedDate'))}
        />
      </div>
    </>
  );
}

/** End date, a reason from the list, and words when the list does not say it all. */
export function EndFields({ optional = false }: { optional?: boolean }) {
  const { t } = useTranslation();
  const texts = useCoordinationTexts();
  const { register, formState } = useFormContext();
  const err = errorText(formState.errors, t);
  return (
    <>
      <div className="coordination-pair">
        <DateField
          label={t('case.coordination.field.endDate')}
          help={optional ? t('case.coordination.endedHelp') : undefined}
          error={err('endDate')}
          registration={register('endDate')}
        />
        <SelectField
          label={t('case.coordination.field.endReason')}
          error={err('endReason')}
          {...register('endReason')}
        >
          <option value="">{t('case.choose')}</option>
          {endReasons.map((r) => (
            <option key={r} value={r}>
              {texts.endReason(r)}
            </option>
          ))}
        </SelectField>
      </div>
      <Textfield
        label={t('case.coordination.field.endNote')}
        multiline
        rows={2}
        error={err('endNote')}
        {...register('endNote')}
      />
    </>
  );
}

type Channel = 'appointments.appoint' | 'appointments.change' | 'appointments.end' | 'appointments.correct';

/**
 * Saving: the contract's schema, then the rules of appointmentProblems the form can check itself
 * (the same ones core applies), each beside its field; then core, whose field problems go beside
 * the fields too (the rest above the buttons). Back to the case once saved.
 */
export function useSubmitAppointment(
  detail: CaseDetail,
  back: string,
  /** The form's draft, given up once saved. */
  draft: { discard: () => Promise<unknown> },
) {
  const appoint = useAppointment('appointments.appoint');
  const change = useAppointment('appointments.change');
  const end = useAppointment('appointments.end');
  const correct = useAppointment('appointments.correct');
  const mutations = {
    'appointments.appoint': appoint,
    'appointments.change': change,
    'appointments.end': end,
    'appointments.correct': correct,
  };
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [otherProblems, setOtherProblems] = useState<string[]>([]);

  async function submit<S extends z.ZodType, F extends FieldValues>(
    channel: Channel,
    schema: S,
    raw: unknown,
    setError: UseFormSetError<F>,
    options: { fields: readonly string[]; check?: (parsed: z.output<S>) => Record<string, string> },
  ) {
    setErrorCode(null);
    setOtherProblems([]);
    const fieldFor = (path: string) => (options.fields.includes(path) ? path : null);
    const problems: Record<string, string> = {};
    const parsed = validateWith<S, FieldValues>(schema, raw, (path, e) => {
      problems[String(path)] = schemaKey(e.message);
    });
    const found = parsed ? (options.check?.(parsed) ?? {}) : problems;
    if (!parsed || Object.keys(found).length > 0) {
      setOtherProblems(placeProblems(found, setError, fieldFor));
      return;
    }
    try {
      await (mutations[channel].mutateAsync as (input: unknown) => Promise<CaseDetail>)(parsed);
      await draft.discard();
      navigate(caseHref(detail.record.id, back));
    } catch (error) {
      const { code, other } = placeApiError(error, setError, fieldFor);
      setOtherProblems(other);
      setErrorCode(code);
    }
  }

  const saving = Object.values(mutations).some((m) => m.isPending);
  return { submit, saving, errorCode, otherProblems };
}
