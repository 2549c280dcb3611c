import { Button, Heading, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { roles } from '@shared/api/channel';
import { newUserInput, type UserRow } from '@shared/api/users';

import { call } from '../../api/client';
import { useSessionStatus } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText, showApiError, validateWith } from '../../components/formErrors';
import { PasswordStrengthHint } from '../../components/PasswordStrengthHint';

export function NewUserForm({ onCreated }: { onCreated: (user: UserRow) => unknown }) {
  const { t } = useTranslation();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState, control } = useForm({
    defaultValues: { displayName: '', username: '', role: 'saksbehandler', password: '' },
  });
  const [displayName, username, password] = useWatch({
    control,
    name: ['displayName', 'username', 'password'],
  });
  const municipality = useSessionStatus().data?.municipality ?? undefined;
  const e = formState.errors;
  const err = errorText(e, t);

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    const input = validateWith(newUserInput, values, setError);
    if (!input) return;
    try {
      const user = await call('users.create', input);
      reset();
      await onCreated(user);
    } catch (error) {
      setErrorCode(showApiError(error, setError));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack narrow boxed">
      <Heading level={3} data-size="sm">
        {t('settings.userCreate')}
      </Heading>
      <Textfield
        label={t('settings.userName')}
        autoComplete="off"
        error={err('displayName')}
        {...register('displayName')}
      />
      <Textfield
        label={t('settings.userUsername')}
        description={t('setup.usernameHelp')}
        autoComplete="off"
        error={err('username')}
        {...register('username')}
      />
      <div className="field">
        <label htmlFor="new-user-role">{t('settings.userRole')}</label>
        <Select id="new-user-role" {...register('role')}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </Select>
      </div>
      <Textfield
        label={t('settings.userPassword')}
        description={t('settings.userPasswordHelp')}
        type="password"
        autoComplete="new-password"
        error={err('password')}
        {...register('password')}
      />
      <PasswordStrengthHint
        password={password}
        owner={{ displayName, username, municipality }}
        fieldError={e.password?.message}
      />
      <ErrorAlert code={errorCode} />
      <div>
        <Button type="submit" loading={formState.isSubmitting}>
          {t('settings.userCreate')}
        </Button>
      </div>
    </form>
  );
}
