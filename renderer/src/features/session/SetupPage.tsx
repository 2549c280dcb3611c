import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { Input } from '@shared/api/index';
import { sessionApi } from '@shared/api/session';

import { call } from '../../api/client';
import { STATUS_KEY } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText, showApiError, validateWith } from '../../components/formErrors';
import { PasswordStrengthHint } from '../../components/PasswordStrengthHint';
import { restoreHref } from '../backup/paths';

interface Values {
  municipality: string;
  displayName: string;
  username: string;
  password: string;
  passwordRepeat: string;
}

/** First start: the municipality, the first administrator, then the recovery code. */
export function SetupPage({ onCreated }: { onCreated: (recoveryCode: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, control } = useForm<Values>({
    defaultValues: { municipality: '', displayName: '', username: '', password: '', passwordRepeat: '' },
  });
  const [municipality, displayName, username, password] = useWatch({
    control,
    name: ['municipality', 'displayName', 'username', 'password'],
  });
  const setup = useMutation({ mutationFn: (input: Input<'session.setup'>) => call('session.setup', input) });
  const e = formState.errors;
  const err = errorText(e, t);

  const onSubmit = handleSubmit(async ({ passwordRepeat, ...values }) => {
    setErrorCode(null);
    const input = validateWith(sessionApi['session.setup'].input, values, setError);
    if (passwordRepeat !== values.password)
      setError('passwordRepeat', { message: 'validation.passwordMismatch' });
    if (!input || passwordRepeat !== values.password) return;
    try {
      const { recoveryCode } = await setup.mutateAsync(input);
      onCreated(recoveryCode);
      await queryClient.invalidateQueries({ queryKey: STATUS_KEY });
    } catch (error) {
      setErrorCode(showApiError(error, setError));
    }
  });

  return (
    <main className="narrow-page" id="main">
      <Heading level={1} data-size="lg">
        {t('setup.title')}
      </Heading>
      <section className="boxed form-stack" aria-labelledby="setup-restore-heading">
        <Heading level={2} data-size="xs" id="setup-restore-heading">
          {t('backup.setupChoice.heading')}
        </Heading>
        <Paragraph>{t('backup.setupChoice.text')}</Paragraph>
        <div>
          <Button asChild variant="secondary">
            <a href={restoreHref()}>{t('backup.setupChoice.restore')}</a>
          </Button>
        </div>
      </section>
      <Heading level={2} data-size="sm">
        {t('backup.setupChoice.newHeading')}
      </Heading>
      <Paragraph>{t('setup.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <Textfield
          label={t('setup.municipality')}
          error={err('municipality')}
          {...register('municipality')}
        />
        <Textfield
          label={t('setup.displayName')}
          autoComplete="name"
          error={err('displayName')}
          {...register('displayName')}
        />
        <Textfield
          label={t('setup.username')}
          description={t('setup.usernameHelp')}
          autoComplete="username"
          error={err('username')}
          {...register('username')}
        />
        <Textfield
          label={t('setup.password')}
          description={t('setup.passwordHelp')}
          type="password"
          autoComplete="new-password"
          error={err('password')}
          {...register('password')}
        />
        <PasswordStrengthHint
          password={password}
          owner={{ municipality, displayName, username }}
          fieldError={e.password?.message}
        />
        <Textfield
          label={t('setup.passwordRepeat')}
          type="password"
          autoComplete="new-password"
          error={err('passwordRepeat')}
          {...register('passwordRepeat')}
        />
        <ErrorAlert code={errorCode} />
        <div>
          <Button type="submit" loading={setup.isPending}>
            {t('setup.submit')}
          </Button>
        </div>
      </form>
    </main>
  );
}
