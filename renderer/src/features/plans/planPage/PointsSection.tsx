import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { PlanDetail } from '@shared/api/plans';
import type { PlanPointKey, PlanStatus } from '@shared/domain/plan';

import { planFormHref, sectionId } from './paths';

/**
 * The nine points the regulation requires: what the plan covers, and plainly what it lacks. A
 * closed plan (or one not wanted) is not followed up: its checklist is shown without a warning.
 */
export function PointsSection({
  detail,
  status,
  missing,
}: {
  detail: PlanDetail;
  status: PlanStatus;
  missing: PlanPointKey[];
}) {
  const { t } = useTranslation();
  const followedUp = status !== 'closed' && status !== 'notWanted';
  return (
    <section aria-labelledby={sectionId('punkter')} className="case-section">
      <div className="section-head">
        <Heading level={2} data-size="sm" id={sectionId('punkter')} tabIndex={-1}>
          {t('plan.points.title')}
        </Heading>
        {!detail.caseClosed && (
          <Button asChild variant="secondary" data-size="sm">
            <a href={planFormHref(detail.caseId, 'punkter')}>{t('plan.points.edit')}</a>
          </Button>
        )}
      </div>
      {missing.length === 0 ? (
        <Paragraph>{t('plan.points.allCovered')}</Paragraph>
      ) : !followedUp ? null : missing.length === detail.points.length ? (
        // Nothing ticked yet (a new plan): one sentence, not the list below twice.
        <Alert data-color="warning">
          <Paragraph>{t('plan.points.noneCovered')}</Paragraph>
        </Alert>
      ) : (
        <Alert data-color="warning">
          <Paragraph>{t('plan.points.missing', { count: missing.length })}</Paragraph>
          <ul className="condition-list">
            {missing.map((key) => (
              <li key={key}>{t(`plan.points.label.${key}`)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <ol className="deadline-list">
        {detail.points.map((p) => (
          <li key={p.key} className="deadline">
            <Tag data-color={p.covered ? 'success' : 'danger'}>
              {t(p.covered ? 'plan.points.covered' : 'plan.points.notCovered')}
            </Tag>
            <span>
              <strong>{t(`plan.points.label.${p.key}`)}</strong>
              {p.note && <>: {p.note}</>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
