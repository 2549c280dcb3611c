import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { SessionUser } from '@shared/api/session';

import { ApiError, call } from '../../api/client';
import { lastUserName, rememberUserName } from '../../app/desktopPreferences';
import { STATUS_KEY } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText, showApiError } from '../../components/formErrors';
import { restoreHref } from '../backup/paths';

interface Props {
  municipality: string | null;
  /** Set when the register locked itself: the same user unlocks and carries on. */
  lockedUser: SessionUser | null;
  onLogin: (user: SessionUser) => void;
  onOtherUser: () => void;
}

/** Core's wait after repeated wrong passwords (TOO_MANY_ATTEMPTS with `retryAfterSeconds`). */
interface Wait {
  seconds: number;
  over: boolean;
}

function waitOf(error: unknown): Wait | null {
  if (!(error instanceof ApiError) || error.code !== 'TOO_MANY_ATTEMPTS') return null;
  return { seconds: Math.max(1, Number(error.fields.retryAfterSeconds) || 1), over: false };
}

/** The password was right but the register cannot be opened: the way on is a backup. */
const needsBackup = new Set(['DATABASE_DAMAGED', 'DATABASE_MISSING', 'KEY_FILE_STALE', 'KEY_FILE_MISSING']);

export function LoginPage({ municipality, lockedUser, onLogin, onOtherUser }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [wait, setWait] = useState<Wait | null>(null);
  const { register, handleSubmit, setError, formState, setValue } = useForm({
    // The desktop app offers the last user name on this PC, so only the password is typed.
    defaultValues: { username: lockedUser?.username ?? lastUserName() ?? '', password: '' },
  });
  const e = formState.errors;
  const err = errorText(e, t);

  // Said twice, not every second: when to come back, and that the time has come.
  useEffect(() => {
    if (!wait || wait.over) return;
    const timer = setTimeout(() => setWait({ ...wait, over: true }), wait.seconds * 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    setWait(null);
    try {
      const user = await call('session.login', values);
      rememberUserName(user.username);
      onLogin(user);
      await queryClient.invalidateQueries({ queryKey: STATUS_KEY });
    } catch (error) {
      setValue('password', '');
      const waiting = waitOf(error);
      // The seconds are not a field's message: they stay out of the form's errors.
      if (waiting) setWait(waiting);
      else setErrorCode(showApiError(error, setError));
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
        {errorCode && needsBackup.has(errorCode) && (
          <div>
            <Button asChild variant="secondary">
              <a href={restoreHref()}>{t('backup.login.restore')}</a>
            </Button>
          </div>
        )}
        {wait && (
          <Alert data-color={wait.over ? 'info' : 'warning'} role="status">
            {wait.over ? t('login.waitOver') : t('login.waitSeconds', { count: wait.seconds })}
          </Alert>
        )}
        <div className="button-row">
          <Button type="submit" loading={formState.isSubmitting} disabled={wait?.over === false}>
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
