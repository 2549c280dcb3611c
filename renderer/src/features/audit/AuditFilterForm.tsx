import { Button, Select, Textfield } from '@digdir/designsystemet-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { AUDIT_ACTIONS } from '@shared/api/audit';
import { parseNorwegianDate } from '@shared/domain/dates';

import { formatDay } from '../../components/dates';
import { DateField } from '../../components/fields';
import { errorText } from '../../components/formErrors';
import { caseNumberOf, type LogFilter } from './auditFilters';

interface Values {
  caseNumber: string;
  username: string;
  action: string;
  from: string;
  to: string;
}

/** The filters but the person's (chosen apart, by search): case, user, action and period. */
export function AuditFilterForm({ filter, onApply }: { filter: LogFilter; onApply: (f: LogFilter) => void }) {
  const { t } = useTranslation();
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    values: {
      caseNumber: filter.caseNumber ?? '',
      username: filter.username ?? '',
      action: filter.action ?? '',
      from: filter.from ? formatDay(filter.from) : '',
      to: filter.to ? formatDay(filter.to) : '',
    },
  });
  // The translated actions, in the order of the words the user reads.
  const actions = AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`auditLog.actions.${a}`) })).sort((a, b) =>
    a.label.localeCompare(b.label, 'nb'),
  );
  const onSubmit = handleSubmit((v) => {
    const from = v.from.trim() ? parseNorwegianDate(v.from) : undefined;
    const to = v.to.trim() ? parseNorwegianDate(v.to) : undefined;
    const typed = v.caseNumber.trim();
    const caseNumber = caseNumberOf(typed);
    const badCase = typed !== '' && caseNumber === undefined;
    if (from === null) setError('from', { message: 'validation.dateInvalid' });
    if (to === null) setError('to', { message: 'validation.dateInvalid' });
    if (badCase) setError('caseNumber', { message: 'auditLog.filters.caseInvalid' });
    if (from === null || to === null || badCase) return;
    onApply({
      personId: filter.personId,
      // The case id of the address goes with the number it came with, not with a new one typed.
      caseId: caseNumber !== undefined && caseNumber === filter.caseNumber ? filter.caseId : undefined,
      caseNumber,
      username: v.username.trim() || undefined,
      action: (AUDIT_ACTIONS as readonly string[]).includes(v.action)
        ? (v.action as LogFilter['action'])
        : undefined,
      from,
      to,
    });
  });
  const err = errorText(formState.errors, t);
  return (
    <form onSubmit={onSubmit} noValidate className="filter-row" role="search">
      <Textfield
        label={t('auditLog.filters.case')}
        description={t('auditLog.filters.caseHelp')}
        error={err('caseNumber')}
        {...register('caseNumber')}
      />
      <Textfield label={t('auditLog.filters.user')} {...register('username')} />
      <div className="field">
        <label htmlFor="audit-action">{t('auditLog.filters.action')}</label>
        <Select id="audit-action" {...register('action')}>
          <option value="">{t('auditLog.filters.all')}</option>
          {actions.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </Select>
      </div>
      <DateField label={t('auditLog.filters.from')} error={err('from')} registration={register('from')} />
      <DateField label={t('auditLog.filters.to')} error={err('to')} registration={register('to')} />
      <Button type="submit">{t('auditLog.filters.submit')}</Button>
    </form>
  );
}
