import { Button } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { appealFilters, deadlineFilters, type CaseList } from '@shared/api/cases';
import { caseStatuses, decisionOutcomes, rights } from '@shared/domain/case';

import { formatCount } from '../../components/numbers';
import { SelectField } from '../../components/SelectField';
import { DateFilterField, SearchField } from './filterFields';
import {
  defaultView,
  isFiltered,
  moreFiltersInUse,
  withFilter,
  type CaseListView,
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
  // Stable, so the filters a keystroke in the search does not change are not drawn again.
  const set: SetFilter = useCallback((change) => onChange((v) => withFilter(v, change)), [onChange]);
  const inUse = moreFiltersInUse(view);
  // Opened by an address that uses them, on arrival or later (a link, Back), so a filter in force
  // is never out of sight; closed only by the user.
  const [open, setOpen] = useState(inUse > 0);
  const [wasInUse, setWasInUse] = useState(inUse > 0);
  if (inUse > 0 !== wasInUse) {
    setWasInUse(inUse > 0);
    if (inUse > 0) setOpen(true);
  }

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
        <StatusField status={view.status} statusCounts={statusCounts} set={set} />
        <ChoiceFilter
          className="filter-right"
          name="right"
          choices={rights}
          label={t('cases.filterRight')}
          all={t('cases.rightAll')}
          textKey="enums.right"
          t={t}
          value={view.right}
          set={set}
        />
        <ChoiceFilter
          className="filter-deadline"
          name="deadline"
          choices={deadlineFilters}
          label={t('cases.filterDeadline')}
          all={t('cases.deadlineAll')}
          textKey="cases.deadlineFilter"
          t={t}
          value={view.deadline}
          set={set}
        />
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

const StatusField = memo(function StatusField({
  status,
  statusCounts,
  set,
}: Pick<Props, 'statusCounts'> & { status: StatusFilter; set: SetFilter }) {
  const { t, i18n } = useTranslation();
  const format = formatCount(i18n.language);
  const count = (n: number | undefined) => (n === undefined ? '' : ` (${format(n)})`);
  const counts = statusCounts ?? null;
  const all = counts ? caseStatuses.reduce((sum, s) => sum + counts[s], 0) : undefined;
  const open = counts ? (all ?? 0) - counts.closed : undefined;
  return (
    <SelectField
      className="filter-status"
      label={t('cases.filterStatus')}
      value={status}
      onChange={(e) => set({ status: e.target.value as StatusFilter })}
    >
      <option value="open">{t('cases.statusOpen') + count(open)}</option>
      <option value="all">{t('cases.statusAll') + count(all)}</option>
      {caseStatuses.map((s) => (
        <option key={s} value={s}>
          {t(`enums.caseStatus.${s}`) + count(counts?.[s])}
        </option>
      ))}
    </SelectField>
  );
});

/** The decision in force (which right, which outcome), the appeal's stage and the received period. */
function MoreFilters({ view, set }: { view: CaseListView; set: SetFilter }) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceFilter
        name="outcomeRight"
        choices={rights}
        label={t('cases.filterOutcomeRight')}
        all={t('cases.outcomeRightAll')}
        textKey="enums.right"
        t={t}
        value={view.outcomeRight}
        set={set}
      />
      <ChoiceFilter
        name="outcome"
        choices={decisionOutcomes}
        label={t('cases.filterOutcome')}
        all={t('cases.outcomeAll')}
        textKey="enums.decisionOutcome"
        t={t}
        value={view.outcome}
        set={set}
      />
      <ChoiceFilter
        name="appeal"
        choices={appealFilters}
        label={t('cases.filterAppeal')}
        all={t('cases.appealAll')}
        textKey="cases.appealFilter"
        t={t}
        value={view.appeal}
        set={set}
      />
      <DateFilterField
        label={t('cases.receivedFrom')}
        value={view.receivedFrom}
        onCommit={(receivedFrom) => set({ receivedFrom })}
      />
      <DateFilterField
        label={t('cases.receivedTo')}
        value={view.receivedTo}
        onCommit={(receivedTo) => set({ receivedTo })}
      />
    </>
  );
}

/** The filters that are one choice of a list, or none ("all"). */
type ChoiceName = 'right' | 'deadline' | 'outcomeRight' | 'outcome' | 'appeal';

function ChoiceFilterField<N extends ChoiceName>({
  name,
  choices,
  label,
  all,
  textKey,
  t,
  value,
  set,
  className,
}: {
  name: N;
  choices: readonly NonNullable<CaseListView[N]>[];
  label: string;
  all: string;
  /** Where the choices' texts are: `${textKey}.${choice}`. */
  textKey: string;
  t: TFunction;
  value: CaseListView[N];
  set: SetFilter;
  className?: string;
}) {
  return (
    <SelectField
      className={className}
      label={label}
      value={value ?? ''}
      // The options are `choices` and "": the value read back is one of them.
      onChange={(e) => set({ [name]: e.target.value || null } as Partial<CaseListView>)}
    >
      <option value="">{all}</option>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {t(`${textKey}.${choice}`)}
        </option>
      ))}
    </SelectField>
  );
}

/** Plain values for props, so a keystroke in the search does not draw the choice again. */
const ChoiceFilter = memo(ChoiceFilterField) as typeof ChoiceFilterField;
