import {
  Alert,
  Button,
  Checkbox,
  Heading,
  Paragraph,
  Spinner,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { ExpiredCase, RetentionAction, RetentionResult } from '@shared/api/retention';

import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExpiredCasesTable } from './ExpiredCasesTable';
import { useApplyRetention, useExpiredCases } from './queries';

type Problems = Partial<Record<'chosen' | 'confirmCount' | 'confirmWithoutArchiveCopy', string>>;

/** Keys core may put beside a field; anything else is said in the general message. */
const FIELD_KEYS = new Set(['confirmCount', 'confirmWithoutArchiveCopy']);

/**
 * The closed cases past their time, and the one confirmed step: choose some or all, type their
 * number, confirm the cases without an archive copy, and they are anonymised (or deleted, as the
 * setting says). A wrong number sends nothing.
 */
export function ExpiredCases() {
  const { t } = useTranslation();
  const expired = useExpiredCases();
  const apply = useApplyRetention();
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [typed, setTyped] = useState('');
  const [withoutCopy, setWithoutCopy] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [done, setDone] = useState<RetentionResult | null>(null);

  if (expired.isPending) return <Spinner aria-label={t('app.loading')} />;
  if (!expired.data) return <ErrorAlert error={expired.error} />;
  const { cases, settings } = expired.data;
  const action: RetentionAction = settings.action;
  const picked: ExpiredCase[] = cases.filter((c) => chosen.has(c.caseId));
  const withoutCopyCount = picked.filter((c) => c.archiveCopyAt === null).length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setErrorCode(null);
    const found: Problems = {};
    if (picked.length === 0) found.chosen = t('retention.validation.noneChosen');
    else if (typed.trim() !== String(picked.length))
      found.confirmCount = t('retention.validation.countMismatch', { count: picked.length });
    if (picked.length > 0 && withoutCopyCount > 0 && !withoutCopy)
      found.confirmWithoutArchiveCopy = t('retention.validation.archiveCopyMissing');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await apply.mutateAsync({
        caseIds: picked.map((c) => c.caseId),
        action,
        confirmCount: Number(typed.trim()),
        confirmWithoutArchiveCopy: withoutCopyCount > 0 && withoutCopy,
      });
      setDone(result);
      setChosen(new Set());
      setTyped('');
      setWithoutCopy(false);
    } catch (error) {
      const fields = error instanceof ApiError ? Object.entries(error.fields) : [];
      const beside = fields.filter(([field]) => FIELD_KEYS.has(field));
      if (beside.length > 0) {
        setProblems(
          Object.fromEntries(beside.map(([field, key]) => [field, t(key, { count: picked.length })])),
        );
      } else {
        setErrorCode(error instanceof ApiError ? error.code : 'INTERNAL');
      }
    }
  };

  return (
    <section aria-labelledby="retention-expired" className="form-stack">
      <Heading level={3} data-size="sm" id="retention-expired">
        {t('retention.list.title')}
      </Heading>
      <Paragraph>{t('retention.list.intro', { years: settings.years })}</Paragraph>
      {done && (
        <Alert data-color="success" role="status">
          {t(`retention.done.${done.action}`, { count: done.cases })}
          {/* Done and logged; only the file's rebuild waits for the next opening. */}
          {done.cleanupPending && <Paragraph>{t('retention.done.cleanupPending')}</Paragraph>}
        </Alert>
      )}
      {cases.length === 0 ? (
        <Paragraph>{t('retention.list.empty')}</Paragraph>
      ) : (
        <form onSubmit={submit} noValidate className="form-stack">
          <ExpiredCasesTable cases={cases} chosen={chosen} onChange={setChosen} />
          {problems.chosen && (
            <Alert data-color="warning" role="alert">
              {problems.chosen}
            </Alert>
          )}
          <Paragraph>{t(`retention.effect.${action}`)}</Paragraph>
          <Paragraph>{t(`retention.reports.${action}`)}</Paragraph>
          <Paragraph>{t('retention.copies')}</Paragraph>
          <Paragraph>{t('retention.leftAlone')}</Paragraph>
          <Textfield
            label={t('retention.confirm.count', { count: picked.length })}
            description={t('retention.confirm.countHelp')}
            inputMode="numeric"
            autoComplete="off"
            className="number-field"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            error={problems.confirmCount}
          />
          {withoutCopyCount > 0 && (
            <Checkbox
              label={t(`retention.confirm.withoutCopy.${action}`, { count: withoutCopyCount })}
              checked={withoutCopy}
              onChange={(e) => setWithoutCopy(e.target.checked)}
              error={problems.confirmWithoutArchiveCopy}
            />
          )}
          <ErrorAlert code={errorCode} />
          <div>
            <Button type="submit" data-color="danger" loading={apply.isPending}>
              {t(`retention.confirm.submit.${action}`, { count: picked.length })}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
