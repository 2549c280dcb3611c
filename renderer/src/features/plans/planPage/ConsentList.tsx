import { Button, Heading, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { formatDay } from '@renderer/components/dates';
import type { PlanDetail } from '@shared/api/plans';
import type { PlanConsent, PlanConsentState } from '@shared/domain/plan';

import { stepHref } from '../../cases/casePage/paths';

const stateColors: Record<PlanConsentState, string> = {
  valid: 'success',
  missing: 'danger',
  withdrawn: 'danger',
  expired: 'warning',
};

/** The case's consents the plan rests on; they are recorded on the case, where the link goes. */
export function ConsentList({ detail, consents }: { detail: PlanDetail; consents: PlanConsent[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="plan-consents" className="case-section">
      <Heading level={2} data-size="sm" id="plan-consents">
        {t('plan.consents.title')}
      </Heading>
      <ul className="deadline-list">
        {consents.map((c) => (
          <li key={c.type} className="deadline">
            <strong>{t(`case.consentType.${c.type}`)}</strong>
            <Tag data-color={stateColors[c.state]}>{t(`plan.consents.state.${c.state}`)}</Tag>
            <span>{consentText(t, c)}</span>
          </li>
        ))}
      </ul>
      {!detail.caseClosed && (
        <div className="button-row">
          <Button asChild variant="secondary">
            <a href={stepHref(detail.caseId, 'consent', '')}>{t('plan.consents.record')}</a>
          </Button>
        </div>
      )}
    </section>
  );
}

function consentText(t: (key: string, params?: Record<string, unknown>) => string, c: PlanConsent) {
  const consent = c.consent;
  if (!consent) return t('plan.consents.none');
  const date = formatDay(consent.date);
  const parts = [
    consent.givenByName
      ? t('plan.consents.given', { date, name: consent.givenByName })
      : t('plan.consents.givenNoName', { date }),
  ];
  if (consent.withdrawnDate)
    parts.push(t('plan.consents.withdrawnOn', { date: formatDay(consent.withdrawnDate) }));
  else if (consent.validUntil)
    parts.push(t('plan.consents.validUntil', { date: formatDay(consent.validUntil) }));
  return parts.join(', ');
}
