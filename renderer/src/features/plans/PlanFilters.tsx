import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { PlanList } from '@shared/api/plans';
import { planStatuses } from '@shared/domain/plan';

import { SelectField } from '../../components/SelectField';
import { SearchField } from '../cases/filterFields';
import {
  defaultView,
  planWarningFilters,
  withFilter,
  type PlanListView,
  type PlanStatusFilter,
  type PlanWarningFilter,
} from './listQuery';

interface Props {
  view: PlanListView;
  /** Matching plans per status (before the status filter), shown in the status options. */
  statusCounts: PlanList['statusCounts'] | undefined;
  onChange: (change: (view: PlanListView) => PlanListView) => void;
}

export function PlanFilters({ view, statusCounts, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO');
  const set = (change: Partial<Omit<PlanListView, 'page'>>) => onChange((v) => withFilter(v, change));
  const count = (n: number | undefined) => (n === undefined ? '' : ` (${number.format(n)})`);
  const counts = statusCounts ?? null;
  const all = counts ? planStatuses.reduce((sum, s) => sum + counts[s], 0) : undefined;
  const running = counts ? (all ?? 0) - counts.closed - counts.notWanted : undefined;
  const filtered = view.q.trim() !== '' || view.status !== defaultView.status || view.warning !== null;

  return (
    <div className="filter-row no-print" role="search" aria-label={t('plans.filters')}>
      <SearchField
        label={t('plans.search')}
        description={t('plans.searchHelp')}
        value={view.q}
        onChange={(q) => set({ q })}
      />
      <SelectField
        label={t('plans.filterStatus')}
        value={view.status}
        onChange={(e) => set({ status: e.target.value as PlanStatusFilter })}
      >
        <option value="running">{t('plans.statusRunning') + count(running)}</option>
        <option value="all">{t('plans.statusAll') + count(all)}</option>
        {planStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`plan.status.${s}`) + count(counts?.[s])}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('plans.filterWarning')}
        value={view.warning ?? ''}
        onChange={(e) => set({ warning: (e.target.value || null) as PlanWarningFilter | null })}
      >
        <option value="">{t('plans.warningAll')}</option>
        {planWarningFilters.map((w) => (
          <option key={w} value={w}>
            {w === 'any' ? t('plans.warningAny') : t(`plans.warningFilter.${w}`)}
          </option>
        ))}
      </SelectField>
      {filtered && (
        <Button
          variant="tertiary"
          onClick={() => onChange((v) => ({ ...defaultView, sort: v.sort, desc: v.desc }))}
        >
          {t('plans.resetFilters')}
        </Button>
      )}
    </div>
  );
}
