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
import { errorText, showApiError, validateWith } from '../../components/formErrors';

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
