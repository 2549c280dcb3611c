import { Link } from '@digdir/designsystemet-react';
import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { createContext, use } from 'react';

import type { CaseListRow } from '@shared/api/cases';

import { formatDay } from '../../components/dates';
import {
  AppealStages,
  DecisionsShort,
  DueDate,
  dueState,
  PersonIdCell,
  RightsShort,
  StatusTag,
} from './caseCells';

export const caseTableFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature });
const helper = createColumnHelper<typeof caseTableFeatures, CaseListRow>();

/**
 * The case page's address for a row. Every answer to a keystroke changes it (the link carries the
 * way back to the list as it was searched), so it comes by context: only the links follow it,
 * while a row whose case is unchanged is not drawn again.
 */
export const CaseHrefContext = createContext<(row: CaseListRow) => string>(() => '#/saker');

function CaseNumberLink({ row }: { row: CaseListRow }) {
  const hrefFor = use(CaseHrefContext);
  return (
    <Link href={hrefFor(row)} className="nowrap">
      {row.caseNumber}
    </Link>
  );
}

const day = (value: string | null) => <span className="nowrap">{formatDay(value)}</span>;

/** The columns of Saker; `t` is the table's, so no cell looks up the translations on its own. */
export function caseColumns(t: TFunction, today: string, dueSoonDays: number) {
  return helper.columns([
    helper.accessor('caseNumber', {
      header: () => t('cases.col.caseNumber'),
      cell: (info) => <CaseNumberLink row={info.row.original} />,
    }),
    // One line per case: a name never wraps (the column takes the width it needs).
    helper.accessor('personName', {
      header: () => t('cases.col.personName'),
      cell: (info) => <span className="nowrap">{info.getValue()}</span>,
    }),
    helper.accessor('nationalId', {
      header: () => t('cases.col.nationalId'),
      enableSorting: false,
      cell: (info) => <PersonIdCell {...info.row.original} t={t} />,
    }),
    helper.accessor('receivedDate', {
      header: () => t('cases.col.receivedDate'),
      cell: (info) => day(info.getValue()),
    }),
    helper.accessor('rightsRequested', {
      id: 'rights',
      header: () => t('cases.col.rights'),
      enableSorting: false,
      cell: (info) => <RightsShort rights={info.getValue()} t={t} />,
    }),
    helper.accessor('decisions', {
      header: () => t('cases.col.decisions'),
      enableSorting: false,
      cell: (info) => <DecisionsShort decisions={info.getValue()} t={t} />,
    }),
    helper.accessor('status', {
      header: () => t('cases.col.status'),
      cell: (info) => <StatusTag status={info.getValue()} t={t} />,
    }),
    helper.accessor('appeals', {
      header: () => t('cases.col.appeals'),
      enableSorting: false,
      cell: (info) => <AppealStages stages={info.getValue()} t={t} />,
    }),
    helper.accessor('officeDeadline', {
      header: () => t('cases.col.officeDeadline'),
      cell: (info) => {
        const { officeDeadline, officeDeadlineKind } = info.row.original;
        if (!officeDeadline) return null;
        return (
          <DueDate
            date={officeDeadline}
            state={dueState(officeDeadline, today, dueSoonDays)}
            label={officeDeadlineKind ? t(`cases.deadlineKind.${officeDeadlineKind}`) : undefined}
            t={t}
          />
        );
      },
    }),
    helper.accessor('appealDeadline', {
      header: () => t('cases.col.appealDeadline'),
      enableSorting: false,
      cell: (info) => {
        const due = info.getValue();
        // A passed appeal deadline is history, not a task: only a running one is highlighted.
        return due ? (
          <DueDate date={due} state={due < today ? 'later' : dueState(due, today, dueSoonDays)} t={t} />
        ) : null;
      },
    }),
    helper.accessor('decidedDate', {
      header: () => t('cases.col.decidedDate'),
      enableSorting: false,
      cell: (info) => day(info.getValue()),
    }),
    helper.accessor('closedDate', {
      header: () => t('cases.col.closedDate'),
      enableSorting: false,
      cell: (info) => day(info.getValue()),
    }),
  ]);
}
