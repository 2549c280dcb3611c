import { useTranslation } from 'react-i18next';

import type { AppointmentRole, EndReason } from '@shared/domain/coordination';

/** Labels of the coordination values (kept with the coordinators' texts, one wording everywhere). */
export function useCoordinationTexts() {
  const { t } = useTranslation();
  return {
    role: (role: AppointmentRole) => t(`coordinators.role.${role}`),
    endReason: (reason: EndReason) => t(`coordinators.endReason.${reason}`),
  };
}
