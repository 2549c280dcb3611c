import { useTranslation } from 'react-i18next';

import { formatDay } from '@renderer/components/dates';
import type { CaseDetail } from '@shared/api/cases';
import type { Consent } from '@shared/domain/case';
import { stepsOf } from '@shared/domain/caseSteps';
import type { PlanConsentState } from '@shared/domain/plan';

import { Breakable } from '../Breakable';

/** The state a consent is in today, by the rule the plan's consents follow (planOverview.ts). */
function consentState(c: Consent, today: string): Exclude<PlanConsentState, 'missing'> {
  if (c.withdrawnDate !== null && c.withdrawnDate <= today) return 'withdrawn';
  if (c.validUntil !== null && c.validUntil < today) return 'expired';
  return 'valid';
}

/** Every consent recorded on the case, oldest first, with what it is worth today. */
export function ConsentsPrint({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const consents = [...stepsOf(detail.record, 'consent')].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section className="print-section" aria-labelledby="print-consents">
      <h2 id="print-consents">{t('print.case.consentsTitle')}</h2>
      {consents.length === 0 ? (
        <p>{t('print.case.noConsents')}</p>
      ) : (
        <table className="print-grid">
          <thead>
            <tr>
              <th scope="col">{t('case.field.consentType')}</th>
              <th scope="col">{t('case.field.givenBy')}</th>
              <th scope="col">{t('case.field.consentDate')}</th>
              <th scope="col">{t('case.field.validUntil')}</th>
              <th scope="col">{t('case.field.withdrawnDate')}</th>
              <th scope="col">{t('plan.statusLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {consents.map((c) => (
              <tr key={c.id}>
                <td>{t(`case.consentType.${c.type}`)}</td>
                <td>
                  {t(`case.consentGiver.${c.givenBy}`)}
                  {c.givenByName && ': '}
                  <Breakable text={c.givenByName} />
                </td>
                <td className="nowrap">{formatDay(c.date)}</td>
                <td className="nowrap">{formatDay(c.validUntil)}</td>
                <td className="nowrap">{formatDay(c.withdrawnDate)}</td>
                <td>{t(`plan.consents.state.${consentState(c, detail.today)}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
