import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/api/session';
import { call } from '../../api/client';
import { STATUS_KEY } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText, showApiError } from '../../components/formErrors';

interface Props {
  municipality: string | null;
  /** Set when the register locked itself: the same user unlocks and carries on. */
  lockedUser: SessionUser | null;
  onLogin: (user: SessionUser) => void;
  onOtherUser: () => void;
}

export function LoginPage({ municipality, lockedUser, onLogin, onOtherUser }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, setValue } = useForm({
    defaultValues: { username: lockedUser?.username ?? '', password: '' },
  });
  const e = formState.errors;
  const err = errorText(e, t);

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    try {
      const user = await call('session.login', values);
      onLogin(user);
      await queryClient.invalidateQueries({ queryKey: STATUS_KEY });
    } catch (error) {
      setValue('password', '');
      setErrorCode(showApiError(error, setError));
    }
  });

  return (
    <main className="narrow-page" id="main">
      <Heading level={1} data-size="lg">
        {t('login.title')}
        {municipality ? ` – ${municipality}` : ''}
      </Heading>
      {lockedUser ? (
        <Alert data-color="info">{t('login.lockedIdle')}</Alert>
      ) : (
        <Paragraph>{t('login.intro')}</Paragraph>
      )}
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <Textfield
          label={t('login.username')}
          autoComplete="username"
          readOnly={lockedUser !== null}
          error={err('username')}
          {...register('username')}
        />
        <Textfield
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          error={err('password')}
          {...register('password')}
        />
        <ErrorAlert code={errorCode} />
        <div className="button-row">
          <Button type="submit" loading={formState.isSubmitting}>
            {t('login.submit')}
          </Button>
          {lockedUser && (
            <Button variant="tertiary" type="button" onClick={onOtherUser}>
              {t('login.otherUser')}
            </Button>
          )}
        </div>
      </form>
      <Paragraph>
        <Link href="#/gjenoppretting">{t('login.forgot')}</Link>
      </Paragraph>
    </main>
  );
}
