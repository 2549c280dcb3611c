import { Button, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { useServiceUnits } from '@renderer/features/coordinators/queries';
import type { CaseDetail } from '@shared/api/cases';
import { requestedRights } from '@shared/domain/caseSteps';

import { pageHref } from '../paths';
import { rightName } from '../texts';

/** What was recorded when the case came in; changed with "Endre saken". */
export function CaseDetailsSection({ detail, back }: { detail: CaseDetail; back: string }) {
  const { t } = useTranslation();
  const units = useServiceUnits();
  const { record } = detail;
  const unitName = (id: number | null) => units.data?.find((u) => u.id === id)?.name ?? '';
  return (
    <section aria-labelledby="case-details" className="case-section">
      <div className="section-head">
        <Heading level={2} data-size="sm" id="case-details">
          {t('case.detailsTitle')}
        </Heading>
        <Button asChild variant="secondary" data-size="sm">
          <a href={pageHref(record.id, 'detaljer', back)}>{t('case.editCase')}</a>
        </Button>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('case.field.channel')}</dt>
          <dd>{t(`enums.channel.${record.channel}`)}</dd>
        </div>
        <div>
          <dt>{t('case.field.appliedBy')}</dt>
          <dd>
            {[t(`enums.applicant.${record.appliedBy}`), record.appliedByName].filter(Boolean).join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('case.field.rightsRequested')}</dt>
          <dd>
            {requestedRights(record)
              .map((r) => rightName(t, r))
              .join(', ')}
          </dd>
        </div>
        <div className="facts-wide">
          <dt>{t('case.field.needDescription')}</dt>
          <dd className="preserve-lines">{record.needDescription || t('case.notRecorded')}</dd>
        </div>
        <div className="facts-wide">
          <dt>{t('case.field.services')}</dt>
          <dd>
            {record.services.length === 0 ? (
              t('case.noServices')
            ) : (
              <ul className="service-list">
                {record.services.map((s, i) => (
                  <li key={i}>
                    {[unitName(s.serviceUnitId) || s.provider, t(`case.serviceStatus.${s.status}`), s.contact]
                      .filter(Boolean)
                      .join(' · ')}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
