import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../../shared/api/index';
import { sessionApi } from '../../../../shared/api/session';
import { call } from '../../api/client';
import { STATUS_KEY } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showApiError, validateWith } from '../../components/formErrors';

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
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: { municipality: '', displayName: '', username: '', password: '', passwordRepeat: '' },
  });
  const setup = useMutation({ mutationFn: (input: Input<'session.setup'>) => call('session.setup', input) });
  const e = formState.errors;

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
      <Paragraph>{t('setup.intro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <Textfield
          label={t('setup.municipality')}
          error={e.municipality && t(e.municipality.message!)}
          {...register('municipality')}
        />
        <Textfield
          label={t('setup.displayName')}
          autoComplete="name"
          error={e.displayName && t(e.displayName.message!)}
          {...register('displayName')}
        />
        <Textfield
          label={t('setup.username')}
          description={t('setup.usernameHelp')}
          autoComplete="username"
          error={e.username && t(e.username.message!)}
          {...register('username')}
        />
        <Textfield
          label={t('setup.password')}
          description={t('setup.passwordHelp')}
          type="password"
          autoComplete="new-password"
          error={e.password && t(e.password.message!)}
          {...register('password')}
        />
        <Textfield
          label={t('setup.passwordRepeat')}
          type="password"
          autoComplete="new-password"
          error={e.passwordRepeat && t(e.passwordRepeat.message!)}
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
