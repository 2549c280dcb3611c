import { Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { TrainingState, TrainingStatus } from '@shared/domain/training';

import { formatDay } from '../../components/dates';

const colors: Record<TrainingState, string> = {
  trained: 'success',
  expiresSoon: 'warning',
  expired: 'danger',
  never: 'neutral',
};

/** Opplært / Går ut 01.02.2027 / Utløpt 01.02.2026 / Ikke opplært: the words carry it, not the colour. */
export function TrainingTag({ status }: { status: TrainingStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={colors[status.state]} data-size="sm" className="nowrap">
      {t(`coordinators.trainingTag.${status.state}`, { date: formatDay(status.validUntil) })}
    </Tag>
  );
}

/** The status as a sentence, for the coordinator page. */
export function trainingWords(t: TFunction, status: TrainingStatus): string {
  const date = formatDay(status.validUntil);
  if (status.state === 'trained' && status.validUntil === null)
    return t('coordinators.trainingWords.trainedNoExpiry');
  return t(`coordinators.trainingWords.${status.state}`, { date });
}

/** Most urgent first when sorted ascending: expired, never, expiring, trained; then by the date. */
const rank: Record<TrainingState, number> = { expired: 0, never: 1, expiresSoon: 2, trained: 3 };

export function compareTraining(a: TrainingStatus, b: TrainingStatus): number {
  return rank[a.state] - rank[b.state] || (a.validUntil ?? '9999').localeCompare(b.validUntil ?? '9999');
}
