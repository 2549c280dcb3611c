import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { serviceUnitInput, type ServiceUnit } from '@shared/api/serviceUnits';

import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText, showApiError, validateWith } from '../../components/formErrors';

/** A new name for a service unit, in place in its table row. */
export function RenameServiceUnitForm(props: {
  unit: ServiceUnit;
  onDone: () => unknown;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm({
    defaultValues: { name: props.unit.name },
  });
  const err = errorText(formState.errors, t);

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    const input = validateWith(serviceUnitInput, { ...values, active: props.unit.active }, setError);
    if (!input) return;
    try {
      await call('serviceUnits.update', { ...input, id: props.unit.id });
      await props.onDone();
    } catch (error) {
      setErrorCode(showApiError(error, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="inline-form">
      <Textfield
        label={t('settings.serviceUnitNewName', { name: props.unit.name })}
        error={err('name')}
        {...register('name')}
      />
      <Button type="submit" data-size="sm" loading={formState.isSubmitting}>
        {t('settings.save')}
      </Button>
      <Button type="button" variant="secondary" data-size="sm" onClick={props.onCancel}>
        {t('settings.cancel')}
      </Button>
      <ErrorAlert code={errorCode} />
    </form>
  );
}
