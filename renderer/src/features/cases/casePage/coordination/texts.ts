import { useTranslation } from 'react-i18next';
import type { AppointmentRole, EndReason } from '../../../../../../shared/domain/coordination';
import type { TrainingStatus } from '../../../../../../shared/domain/training';
import { formatDay } from '../../../../components/dates';

/** Labels of the coordination values, looked up here so the screens name no key by hand. */
export function useCoordinationTexts() {
  const { t } = useTranslation();
  return {
    role: (role: AppointmentRole) => t(`case.coordination.role.${role}`),
    endReason: (reason: EndReason) => t(`case.coordination.reason.${reason}`),
    training: (status: TrainingStatus) =>
      status.state === 'trained' && status.validUntil
        ? t('case.coordination.trainingState.trainedUntil', { date: formatDay(status.validUntil) })
        : t(`case.coordination.trainingState.${status.state}`, { date: formatDay(status.validUntil) }),
  };
}
