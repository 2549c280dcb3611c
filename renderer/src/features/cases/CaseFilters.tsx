import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appealFilters, deadlineFilters, type CaseList } from '../../../../shared/api/cases';
import {
  caseStatuses,
  decisionOutcomes,
  rights,
  type DecisionOutcome,
  type Right,
} from '../../../../shared/domain/case';
import { SelectField } from '../../components/SelectField';
import { DateFilterField, SearchField } from './filterFields';
import {
  defaultView,
  isFiltered,
  moreFiltersInUse,
  withFilter,
  type AppealFilter,
  type CaseListView,
  type DeadlineFilter,
  type StatusFilter,
} from './listQuery';

interface Props {
  view: CaseListView;
  /** Matching cases per status (before the status filter), shown in the status options. */
  statusCounts: CaseList['statusCounts'] | undefined;
  onChange: (change: (view: CaseListView) => CaseListView) => void;
}

type SetFilter = (change: Partial<Omit<CaseListView, 'page'>>) => void;

/**
 * One compact row of the filters used every day; the rest (decision, appeal, received period) fold
 * away behind «Flere filtre», which says how many of them are in use, so the list starts high.
 */
export function CaseFilters({ view, statusCounts, onChange }: Props) {
  const { t } = useTranslation();
  const set: SetFilter = (change) => onChange((v) => withFilter(v, change));
  const inUse = moreFiltersInUse(view);
  // Opened from an address that uses them, so a filter in force is never out of sight.
  const [open, setOpen] = useState(inUse > 0);

  return (
    <div className="case-filters no-print" role="search" aria-label={t('cases.filters')} data-size="sm">
      <div className="case-filter-bar">
        <SearchField
          label={t('cases.search')}
          placeholder={t('cases.searchPlaceholder')}
          value={view.q}
          onChange={(q) => set({ q })}
          className="case-search"
        />
        <StatusField view={view} statusCounts={statusCounts} set={set} />
        <SelectField
          className="filter-right"
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
          className="filter-deadline"
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
        <Button
          variant="secondary"
          aria-expanded={open}
          aria-controls="case-more-filters"
          onClick={() => setOpen(!open)}
        >
          {inUse > 0 ? t('cases.moreFiltersInUse', { n: inUse }) : t('cases.moreFilters')}
        </Button>
        {isFiltered(view) && (
          <Button
            variant="tertiary"
            onClick={() => onChange((v) => ({ ...defaultView, sort: v.sort, desc: v.desc }))}
          >
            {t('cases.resetFilters')}
          </Button>
        )}
      </div>
      <div id="case-more-filters" className="case-filter-bar" hidden={!open}>
        {open && <MoreFilters view={view} set={set} />}
      </div>
    </div>
  );
}

function StatusField({ view, statusCounts, set }: Pick<Props, 'view' | 'statusCounts'> & { set: SetFilter }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO');
  const count = (n: number | undefined) => (n === undefined ? '' : ` (${number.format(n)})`);
  const counts = statusCounts ?? null;
  const all = counts ? caseStatuses.reduce((sum, s) => sum + counts[s], 0) : undefined;
  const open = counts ? (all ?? 0) - counts.closed : undefined;
  return (
    <SelectField
      className="filter-status"
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
  );
}

/** The decision in force (which right, which outcome), the appeal's stage and the received period. */
function MoreFilters({ view, set }: { view: CaseListView; set: SetFilter }) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('cases.filterOutcomeRight')}
        value={view.outcomeRight ?? ''}
        onChange={(e) => set({ outcomeRight: (e.target.value || null) as Right | null })}
      >
        <option value="">{t('cases.outcomeRightAll')}</option>
        {rights.map((r) => (
          <option key={r} value={r}>
            {t(`cases.rights.${r}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('cases.filterOutcome')}
        value={view.outcome ?? ''}
        onChange={(e) => set({ outcome: (e.target.value || null) as DecisionOutcome | null })}
      >
        <option value="">{t('cases.outcomeAll')}</option>
        {decisionOutcomes.map((o) => (
          <option key={o} value={o}>
            {t(`cases.outcomes.${o}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('cases.filterAppeal')}
        value={view.appeal ?? ''}
        onChange={(e) => set({ appeal: (e.target.value || null) as AppealFilter | null })}
      >
        <option value="">{t('cases.appealAll')}</option>
        {appealFilters.map((a) => (
          <option key={a} value={a}>
            {t(`cases.appealFilter.${a}`)}
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
    </>
  );
}
