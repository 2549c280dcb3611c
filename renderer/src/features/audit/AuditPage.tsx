import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Select,
  Spinner,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/formErrors';
import type { AuditQuery } from '../../../../shared/api/audit';
import { parseNorwegianDate } from '../../../../shared/domain/dates';
import { call } from '../../api/client';
import { formatDateTime } from '../../components/dates';
import { DateField } from '../../components/fields';
import { ErrorAlert } from '../../components/ErrorAlert';

const PAGE = 100;

// What the log records, as written by core (electron/core); the labels are in the translations.
const ACTIONS = [
  'setup',
  'login',
  'login_failed',
  'logout',
  'lock',
  'idle_lock',
  'read',
  'create',
  'update',
  'deactivate',
  'password_change',
  'password_reset',
  'password_reset_recovery',
  'user_locked',
  'unlock',
  'recovery_confirmed',
  'backup',
  'restore',
  'key_change_unrecorded',
  'audit_cut_found',
  'close',
  'list',
  'print',
];
const ENTITIES = ['session', 'user', 'settings', 'serviceUnit', 'coordinator', 'audit', 'demo'];

interface Values {
  from: string;
  to: string;
  username: string;
  action: string;
  entity: string;
}

export function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditQuery>({});
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    defaultValues: { from: '', to: '', username: '' },
  });
  const log = useInfiniteQuery({
    queryKey: ['audit.list', filter],
    queryFn: ({ pageParam }) => call('audit.list', { ...filter, limit: PAGE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const shown = pages.reduce((n, p) => n + p.rows.length, 0);
      return shown < last.total ? shown : undefined;
    },
  });
  const verify = useMutation({ mutationFn: () => call('audit.verify', {}) });

  const onSubmit = handleSubmit((values) => {
    const from = values.from.trim() ? parseNorwegianDate(values.from) : undefined;
    const to = values.to.trim() ? parseNorwegianDate(values.to) : undefined;
    if (from === null) setError('from', { message: 'validation.dateInvalid' });
    if (to === null) setError('to', { message: 'validation.dateInvalid' });
    if (from === null || to === null) return;
    setFilter({
      from,
      to,
      username: values.username.trim() || undefined,
      action: values.action || undefined,
      entity: values.entity || undefined,
    });
  });
  const rows = log.data?.pages.flatMap((p) => p.rows) ?? [];
  const total = log.data?.pages[0]?.total ?? 0;
  const e = formState.errors;
  const err = errorText(e, t);

  return (
    <section className="page">
      <Heading level={1} data-size="lg">
        {t('audit.title')}
      </Heading>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <div className="button-row">
        <Button variant="secondary" onClick={() => verify.mutate()} loading={verify.isPending}>
          {t('audit.verify')}
        </Button>
      </div>
      {verify.data && (
        <Alert data-color={verify.data.ok ? 'success' : 'danger'} role="status">
          {verify.data.ok && t('audit.verifyOk', { count: verify.data.checked })}
          {verify.data.firstBrokenId !== null && t('audit.verifyBroken', { id: verify.data.firstBrokenId })}
          {verify.data.anchor && (
            <>
              {verify.data.firstBrokenId !== null && ' '}
              {t(`audit.anchor_${verify.data.anchor.kind}`, {
                count: verify.data.anchor.missing,
                since: formatDateTime(verify.data.anchor.since),
              })}
            </>
          )}
        </Alert>
      )}
      <ErrorAlert error={verify.error ?? log.error} />
      <form onSubmit={onSubmit} noValidate className="filter-row" role="search">
        <DateField label={t('audit.from')} error={err('from')} registration={register('from')} />
        <DateField label={t('audit.to')} error={err('to')} registration={register('to')} />
        <Textfield label={t('audit.user')} {...register('username')} />
        <div className="field">
          <label htmlFor="audit-action">{t('audit.action')}</label>
          <Select id="audit-action" {...register('action')}>
            <option value="">{t('audit.all')}</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`audit.actions.${a}`)}
              </option>
            ))}
          </Select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity">{t('audit.entity')}</label>
          <Select id="audit-entity" {...register('entity')}>
            <option value="">{t('audit.all')}</option>
            {ENTITIES.map((e) => (
              <option key={e} value={e}>
                {t(`audit.entities.${e}`)}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit">{t('audit.filter')}</Button>
      </form>
      {log.isPending ? (
        <Spinner aria-label={t('app.loading')} />
      ) : rows.length === 0 ? (
        <Paragraph>{t('audit.empty')}</Paragraph>
      ) : (
        <>
          <p role="status" className="count-line">
            {t('audit.count', { shown: rows.length, total })}
          </p>
          <Table zebra data-size="sm">
            <caption className="visually-hidden">{t('audit.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('audit.at')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.user')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.action')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.entity')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.entityId')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.fields')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.id}>
                  <Table.Cell>{formatDateTime(row.at)}</Table.Cell>
                  <Table.Cell>{row.username}</Table.Cell>
                  <Table.Cell>{t(`audit.actions.${row.action}`, { defaultValue: row.action })}</Table.Cell>
                  <Table.Cell>{t(`audit.entities.${row.entity}`, { defaultValue: row.entity })}</Table.Cell>
                  <Table.Cell>{row.entityId ?? ''}</Table.Cell>
                  <Table.Cell>
                    {row.fields.map((f) => t(`audit.fieldNames.${f}`, { defaultValue: f })).join(', ')}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {log.hasNextPage && (
            <Button
              variant="secondary"
              onClick={() => void log.fetchNextPage()}
              loading={log.isFetchingNextPage}
            >
              {t('audit.more')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
