import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { CoordinatorCase } from '@shared/api/coordinators';

import { changeCoordinatorHref } from './paths';

/**
 * Shown as soon as "Aktiv" is unticked for a coordinator who holds cases: nobody is left without
 * a coordinator by a tick in a form, so each case gets a new one first (DOMAIN.md section 3, step 9).
 */
export function DeactivationGuard({ cases }: { cases: CoordinatorCase[] }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="warning" role="status" className="deactivation-guard">
      <Paragraph>
        <strong>{t('coordinators.guard.title', { count: cases.length })}</strong>
      </Paragraph>
      <Paragraph>{t('coordinators.guard.explanation')}</Paragraph>
      <ul>
        {cases.map((c) => (
          <li key={c.appointmentId}>
            {t('coordinators.guard.case', {
              caseNumber: c.caseNumber,
              person: c.personName,
              role: t(`coordinators.role.${c.role}`),
            })}{' '}
            <Link
              href={changeCoordinatorHref(c.caseId)}
              aria-label={t('coordinators.guard.changeLabel', { caseNumber: c.caseNumber })}
            >
              {t('coordinators.guard.change')}
            </Link>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
