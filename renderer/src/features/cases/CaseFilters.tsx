import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { deadlineFilters, type CaseList } from '../../../../shared/api/cases';
import { caseStatuses, rights, type Right } from '../../../../shared/domain/case';
import { DateFilterField, SearchField } from './filterFields';
import {
  defaultView,
  withFilter,
  type CaseListView,
  type DeadlineFilter,
  type StatusFilter,
} from './listQuery';
import { SelectField } from '../../components/SelectField';

interface Props {
  view: CaseListView;
  /** Matching cases per status (before the status filter), shown in the status options. */
  statusCounts: CaseList['statusCounts'] | undefined;
  onChange: (change: (view: CaseListView) => CaseListView) => void;
}

export function CaseFilters({ view, statusCounts, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO');
  const set = (change: Partial<Omit<CaseListView, 'page'>>) => onChange((v) => withFilter(v, change));
  const count = (n: number | undefined) => (n === undefined ? '' : ` (${number.format(n)})`);
  const counts = statusCounts ?? null;
  const all = counts ? caseStatuses.reduce((sum, s) => sum + counts[s], 0) : undefined;
  const open = counts ? (all ?? 0) - counts.closed : undefined;
  const filtered =
    view.q.trim() !== '' ||
    view.status !== defaultView.status ||
    view.right !== null ||
    view.deadline !== null ||
    view.receivedFrom !== null ||
    view.receivedTo !== null;

  return (
    <div className="filter-row case-filters no-print" role="search" aria-label={t('cases.filters')}>
      <SearchField
        label={t('cases.search')}
        description={t('cases.searchHelp')}
        value={view.q}
        onChange={(q) => set({ q })}
        className="case-search"
      />
      <SelectField
        label={t('cases.filterStatus')}
        value={view.status}
        onChange={(e) => set({ status: e.target.value as StatusFilter })}
      >
        <option value="open">{t('cases.statusOpen') + count(open)}</option>
        <option value="all">{t('cases.statusAll') + count(all)}</option>
        {caseStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`cases.status.${s}`) + count(counts?.[s])}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('cases.filterRight')}
        value={view.right ?? ''}
        onChange={(e) => set({ right: (e.target.value || null) as Right | null })}
      >
        <option value="">{t('cases.rightAll')}</option>
        {rights.map((r) => (
          <option key={r} value={r}>
            {t(`cases.rights.${r}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('cases.filterDeadline')}
        value={view.deadline ?? ''}
        onChange={(e) => set({ deadline: (e.target.value || null) as DeadlineFilter | null })}
      >
        <option value="">{t('cases.deadlineAll')}</option>
        {deadlineFilters.map((d) => (
          <option key={d} value={d}>
            {t(`cases.deadlineFilter.${d}`)}
          </option>
        ))}
      </SelectField>
      <DateFilterField
        label={t('cases.receivedFrom')}
        value={view.receivedFrom}
        onCommit={(receivedFrom) => set({ receivedFrom })}
        className="date-field"
      />
      <DateFilterField
        label={t('cases.receivedTo')}
        value={view.receivedTo}
        onCommit={(receivedTo) => set({ receivedTo })}
        className="date-field"
      />
      {filtered && (
        <Button
          variant="tertiary"
          onClick={() => onChange((v) => ({ ...defaultView, sort: v.sort, desc: v.desc }))}
        >
          {t('cases.resetFilters')}
        </Button>
      )}
    </div>
  );
}
