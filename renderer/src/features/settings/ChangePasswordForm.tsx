import { Alert, Button, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { sessionApi, type SessionUser } from '@shared/api/session';

import { call } from '../../api/client';
import { useSessionStatus } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText, showApiError, validateWith } from '../../components/formErrors';
import { PasswordStrengthHint } from '../../components/PasswordStrengthHint';

export function ChangePasswordForm({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, setError, reset, formState, control } = useForm({
    defaultValues: { currentPassword: '', newPassword: '', repeat: '' },
  });
  const newPassword = useWatch({ control, name: 'newPassword' });
  const municipality = useSessionStatus().data?.municipality ?? undefined;
  const e = formState.errors;
  const err = errorText(e, t);

  const onSubmit = handleSubmit(async ({ repeat, ...values }) => {
    setErrorCode(null);
    setDone(false);
    const input = validateWith(sessionApi['session.changePassword'].input, values, setError);
    if (repeat !== values.newPassword) setError('repeat', { message: 'validation.passwordMismatch' });
    if (!input || repeat !== values.newPassword) return;
    try {
      await call('session.changePassword', input);
      reset();
      setDone(true);
    } catch (error) {
      setErrorCode(showApiError(error, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack narrow">
      <Textfield
        label={t('settings.currentPassword')}
        type="password"
        autoComplete="current-password"
        error={err('currentPassword')}
        {...register('currentPassword')}
      />
      <Textfield
        label={t('settings.newPassword')}
        description={t('setup.passwordHelp')}
        type="password"
        autoComplete="new-password"
        error={err('newPassword')}
        {...register('newPassword')}
      />
      <PasswordStrengthHint
        password={newPassword}
        owner={{ username: user.username, displayName: user.displayName, municipality }}
        fieldError={e.newPassword?.message}
      />
      <Textfield
        label={t('settings.repeatPassword')}
        type="password"
        autoComplete="new-password"
        error={err('repeat')}
        {...register('repeat')}
      />
      <ErrorAlert code={errorCode} />
      {done && <Alert data-color="success">{t('settings.passwordChanged')}</Alert>}
      <div>
        <Button type="submit" loading={formState.isSubmitting}>
          {t('settings.changePassword')}
        </Button>
      </div>
    </form>
  );
}
