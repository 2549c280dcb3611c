import { Alert, Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { sessionApi } from '@shared/api/session';

import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText, showApiError, validateWith } from '../../components/formErrors';
import { PasswordStrengthHint } from '../../components/PasswordStrengthHint';

/** An administrator who has lost their password sets a new one with the printed recovery code. */
export function RecoverPage({ municipality }: { municipality: string | null }) {
  const { t } = useTranslation();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, setError, formState, control } = useForm({
    defaultValues: { recoveryCode: '', username: '', newPassword: '' },
  });
  const [username, newPassword] = useWatch({ control, name: ['username', 'newPassword'] });
  const e = formState.errors;
  const err = errorText(e, t);

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    const input = validateWith(sessionApi['session.recover'].input, values, setError);
    if (!input) return;
    try {
      await call('session.recover', input);
      setDone(true);
    } catch (error) {
      setErrorCode(showApiError(error, setError));
    }
  });

  return (
    <main className="narrow-page" id="main">
      <Heading level={1} data-size="lg">
        {t('recover.title')}
        {municipality ? ` – ${municipality}` : ''}
      </Heading>
      {done ? (
        <Alert data-color="success">{t('recover.done')}</Alert>
      ) : (
        <>
          <Paragraph>{t('recover.intro')}</Paragraph>
          <form onSubmit={onSubmit} noValidate className="form-stack">
            <Textfield
              label={t('recover.code')}
              autoComplete="off"
              error={err('recoveryCode')}
              {...register('recoveryCode')}
            />
            <Textfield
              label={t('recover.username')}
              autoComplete="username"
              error={err('username')}
              {...register('username')}
            />
            <Textfield
              label={t('recover.newPassword')}
              description={t('setup.passwordHelp')}
              type="password"
              autoComplete="new-password"
              error={err('newPassword')}
              {...register('newPassword')}
            />
            <PasswordStrengthHint
              password={newPassword}
              owner={{ username, municipality: municipality ?? undefined }}
              fieldError={e.newPassword?.message}
            />
            <ErrorAlert code={errorCode} />
            <div>
              <Button type="submit" loading={formState.isSubmitting}>
                {t('recover.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
      <Paragraph>
        <Link href="#/">{t('recover.back')}</Link>
      </Paragraph>
    </main>
  );
}
