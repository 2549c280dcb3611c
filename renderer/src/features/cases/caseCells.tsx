import { Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { CaseListRow } from '@shared/api/cases';
import { addDays } from '@shared/domain/calendar';
import type { CaseStatus, Right } from '@shared/domain/case';

import { formatDay } from '../../components/dates';

// The cells take `t` from their table: a useTranslation per cell copies the i18n instance for
// each of them as a row mounts (react-i18next's wrapper), the most of a keystroke's work in Saker.

/** Fødselsnummer as people read it aloud: birth date, then the personal number (150319 51264). */
export function formatNationalId(nationalId: string): string {
  return `${nationalId.slice(0, 6)} ${nationalId.slice(6)}`;
}

/** The number, or for a child without one the birth date or the due date (termin). */
export function PersonIdCell(props: {
  nationalId: string | null;
  birthDate: string | null;
  dueDate: string | null;
  t: TFunction;
}) {
  const { t } = props;
  if (props.nationalId) return <span className="nowrap">{formatNationalId(props.nationalId)}</span>;
  if (props.birthDate) return <>{t('cases.bornOn', { date: formatDay(props.birthDate) })}</>;
  if (props.dueDate) return <>{t('cases.dueOn', { date: formatDay(props.dueDate) })}</>;
  return null;
}

/** IP, K, BK on screen; the full names for screen readers and as a tooltip. */
export function RightsShort({ rights, t }: { rights: readonly Right[]; t: TFunction }) {
  return (
    <span className="rights-short">
      {rights.map((right) => (
        <span key={right}>
          <span aria-hidden="true" title={t(`enums.right.${right}`)}>
            {t(`enums.rightShort.${right}`)}
          </span>
          <span className="visually-hidden">{t(`enums.right.${right}`)}</span>
        </span>
      ))}
    </span>
  );
}

/** The rights written out, for the protocol and other pages meant for paper. */
export function RightNames({ rights }: { rights: readonly Right[] }) {
  const { t } = useTranslation();
  return <>{rights.map((r) => t(`enums.right.${r}`)).join(', ')}</>;
}

const statusColors: Record<CaseStatus, string> = {
  received: 'info',
  inProgress: 'accent',
  decided: 'success',
  appealed: 'warning',
  atGovernor: 'warning',
  closed: 'neutral',
};

export function StatusTag({ status, t }: { status: CaseStatus; t: TFunction }) {
  return (
    <Tag data-color={statusColors[status]} data-size="sm" className="nowrap">
      {t(`enums.caseStatus.${status}`)}
    </Tag>
  );
}

export type DueState = 'overdue' | 'dueSoon' | 'later';

/** Before today is overdue; within `dueSoonDays` (the setting) is due soon. Dates are ISO. */
export function dueState(due: string, today: string, dueSoonDays: number): DueState {
  if (due < today) return 'overdue';
  return due <= addDays(today, dueSoonDays) ? 'dueSoon' : 'later';
}

/** A deadline date that says in words, not only in colour, when it has passed or is close. */
export function DueDate({
  date,
  state,
  label,
  t,
}: {
  date: string;
  state: DueState;
  label?: string;
  t: TFunction;
}) {
  const text = label ? `${formatDay(date)} ${label}` : formatDay(date);
  if (state === 'later') return <span className="nowrap">{text}</span>;
  return (
    <Tag data-color={state === 'overdue' ? 'danger' : 'warning'} data-size="sm" className="nowrap">
      {text} · {t(state === 'overdue' ? 'cases.deadlinePassed' : 'cases.deadlineSoon')}
    </Tag>
  );
}

/**
 * «K: Avslått, IP: Innvilget»: the decisions in force; the right written out for screen readers.
 * A refusal overturned on appeal is still the decision in force, said as awaiting the new one.
 */
export function DecisionsShort({ decisions, t }: { decisions: CaseListRow['decisions']; t: TFunction }) {
  return (
    <span className="rights-short">
      {decisions.map(({ right, outcome, awaitingNewDecision }) => (
        <span key={right}>
          <span aria-hidden="true" title={t(`enums.right.${right}`)}>
            {t(`enums.rightShort.${right}`)}
          </span>
          <span className="visually-hidden">{t(`enums.right.${right}`)}</span>:{' '}
          {awaitingNewDecision
            ? t('cases.awaitingNewDecision', { outcome: t(`enums.decisionOutcome.${outcome}`) })
            : t(`enums.decisionOutcome.${outcome}`)}
        </span>
      ))}
    </span>
  );
}

/** Where the case's appeals stand, the one the office must act on first. */
export function AppealStages({ stages, t }: { stages: CaseListRow['appeals']; t: TFunction }) {
  return <>{stages.map((s) => t(`cases.appealStage.${s}`)).join(', ')}</>;
}
