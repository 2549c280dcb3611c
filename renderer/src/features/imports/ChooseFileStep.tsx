import { Alert, Button, Heading, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { importsApi, type ImportFile } from '@shared/api/imports';

import { ApiError, call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useImportLabels } from './importLabels';
import { StepFrame, type StepProps } from './StepFrame';

interface Props extends StepProps {
  path: string;
  onPathChange: (path: string) => void;
  /** The file core is reading or has read, as last polled; null before "Les filen". */
  file: ImportFile | null;
  /** Asking how far the reading has come failed. */
  pollError: unknown;
  onOpened: (file: ImportFile) => void;
  onNext: () => void;
  /** The desktop app's open dialog for a workbook; absent where the path is typed. */
  browse?: () => Promise<string | null>;
}

/** Step 1: the file's path, read by core; the wizard follows the reading until it is done. */
export function ChooseFileStep({
  path,
  onPathChange,
  file,
  pollError,
  onOpened,
  onNext,
  browse,
  ...frame
}: Props) {
  const { t } = useTranslation();
  const label = useImportLabels();
  const [fieldError, setFieldError] = useState<string | null>(null);
  // Why core refused the file on opening it; shown beside the path until another is typed.
  const [refusal, setRefusal] = useState<string | null>(null);
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const open = useMutation({ mutationFn: (input: { path: string }) => call('imports.open', input) });

  const read = async (typed: string) => {
    if (open.isPending) return;
    setFieldError(null);
    setRefusal(null);
    setErrorCode(null);
    const parsed = importsApi['imports.open'].input.safeParse({ path: typed });
    if (!parsed.success) {
      setFieldError(t(parsed.error.issues[0]?.message ?? 'validation.required'));
      return;
    }
    try {
      onOpened(await open.mutateAsync(parsed.data));
    } catch (error) {
      // `file`: the file was read and refused; `path`: the path itself is not one to read.
      if (error instanceof ApiError && error.fields.file)
        setRefusal(label.message({ key: error.fields.file }));
      else if (error instanceof ApiError && error.fields.path)
        setFieldError(label.message({ key: error.fields.path }));
      setErrorCode(error instanceof ApiError ? error.code : 'INTERNAL');
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void read(path);
  };
  const pickFile = async () => {
    const chosen = await browse?.();
    if (!chosen) return;
    onPathChange(chosen);
    await read(chosen);
  };
  // A file read and refused is not one to read again: it is another file that is wanted.
  const next = () => {
    if (file?.state === 'ready') onNext();
    else if (file?.state === 'failed' || refusal) setFieldError(t('imports.file.refused'));
    else setFieldError(t('imports.file.readFirst'));
  };

  return (
    <StepFrame name="file" {...frame} hideBack onNext={next}>
      <Paragraph>{t('imports.file.intro')}</Paragraph>
      <Paragraph>{t('imports.file.limits', label.limits)}</Paragraph>
      <Paragraph>{t('imports.file.nothingWritten')}</Paragraph>
      <form onSubmit={submit} noValidate className="form-stack narrow">
        <Textfield
          label={t('imports.file.path')}
          description={t('imports.file.pathHelp')}
          autoComplete="off"
          spellCheck={false}
          value={path}
          error={[refusal, fieldError].filter(Boolean).join(' ') || undefined}
          onChange={(e) => {
            setFieldError(null);
            setRefusal(null);
            setErrorCode(null);
            onPathChange(e.target.value);
          }}
        />
        <ErrorAlert code={errorCode} />
        <div className="button-row">
          {browse && (
            <Button type="button" variant="secondary" onClick={() => void pickFile()}>
              {t('imports.file.browse')}
            </Button>
          )}
          <Button type="submit" variant="secondary" loading={open.isPending}>
            {t('imports.file.read')}
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="import-status">
        {file?.state === 'reading' && (
          <Paragraph className="import-progress">
            <Spinner aria-hidden="true" data-size="sm" />{' '}
            {file.progress.total > 0
              ? t('imports.file.reading', {
                  done: label.number(file.progress.done),
                  total: label.number(file.progress.total),
                })
              : t('imports.file.readingStarted')}
          </Paragraph>
        )}
        {file?.state === 'ready' && (
          <Paragraph data-testid="import-file-ready">
            {t('imports.file.ready', { fileName: file.fileName, count: file.sheets.length })}
          </Paragraph>
        )}
      </div>
      {file?.state === 'failed' && (
        <Alert data-color="danger" role="alert">
          <Heading level={3} data-size="xs">
            {t('imports.file.failedHeading', { fileName: file.fileName })}
          </Heading>
          <Paragraph>{file.error ? label.message(file.error) : t('errors.IMPORT_REFUSED')}</Paragraph>
        </Alert>
      )}
      <ErrorAlert error={pollError} />
      {file?.state === 'ready' && file.notices.length > 0 && (
        <Alert data-color="info">
          <Heading level={3} data-size="xs">
            {t('imports.file.notices')}
          </Heading>
          <ul className="import-notices">
            {file.notices.map((notice, i) => (
              <li key={i}>{label.message(notice)}</li>
            ))}
          </ul>
        </Alert>
      )}
    </StepFrame>
  );
}
