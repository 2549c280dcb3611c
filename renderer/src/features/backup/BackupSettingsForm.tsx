import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { backupSettingsInput, type BackupSettings } from '@shared/api/backup';

import { fileChoosers } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showApiError } from '../../components/formErrors';
import { useUpdateBackupSettings } from './queries';

const numberFields = ['maxAgeDays', 'keepDaily', 'keepWeekly', 'keepMonthly'] as const;
type NumberField = (typeof numberFields)[number];
type Values = Record<NumberField | 'secondFolder', string>;

/** The range the contract allows for each number, so the help text and core agree. */
function bounds(field: NumberField) {
  const schema = backupSettingsInput.shape[field];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? 0 };
}

function toValues(settings: BackupSettings): Values {
  return {
    secondFolder: settings.secondFolder ?? '',
    maxAgeDays: String(settings.maxAgeDays),
    keepDaily: String(settings.keepDaily),
    keepWeekly: String(settings.keepWeekly),
    keepMonthly: String(settings.keepMonthly),
  };
}

/** The second place, when to warn, and how many backups to keep. */
export function BackupSettingsForm({ settings }: { settings: BackupSettings }) {
  const { t } = useTranslation();
  const update = useUpdateBackupSettings();
  const chooseFolder = fileChoosers().folder;
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, setError, setValue, reset, formState } = useForm<Values>({
    defaultValues: toValues(settings),
  });

  useEffect(() => reset(toValues(settings)), [settings, reset]);

  const err = (field: keyof Values): string | undefined => {
    const message = formState.errors[field]?.message;
    if (!message) return undefined;
    if (field === 'secondFolder') return t(message);
    // A number out of range, or no whole number at all, is told the range.
    return message.startsWith('validation.') && message !== 'validation.numberRange'
      ? t(message)
      : t('validation.numberRange', bounds(field));
  };

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    setSaved(false);
    const folder = values.secondFolder.trim();
    const numbers = Object.fromEntries(
      numberFields.map((k) => {
        const text = values[k].trim();
        return [k, /^\d+$/.test(text) ? Number(text) : NaN];
      }),
    );
    const parsed = backupSettingsInput.safeParse({ secondFolder: folder === '' ? null : folder, ...numbers });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        setError(issue.path[0] as keyof Values, { type: 'validate', message: issue.message });
      }
      return;
    }
    try {
      await update.mutateAsync(parsed.data);
      setSaved(true);
    } catch (error) {
      setErrorCode(showApiError(error, setError));
    }
  });

  const pickFolder = async () => {
    const folder = await chooseFolder?.();
    if (folder) setValue('secondFolder', folder, { shouldDirty: true });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack narrow">
      <Paragraph>{t('backup.settings.intro')}</Paragraph>
      <div className="backup-folder-field">
        <Textfield
          label={t('backup.settings.secondFolder')}
          description={t('backup.settings.secondFolderHelp')}
          autoComplete="off"
          spellCheck={false}
          error={err('secondFolder')}
          {...register('secondFolder')}
        />
        {chooseFolder && (
          <div>
            <Button type="button" variant="secondary" onClick={() => void pickFolder()}>
              {t('backup.settings.chooseFolder')}
            </Button>
          </div>
        )}
      </div>
      {numberFields.map((field) => (
        <Textfield
          key={field}
          label={t(`backup.settings.${field}`)}
          description={t('backup.settings.rangeHelp', bounds(field))}
          inputMode="numeric"
          autoComplete="off"
          className="number-field"
          error={err(field)}
          {...register(field)}
        />
      ))}
      <ErrorAlert code={errorCode} />
      {saved && (
        <Alert data-color="success" role="status">
          {t('backup.settings.saved')}
        </Alert>
      )}
      <div>
        <Button type="submit" loading={update.isPending}>
          {t('backup.settings.save')}
        </Button>
      </div>
    </form>
  );
}
