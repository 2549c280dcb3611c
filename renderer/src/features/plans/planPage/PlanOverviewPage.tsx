import { Alert, Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { hrefFor, parseHash, useHash } from '@renderer/app/router';
import { formatDay } from '@renderer/components/dates';
import type { PlanDetail } from '@shared/api/plans';
import type { PlanOverview } from '@shared/domain/planOverview';

import { warningSentence } from '../../cases/casePage/texts';
import { AnonymisedNotice } from '../../retention/AnonymisedNotice';
import { planStatusColors } from '../planCells';
import { ConsentList } from './ConsentList';
import { GoalsSection } from './GoalsSection';
import { GroupSection } from './GroupSection';
import { MeetingsSection } from './MeetingsSection';
import { planFormHref, planSections, sectionId, sectionQuery, type PlanSection } from './paths';
import { PointsSection } from './PointsSection';
import { progressText } from './texts';

/**
 * The plan page: where the plan stands, what must be followed up, then its parts. An anonymised
 * case says so and shows where the plan stood; its parts are not shown, their texts are gone.
 */
export function PlanOverviewPage({ detail }: { detail: PlanDetail }) {
  const { t } = useTranslation();
  const { plan, overview, caseId, anonymisedAt } = detail;
  useSectionInView();
  return (
    <div className="page case-page">
      <Link href={hrefFor(['saker', String(caseId)])}>{t('plan.backToCase')}</Link>
      <header className="case-header">
        <div className="section-head">
          <div>
            <Heading level={1} data-size="lg" id={sectionId('oversikt')} tabIndex={-1}>
              {t('plan.title')}
            </Heading>
            <Paragraph className="form-subject">
              {t('plan.subject', { number: detail.caseNumber, name: detail.personName })}
            </Paragraph>
          </div>
          {plan && !detail.caseClosed && !anonymisedAt && (
            <Button asChild variant="secondary">
              <a href={planFormHref(caseId, 'endre')}>{t('plan.edit')}</a>
            </Button>
          )}
        </div>
        {anonymisedAt ? (
          <AnonymisedNotice anonymisedAt={anonymisedAt} />
        ) : (
          detail.caseClosed && <Alert data-color="info">{t('plan.closedCase')}</Alert>
        )}
        {plan && overview ? <Summary detail={detail} overview={overview} /> : <NoPlan detail={detail} />}
      </header>
      {/* A plan the family does not want has no parts to follow up: only the choice is shown. */}
      {plan?.wanted && overview && !anonymisedAt && (
        <>
          {overview.warnings.length > 0 && (
            <Alert data-color="warning" className="case-warnings">
              <Heading level={2} data-size="xs">
                {t('plan.warningsTitle')}
              </Heading>
              <ul>
                {overview.warnings.map((w, i) => (
                  <li key={`${w.kind}-${i}`}>{warningSentence(t, w)}</li>
                ))}
              </ul>
            </Alert>
          )}
          <ConsentList detail={detail} consents={overview.consents} />
          <PointsSection detail={detail} status={overview.status} missing={overview.missingPoints} />
          <GoalsSection detail={detail} />
          <GroupSection detail={detail} />
          <MeetingsSection detail={detail} />
        </>
      )}
    </div>
  );
}

function Summary({ detail, overview }: { detail: PlanDetail; overview: PlanOverview }) {
  const { t } = useTranslation();
  const plan = detail.plan!;
  const none = t('plan.fact.notRecorded');
  const period =
    plan.periodStart && plan.periodEnd
      ? t('plan.fact.periodFromTo', { from: formatDay(plan.periodStart), to: formatDay(plan.periodEnd) })
      : plan.periodStart
        ? t('plan.fact.periodFrom', { from: formatDay(plan.periodStart) })
        : plan.periodEnd
          ? t('plan.fact.periodTo', { to: formatDay(plan.periodEnd) })
          : none;
  const tool = plan.tool ? t(`plan.tool.${plan.tool}`) : none;
  return (
    <>
      {!plan.wanted && <Alert data-color="info">{t('plan.notWantedText')}</Alert>}
      <dl className="facts">
        <div>
          <dt>{t('plan.statusLabel')}</dt>
          <dd>
            <Tag data-color={planStatusColors[overview.status]}>{t(`plan.status.${overview.status}`)}</Tag>
          </dd>
        </div>
        {plan.wanted && (
          <>
            <div className="facts-wide">
              <dt>{t('plan.fact.progress')}</dt>
              <dd>{progressText(t, overview.progress)}</dd>
            </div>
            <div>
              <dt>{t('plan.fact.period')}</dt>
              <dd>{period}</dd>
            </div>
            {/* A closed plan is revised and met about no more: its last dates ahead are history. */}
            {overview.status !== 'closed' && (
              <div>
                <dt>{t('plan.fact.nextRevision')}</dt>
                <dd>{formatDay(plan.nextRevisionDate) || none}</dd>
              </div>
            )}
            <div>
              <dt>{t('plan.fact.lastEvaluation')}</dt>
              <dd>{formatDay(overview.lastEvaluation) || none}</dd>
            </div>
            {overview.status !== 'closed' && (
              <div>
                <dt>{t('plan.fact.nextMeeting')}</dt>
                <dd>{formatDay(overview.nextMeeting) || none}</dd>
              </div>
            )}
            <div>
              <dt>{t('plan.fact.tool')}</dt>
              <dd>
                {plan.toolReference
                  ? t('plan.toolWithReference', { tool, reference: plan.toolReference })
                  : tool}
              </dd>
            </div>
          </>
        )}
        <div>
          <dt>{t('plan.fact.coordinator')}</dt>
          <dd>
            {detail.coordinator
              ? t('plan.fact.coordinatorName', {
                  name: detail.coordinator.name,
                  role: t(`coordinators.role.${detail.coordinator.role}`),
                })
              : t('plan.fact.withoutCoordinator')}
          </dd>
        </div>
        {plan.closedDate && (
          <div>
            <dt>{t('plan.fact.closed')}</dt>
            <dd>
              {plan.closedNote
                ? `${formatDay(plan.closedDate)}: ${plan.closedNote}`
                : formatDay(plan.closedDate)}
            </dd>
          </div>
        )}
      </dl>
    </>
  );
}

/** No plan yet: start one when the right is granted and the case open, else say why not. */
function NoPlan({ detail }: { detail: PlanDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{t('plan.noPlan.text')}</Paragraph>
      {detail.caseClosed ? (
        <Paragraph>{t('plan.noPlan.closed')}</Paragraph>
      ) : detail.ipGrantedFrom === null ? (
        <Alert data-color="info">{t('plan.noPlan.notGranted')}</Alert>
      ) : (
        <>
          <Paragraph>{t('plan.noPlan.granted', { date: formatDay(detail.ipGrantedFrom) })}</Paragraph>
          <div className="button-row">
            <Button asChild>
              <a href={planFormHref(detail.caseId, 'endre')}>{t('plan.noPlan.start')}</a>
            </Button>
          </div>
        </>
      )}
    </>
  );
}

/** A form saved returns with `?vis=<section>`: that section is brought into view and focused. */
function useSectionInView() {
  const hash = useHash();
  const wanted = parseHash(hash).query.get(sectionQuery);
  useEffect(() => {
    if (!(planSections as readonly string[]).includes(wanted ?? '')) return;
    const heading = document.getElementById(sectionId(wanted as PlanSection));
    if (!heading) return;
    heading.scrollIntoView?.({ block: 'start' });
    heading.focus({ preventScroll: true });
  }, [wanted]);
}
