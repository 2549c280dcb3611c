import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { backupSecret, type BackupManifest, type BackupSecret } from '@shared/api/backup';

import { ApiError, call } from '../../api/client';
import { formatDateTime } from '../../components/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ChoiceField } from '../../components/fields';
import { errorText } from '../../components/formErrors';

interface Values {
  kind: BackupSecret['kind'];
  recoveryCode: string;
  username: string;
  password: string;
}

export interface Restored {
  manifest: BackupManifest;
  movedAsideTo: string | null;
}

interface Props {
  file: string;
  /** A register (or what is left of one) is on this PC now, and will be moved aside. */
  replacesRegister: boolean;
  onRestored: (restored: Restored) => void;
  /** When the backup was taken: what was registered after it stays only in the register moved aside. */
  takenAt: string;
}

/** Step 2: the recovery code, or a user's password as it was when the backup was taken. */
export function ProveSecretStep({ file, replacesRegister, takenAt, onRestored }: Props) {
  const { t } = useTranslation();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const { register, handleSubmit, setError, setValue, control, formState } = useForm<Values>({
    defaultValues: { kind: 'recoveryCode', recoveryCode: '', username: '', password: '' },
  });
  const restore = useMutation({
    mutationFn: (secret: BackupSecret) => call('backup.restore', { file, secret }),
  });
  const kind = useWatch({ control, name: 'kind' });
  const err = errorText(formState.errors, t);

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    const secret: BackupSecret =
      values.kind === 'recoveryCode'
        ? { kind: 'recoveryCode', recoveryCode: values.recoveryCode }
        : { kind: 'password', username: values.username, password: values.password };
    const parsed = backupSecret.safeParse(secret);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        setError(issue.path.join('.') as FieldPath<Values>, { type: 'validate', message: issue.message });
      }
      return;
    }
    try {
      onRestored(await restore.mutateAsync(parsed.data));
    } catch (error) {
      setValue('password', '');
      if (error instanceof ApiError) {
        // Core names the secret's fields as the contract does: `secret.recoveryCode`.
        for (const [field, key] of Object.entries(error.fields)) {
          const name = field.replace(/^secret\./, '');
          if (name in values) setError(name as FieldPath<Values>, { type: 'server', message: key });
        }
      }
      setErrorCode(error instanceof ApiError ? error.code : 'INTERNAL');
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <Paragraph>{t('backup.restore.proveIntro')}</Paragraph>
      <ChoiceField
        legend={t('backup.restore.secretKind')}
        choices={[
          { value: 'recoveryCode', label: t('backup.restore.kindRecoveryCode') },
          {
            value: 'password',
            label: t('backup.restore.kindPassword'),
            description: t('backup.restore.kindPasswordHelp'),
          },
        ]}
        error={undefined}
        registration={register('kind')}
      />
      {kind === 'recoveryCode' ? (
        <Textfield
          label={t('backup.restore.recoveryCode')}
          autoComplete="off"
          spellCheck={false}
          error={err('recoveryCode')}
          {...register('recoveryCode')}
        />
      ) : (
        <>
          <Textfield
            label={t('backup.restore.username')}
            autoComplete="username"
            error={err('username')}
            {...register('username')}
          />
          <Textfield
            label={t('backup.restore.password')}
            type="password"
            autoComplete="current-password"
            error={err('password')}
            {...register('password')}
          />
        </>
      )}
      {replacesRegister && (
        <Alert data-color="warning" data-testid="moves-aside">
          {t('backup.restore.movesAside')}{' '}
          {t('backup.restore.laterOnlyAside', { time: formatDateTime(takenAt) })}
        </Alert>
      )}
      <ErrorAlert code={errorCode} />
      <div>
        <Button type="submit" loading={restore.isPending}>
          {t('backup.restore.submit')}
        </Button>
      </div>
    </form>
  );
}
