import { Button, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { backupApi, type BackupInspection } from '@shared/api/backup';

import { call, fileChoosers } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText, showApiError, validateWith } from '../../components/formErrors';

interface Props {
  initialFile: string;
  onInspected: (file: string, inspection: BackupInspection) => void;
  /** The path was changed after reading: what was read no longer applies. */
  onEdited: () => void;
}

/** Step 1: the backup file's full path (or the open dialog in the desktop app), then its manifest. */
export function ChooseBackupStep({ initialFile, onInspected, onEdited }: Props) {
  const { t } = useTranslation();
  const browse = fileChoosers().backupFile;
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const { register, handleSubmit, setError, setValue, formState } = useForm({
    defaultValues: { file: initialFile },
  });
  const inspect = useMutation({
    mutationFn: (file: string) => call('backup.inspect', { file }),
  });
  const err = errorText(formState.errors, t);

  const read = handleSubmit(async (values) => {
    setErrorCode(null);
    const input = validateWith(backupApi['backup.inspect'].input, values, setError);
    if (!input) return;
    try {
      onInspected(input.file, await inspect.mutateAsync(input.file));
    } catch (error) {
      setErrorCode(showApiError(error, setError));
    }
  });

  const pickFile = async () => {
    const file = await browse?.();
    if (!file) return;
    setValue('file', file);
    onEdited();
    await read();
  };

  return (
    <form onSubmit={read} noValidate className="form-stack">
      <Textfield
        label={t('backup.restore.file')}
        description={t('backup.restore.fileHelp')}
        autoComplete="off"
        spellCheck={false}
        error={err('file')}
        {...register('file', { onChange: onEdited })}
      />
      <ErrorAlert code={errorCode} />
      <div className="button-row">
        {browse && (
          <Button type="button" variant="secondary" onClick={() => void pickFile()}>
            {t('backup.restore.browse')}
          </Button>
        )}
        <Button type="submit" variant={browse ? 'secondary' : 'primary'} loading={inspect.isPending}>
          {t('backup.restore.read')}
        </Button>
      </div>
    </form>
  );
}
