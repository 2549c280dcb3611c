import { Alert, Button, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { navigate } from '@renderer/app/router';
import { DraftNotice } from '@renderer/components/DraftNotice';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import { ChoiceField } from '@renderer/components/fields';
import { errorText } from '@renderer/components/formErrors';
import { FormFooter } from '@renderer/components/FormFooter';
import { useRouteDraft } from '@renderer/components/useDraft';
import { memberInput, type PlanDetail } from '@shared/api/plans';
import { memberKinds, type Member } from '@shared/domain/plan';

import { useServiceUnits } from '../../coordinators/queries';
import { planHref } from './paths';
import { usePlanChange } from './queries';
import { RemoveConfirm } from './RemoveConfirm';
import { ServiceUnitSelect, unitsOffered } from './ServiceUnitSelect';
import { usePlanSave } from './usePlanSave';

interface Values {
  kind: string;
  name: string;
  role: string;
  serviceUnitId: string;
}

const FIELDS = ['kind', 'name', 'role', 'serviceUnitId'];

/** `#/planer/<id>/medlem/ny` and `/medlem/<memberId>`: one member of the responsibility group. */
export function MemberFormPage({ detail, member }: { detail: PlanDetail; member: Member | null }) {
  const { t } = useTranslation();
  const units = useServiceUnits();
  if (units.isError) return <ErrorAlert error={units.error} />;
  if (units.isPending) return <Spinner aria-label={t('app.loading')} />;
  return (
    <MemberForm
      detail={detail}
      member={member}
      units={unitsOffered(units.data, member?.serviceUnitId ?? null)}
    />
  );
}

function MemberForm({
  detail,
  member,
  units,
}: {
  detail: PlanDetail;
  member: Member | null;
  units: ReturnType<typeof unitsOffered>;
}) {
  const { t } = useTranslation();
  const methods = useForm<Values>({
    defaultValues: {
      kind: member?.kind ?? 'service',
      name: member?.name ?? '',
      role: member?.role ?? '',
      serviceUnitId: member?.serviceUnitId ? String(member.serviceUnitId) : '',
    },
  });
  const { register, handleSubmit, setError, formState, control } = methods;
  const draft = useRouteDraft('member', methods);
  const err = errorText(formState.errors, t);
  const service = useWatch({ control, name: 'kind' }) === 'service';
  const save = usePlanChange('plans.saveMember');
  const remove = usePlanChange('plans.removeMember');
  const [removing, setRemoving] = useState(false);
  const caseId = detail.caseId;
  const { run, errorCode, otherProblems } = usePlanSave(
    setError,
    FIELDS,
    { caseId, section: 'ansvarsgruppe' },
    draft,
  );
  // Core refuses to remove someone who took part in meetings; the form says so up front.
  const inMeetings = member !== null && detail.meetings.some((m) => m.participantIds.includes(member.id));

  const onSubmit = handleSubmit((v) =>
    run(
      memberInput,
      {
        ...(member ? { id: member.id } : {}),
        kind: v.kind || undefined,
        name: v.name,
        role: v.role,
        // A family member has no service unit, whatever was chosen before the kind changed.
        serviceUnitId: v.kind === 'service' && v.serviceUnitId !== '' ? Number(v.serviceUnitId) : null,
      },
      (input) => save.mutateAsync({ caseId, member: input }),
    ),
  );

  return (
    <>
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <DraftNotice draft={draft} />
        <ChoiceField
          legend={t('plan.form.memberKind')}
          choices={memberKinds.map((k) => ({ value: k, label: t(`plan.memberKind.${k}`) }))}
          error={err('kind')}
          registration={register('kind')}
          inline
        />
        <Textfield
          label={t('plan.form.memberName')}
          autoComplete="off"
          error={err('name')}
          {...register('name')}
        />
        <Textfield
          label={t('plan.form.memberRole')}
          description={t(service ? 'plan.form.memberRoleHelp' : 'plan.form.memberRoleHelpFamily')}
          autoComplete="off"
          error={err('role')}
          {...register('role')}
        />
        {service && (
          <ServiceUnitSelect
            label={t('plan.form.memberUnit')}
            units={units}
            emptyLabel={t('plan.form.chooseUnit')}
            error={err('serviceUnitId')}
            {...register('serviceUnitId')}
          />
        )}
        <FormFooter
          saving={save.isPending}
          errorCode={errorCode}
          otherProblems={otherProblems}
          cancelHref={planHref(caseId, 'ansvarsgruppe')}
          draft={draft}
        />
      </form>
      {member &&
        (inMeetings ? (
          <Alert data-color="info">{t('validation.memberInMeetings')}</Alert>
        ) : removing ? (
          <RemoveConfirm
            question={t('plan.form.removeMemberQuestion', { name: member.name })}
            explanation={t('plan.form.removeExplanation')}
            confirm={t('plan.form.removeMember')}
            mutation={remove}
            onConfirm={() =>
              remove.mutate(
                { caseId, memberId: member.id },
                {
                  onSuccess: () =>
                    void draft.discard().then(() => navigate(planHref(caseId, 'ansvarsgruppe'))),
                },
              )
            }
            onCancel={() => setRemoving(false)}
          />
        ) : (
          <div className="button-row">
            <Button variant="tertiary" data-color="danger" onClick={() => setRemoving(true)}>
              {t('plan.form.removeMember')}
            </Button>
          </div>
        ))}
    </>
  );
}
