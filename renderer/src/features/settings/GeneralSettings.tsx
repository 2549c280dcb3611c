import { Alert, Button, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { settingsInput, type SettingsInput } from '@shared/api/settings';

import { call } from '../../api/client';
import { STATUS_KEY } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText, showApiError, validateWith } from '../../components/formErrors';

export function GeneralSettings() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['settings.get'], queryFn: () => call('settings.get', {}) });
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const update = useMutation({
    mutationFn: (input: SettingsInput) => call('settings.update', input),
    onSuccess: (data) => {
      queryClient.setQueryData(['settings.get'], data);
      return queryClient.invalidateQueries({ queryKey: STATUS_KEY });
    },
  });
  const { register, handleSubmit, setError, reset, formState } = useForm({
    defaultValues: { municipalityName: '', idleTimeoutMinutes: '', maxFailedLogins: '' },
  });
  const e = formState.errors;
  const err = errorText(e, t);

  useEffect(() => {
    if (settings.data)
      reset({
        ...settings.data,
        idleTimeoutMinutes: String(settings.data.idleTimeoutMinutes),
        maxFailedLogins: String(settings.data.maxFailedLogins),
      });
  }, [settings.data, reset]);

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    setSaved(false);
    const input = validateWith(
      settingsInput,
      {
        ...values,
        idleTimeoutMinutes: Number(values.idleTimeoutMinutes),
        maxFailedLogins: Number(values.maxFailedLogins),
      },
      setError,
    );
    if (!input) return;
    try {
      await update.mutateAsync(input);
      setSaved(true);
    } catch (error) {
      setErrorCode(showApiError(error, setError));
    }
  });

  if (settings.isPending) return <Spinner aria-label={t('app.loading')} />;
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack narrow">
      <Textfield
        label={t('settings.municipality')}
        error={err('municipalityName')}
        {...register('municipalityName')}
      />
      <Textfield
        label={t('settings.idle')}
        description={t('settings.idleHelp')}
        inputMode="numeric"
        error={err('idleTimeoutMinutes')}
        {...register('idleTimeoutMinutes')}
      />
      <Textfield
        label={t('settings.maxFailedLogins')}
        description={t('settings.maxFailedLoginsHelp')}
        inputMode="numeric"
        error={err('maxFailedLogins')}
        {...register('maxFailedLogins')}
      />
      <ErrorAlert code={errorCode} error={settings.error} />
      {saved && <Alert data-color="success">{t('settings.saved')}</Alert>}
      <div>
        <Button type="submit" loading={update.isPending}>
          {t('settings.save')}
        </Button>
      </div>
    </form>
  );
}
