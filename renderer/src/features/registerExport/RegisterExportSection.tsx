import { Alert, Button, Heading, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import {
  registerExportApi,
  registerExportSheets,
  type RegisterExportResult,
} from '@shared/api/registerExport';

import { ApiError, fileChoosers } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText, showApiError, validateWith } from '../../components/formErrors';
import { useLoadRegisterExport, useRegisterExportStatus, useWriteRegisterExport } from './queries';
import './registerExport.css';

const MEGABYTE = 1024 * 1024;

/**
 * Innstillinger → Eksport (administrators): the whole register written as a workbook and a zip of
 * CSV files into a folder the administrator chooses, and an export read back into an empty
 * register. The folder comes from the desktop app's folder dialog or is typed (in the browser
 * host, where there is none); the file to load is typed in both.
 */
export function RegisterExportSection() {
  const { t } = useTranslation();
  return (
    <div className="form-stack">
      <section aria-labelledby="register-export-heading" className="form-stack narrow">
        <Heading level={3} data-size="sm" id="register-export-heading">
          {t('registerExport.section.heading')}
        </Heading>
        <Paragraph>{t('registerExport.section.intro')}</Paragraph>
        <Alert data-color="warning">
          <Paragraph>{t('registerExport.section.confidential')}</Paragraph>
        </Alert>
        <ExportForm />
      </section>
      <section aria-labelledby="register-load-heading" className="form-stack narrow">
        <Heading level={3} data-size="sm" id="register-load-heading">
          {t('registerExport.load.heading')}
        </Heading>
        <Paragraph>{t('registerExport.load.intro')}</Paragraph>
        <LoadPart />
      </section>
    </div>
  );
}

/**
 * Rows per sheet, in the workbook's order, named as the sheets are: only the sheets with rows
 * (most of a register's 26 are empty at first), then the total.
 */
function Counts({ counts, headingKey }: { counts: Record<string, number>; headingKey: string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO');
  const headingId = useId();
  const filled = registerExportSheets.filter((sheet) => (counts[sheet] ?? 0) > 0);
  const total = filled.reduce((sum, sheet) => sum + counts[sheet]!, 0);
  return (
    <>
      <Paragraph id={headingId}>{t(headingKey)}</Paragraph>
      <dl className="register-export-counts" aria-labelledby={headingId}>
        {filled.map((sheet) => (
          <div key={sheet}>
            <dt>{t(`registerExport.sheets.${sheet}.name`)}</dt>
            <dd>{number.format(counts[sheet]!)}</dd>
          </div>
        ))}
        <div className="register-export-total">
          <dt>{t('registerExport.countsTotal')}</dt>
          <dd>{number.format(total)}</dd>
        </div>
      </dl>
    </>
  );
}

function ExportForm() {
  const { t, i18n } = useTranslation();
  const write = useWriteRegisterExport();
  const chooseFolder = fileChoosers().folder;
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [done, setDone] = useState<{ folder: string; result: RegisterExportResult } | null>(null);
  const { register, handleSubmit, setError, setValue, formState } = useForm({
    defaultValues: { folder: '' },
  });
  const err = errorText(formState.errors, t);
  const size = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    setDone(null);
    const input = validateWith(registerExportApi['registerExport.write'].input, values, setError);
    if (!input) return;
    try {
      setDone({ folder: input.folder, result: await write.mutateAsync(input) });
    } catch (error) {
      setErrorCode(showApiError(error, setError));
    }
  });

  const pickFolder = async () => {
    const folder = await chooseFolder?.();
    if (folder) setValue('folder', folder, { shouldDirty: true });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <Textfield
        label={t('registerExport.section.folder')}
        description={t('registerExport.section.folderHelp')}
        autoComplete="off"
        spellCheck={false}
        error={err('folder')}
        {...register('folder')}
      />
      {chooseFolder && (
        <div>
          <Button type="button" variant="secondary" onClick={() => void pickFolder()}>
            {t('registerExport.section.chooseFolder')}
          </Button>
        </div>
      )}
      <ErrorAlert code={errorCode} />
      <div>
        <Button type="submit" loading={write.isPending}>
          {t('registerExport.section.button')}
        </Button>
      </div>
      {done && (
        <Alert data-color="success" role="status">
          <Paragraph>{t('registerExport.section.done')}</Paragraph>
          <Paragraph>
            <code>{done.folder}</code>
          </Paragraph>
          <ul>
            {done.result.files.map((file) => (
              <li key={file.fileName}>
                {t('registerExport.section.file', {
                  name: file.fileName,
                  size: size.format(Math.max(file.bytes / MEGABYTE, 0.1)),
                })}
              </li>
            ))}
          </ul>
          <Counts counts={done.result.counts} headingKey="registerExport.section.counts" />
        </Alert>
      )}
    </form>
  );
}

/**
 * Loading is for an empty register only: while the register has anything in it, the part says so
 * and offers no form (a disabled one would be read out and tabbed past for nothing).
 */
function LoadPart() {
  const { t } = useTranslation();
  const status = useRegisterExportStatus();
  const load = useLoadRegisterExport();
  const [loaded, setLoaded] = useState<Record<string, number> | null>(null);

  if (loaded)
    return (
      <Alert data-color="success" role="status">
        <Paragraph>{t('registerExport.load.done')}</Paragraph>
        <Counts counts={loaded} headingKey="registerExport.load.counts" />
      </Alert>
    );
  if (status.error) return <ErrorAlert error={status.error} />;
  if (!status.data) return <Spinner aria-label={t('app.loading')} data-size="sm" />;
  // A load started here keeps its form until core answers: by then the register is not empty.
  if (!status.data.empty && load.isIdle)
    return (
      <Alert data-color="info" data-testid="register-not-empty">
        <Paragraph>{t('registerExport.load.notEmptyNow')}</Paragraph>
        <Paragraph>{t('registerExport.load.onlyEmpty')}</Paragraph>
      </Alert>
    );
  return <LoadForm load={load} onLoaded={setLoaded} />;
}

function LoadForm({
  load,
  onLoaded,
}: {
  load: ReturnType<typeof useLoadRegisterExport>;
  onLoaded: (counts: Record<string, number>) => void;
}) {
  const { t } = useTranslation();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm({ defaultValues: { path: '' } });
  const err = errorText(formState.errors, t);

  const onSubmit = handleSubmit((values) => {
    setErrorCode(null);
    setReason(null);
    const input = validateWith(registerExportApi['registerExport.load'].input, values, setError);
    if (input) setAsking(input.path);
  });

  const confirm = async (path: string) => {
    try {
      onLoaded((await load.mutateAsync({ path })).counts);
    } catch (error) {
      setErrorCode(showApiError(error, setError));
      // Core names the sheet and row of what is wrong in its message (bokmål, like the file).
      if (error instanceof ApiError && error.fields.path === 'registerExport.load.invalid')
        setReason(error.message);
    } finally {
      setAsking(null);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <Paragraph>{t('registerExport.load.onlyEmpty')}</Paragraph>
      <Textfield
        label={t('registerExport.load.path')}
        description={t('registerExport.load.pathHelp')}
        autoComplete="off"
        spellCheck={false}
        error={err('path')}
        {...register('path')}
      />
      <ErrorAlert code={errorCode} />
      {reason && (
        <Alert data-color="danger" data-testid="register-load-reason">
          <Paragraph>{t('registerExport.load.reasonHeading')}</Paragraph>
          <Paragraph>{reason}</Paragraph>
        </Alert>
      )}
      {asking === null ? (
        <div>
          <Button type="submit" variant="secondary">
            {t('registerExport.load.button')}
          </Button>
        </div>
      ) : (
        <ConfirmLoad
          pending={load.isPending}
          onConfirm={() => void confirm(asking)}
          onCancel={() => setAsking(null)}
        />
      )}
    </form>
  );
}

/** Asks once before the file is read in. Focus starts on "Avbryt", so a habitual Enter loads nothing. */
function ConfirmLoad({
  pending,
  onConfirm,
  onCancel,
}: {
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <Alert data-color="warning" role="alertdialog" aria-labelledby={questionId} className="remove-confirm">
      <Paragraph id={questionId}>{t('registerExport.load.question')}</Paragraph>
      <Paragraph>{t('registerExport.load.questionDetail')}</Paragraph>
      <div className="button-row">
        <Button type="button" loading={pending} onClick={onConfirm}>
          {t('registerExport.load.confirm')}
        </Button>
        <Button type="button" variant="secondary" ref={cancelRef} onClick={onCancel} disabled={pending}>
          {t('registerExport.load.cancel')}
        </Button>
      </div>
    </Alert>
  );
}
