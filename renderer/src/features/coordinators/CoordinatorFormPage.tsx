import {
  Button,
  Checkbox,
  Heading,
  Link,
  Select,
  Spinner,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { coordinatorInput, type Coordinator, type CoordinatorDetail } from '@shared/api/coordinators';
import type { ServiceUnit } from '@shared/api/serviceUnits';

import { navigate } from '../../app/router';
import { DraftNotice } from '../../components/DraftNotice';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText, showApiError, validateWith } from '../../components/formErrors';
import { useRouteDraft } from '../../components/useDraft';
import { DeactivationGuard } from './DeactivationGuard';
import { coordinatorHref, listHref } from './paths';
import { useCoordinator, useSaveCoordinator, useServiceUnits } from './queries';

interface Values {
  name: string;
  serviceUnitId: string;
  position: string;
  phone: string;
  email: string;
  capacity: string;
  active: boolean;
}

const empty: Values = {
  name: '',
  serviceUnitId: '',
  position: '',
  phone: '',
  email: '',
  capacity: '',
  active: true,
};

function toValues(c: Coordinator): Values {
  return {
    name: c.name,
    position: c.position,
    phone: c.phone,
    email: c.email,
    active: c.active,
    serviceUnitId: String(c.serviceUnitId),
    capacity: c.capacity === null ? '' : String(c.capacity),
  };
}

/** What the form holds (text) turned into what the contract expects; the schema then judges it. */
function toInput(v: Values) {
  return {
    ...v,
    serviceUnitId: v.serviceUnitId === '' ? undefined : Number(v.serviceUnitId),
    // Only plain digits count as a number here ("0x10" and "1e2" are not capacities).
    capacity:
      v.capacity.trim() === '' ? null : /^\d+$/.test(v.capacity.trim()) ? Number(v.capacity.trim()) : NaN,
  };
}

/**
 * A new coordinator (back to the list afterwards) or the record of one (back to their page).
 * `back` is the list's address, kept for the way back.
 */
export function CoordinatorFormPage({ id, back }: { id: number | null; back: string }) {
  const { t } = useTranslation();
  const existing = useCoordinator(id);
  const serviceUnits = useServiceUnits();
  const backHref = id === null ? listHref(back) : coordinatorHref(id, back);

  if (id !== null && existing.isPending) return <Spinner aria-label={t('app.loading')} />;
  if (id !== null && existing.isError) return <ErrorAlert error={existing.error} />;
  // An inactive unit stays selectable for a coordinator who already belongs to it.
  const units = (serviceUnits.data ?? []).filter(
    (u) => u.active || u.id === existing.data?.coordinator.serviceUnitId,
  );

  return (
    <section className="page narrow">
      <Link href={backHref}>
        {existing.data
          ? t('coordinators.backTo', { name: existing.data.coordinator.name })
          : t('coordinators.back')}
      </Link>
      <Heading level={1} data-size="lg">
        {id === null ? t('coordinators.formNew') : t('coordinators.formEdit')}
      </Heading>
      <CoordinatorForm id={id} existing={existing.data ?? null} units={units} backHref={backHref} />
    </section>
  );
}

/** The form itself, opened once the coordinator is loaded so it starts from their record. */
function CoordinatorForm({
  id,
  existing,
  units,
  backHref,
}: {
  id: number | null;
  existing: CoordinatorDetail | null;
  units: ServiceUnit[];
  backHref: string;
}) {
  const { t } = useTranslation();
  const save = useSaveCoordinator();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const methods = useForm<Values>({
    defaultValues: existing ? toValues(existing.coordinator) : empty,
  });
  const { register, handleSubmit, setError, formState, control } = methods;
  const draft = useRouteDraft('coordinator', methods);
  const e = formState.errors;
  const err = errorText(e, t);
  // Unticking "Aktiv" for someone who holds cases is stopped by core: say so before saving.
  const runningCases = existing?.coordinator.active ? existing.cases.filter((c) => c.running) : [];
  const activeTicked = useWatch({ control, name: 'active' });
  const deactivating = !activeTicked && runningCases.length > 0;

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    const input = validateWith(coordinatorInput, toInput(values), setError);
    if (!input) return;
    try {
      await save.mutateAsync(id === null ? input : { ...input, id });
      await draft.discard();
      navigate(backHref);
    } catch (error) {
      setErrorCode(showApiError(error, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={draft} />
      <Textfield
        label={t('coordinators.name')}
        autoComplete="off"
        error={err('name')}
        {...register('name')}
      />
      <div className="field">
        <label htmlFor="coordinator-service-unit">{t('coordinators.serviceUnit')}</label>
        <Select
          id="coordinator-service-unit"
          aria-invalid={e.serviceUnitId ? true : undefined}
          aria-describedby={e.serviceUnitId ? 'coordinator-service-unit-error' : undefined}
          {...register('serviceUnitId')}
        >
          <option value="">{t('coordinators.chooseServiceUnit')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </Select>
        {e.serviceUnitId && (
          <ValidationMessage id="coordinator-service-unit-error">{err('serviceUnitId')}</ValidationMessage>
        )}
      </div>
      <Textfield label={t('coordinators.position')} error={err('position')} {...register('position')} />
      <Textfield
        label={t('coordinators.phone')}
        type="tel"
        autoComplete="off"
        error={err('phone')}
        {...register('phone')}
      />
      <Textfield
        label={t('coordinators.email')}
        type="email"
        autoComplete="off"
        error={err('email')}
        {...register('email')}
      />
      <Textfield
        label={t('coordinators.capacityLabel')}
        description={t('coordinators.capacityHelp')}
        inputMode="numeric"
        error={err('capacity')}
        {...register('capacity')}
      />
      <Checkbox label={t('coordinators.activeLabel')} error={err('active')} {...register('active')} />
      {deactivating && <DeactivationGuard cases={runningCases} />}
      <ErrorAlert code={errorCode} />
      <div className="button-row">
        <Button type="submit" loading={save.isPending}>
          {t('coordinators.save')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => void draft.discard().then(() => navigate(backHref))}
        >
          {t('coordinators.cancel')}
        </Button>
      </div>
    </form>
  );
}
