import type { TFunction } from 'i18next';

import type { DateReading } from '@shared/domain/dates';

/** Why a typed date was not taken, or undefined when it was (or the field is empty). */
export function dateProblem(reading: DateReading, t: TFunction): string | undefined {
  switch (reading.kind) {
    case 'noSuchDay':
      return t('app.dateInput.noSuchDay', {
        month: t(`app.dateInput.months.${reading.month}`),
        year: reading.year,
        days: reading.days,
      });
    case 'noSuchMonth':
      return t('app.dateInput.noSuchMonth');
    case 'notDate':
      return t('app.dateInput.notADate');
    default:
      return undefined;
  }
}
