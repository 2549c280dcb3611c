import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { usersApi, type UserRow } from '@shared/api/users';

import { call } from '../../api/client';
import { useSessionStatus } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText, showApiError, validateWith } from '../../components/formErrors';
import { PasswordStrengthHint } from '../../components/PasswordStrengthHint';

export function ResetPasswordForm(props: {
  user: UserRow;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, control } = useForm({
    defaultValues: { newPassword: '' },
  });
  const newPassword = useWatch({ control, name: 'newPassword' });
  const municipality = useSessionStatus().data?.municipality ?? undefined;
  const err = errorText(formState.errors, t);

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    const input = validateWith(
      usersApi['users.resetPassword'].input,
      { userId: props.user.id, ...values },
      setError,
    );
    if (!input) return;
    try {
      await call('users.resetPassword', input);
      props.onDone(t('settings.userResetDone', { name: props.user.displayName }));
    } catch (error) {
      setErrorCode(showApiError(error, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack narrow boxed">
      <Heading level={3} data-size="sm">
        {t('settings.userResetLabel', { name: props.user.displayName })}
      </Heading>
      <Textfield
        label={t('settings.newPassword')}
        description={t('settings.userPasswordHelp')}
        type="password"
        autoComplete="new-password"
        error={err('newPassword')}
        {...register('newPassword')}
      />
      <PasswordStrengthHint
        password={newPassword}
        owner={{ username: props.user.username, displayName: props.user.displayName, municipality }}
        fieldError={formState.errors.newPassword?.message}
      />
      <ErrorAlert code={errorCode} />
      <div className="button-row">
        <Button type="submit" loading={formState.isSubmitting}>
          {t('settings.userReset')}
        </Button>
        <Button type="button" variant="secondary" onClick={props.onCancel}>
          {t('settings.cancel')}
        </Button>
      </div>
    </form>
  );
}
