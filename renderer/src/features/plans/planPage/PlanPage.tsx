import { Alert, Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { hrefFor } from '@renderer/app/router';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import type { PlanDetail } from '@shared/api/plans';

import { AnonymisedNotice } from '../../retention/AnonymisedNotice';
import { GoalFormPage } from './GoalFormPage';
import { MeasureFormPage } from './MeasureFormPage';
import { MeetingFormPage } from './MeetingFormPage';
import { MemberFormPage } from './MemberFormPage';
import { planHref } from './paths';
import { PlanFormPage } from './PlanFormPage';
import { PlanOverviewPage } from './PlanOverviewPage';
import { PointsFormPage } from './PointsFormPage';
import { usePlan } from './queries';

const numeric = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : null);

/**
 * `#/planer/<caseId>` (the plan page) and its forms: `endre`, `punkter`, `mal/ny`, `mal/<id>`,
 * `mal/<id>/tiltak/ny`, `tiltak/<id>`, `medlem/<ny|id>`, `mote/<ny|id>`. The plan is read here
 * once, for all of them.
 */
export function PlanPage({ caseId, segments }: { caseId: number; segments: string[] }) {
  const { t } = useTranslation();
  const plan = usePlan(caseId);
  if (plan.isPending) return <Spinner aria-label={t('app.loading')} />;
  if (plan.isError) {
    return (
      <section className="page narrow">
        <Link href={hrefFor(['saker', String(caseId)])}>{t('plan.backToCase')}</Link>
        <ErrorAlert error={plan.error} />
      </section>
    );
  }
  const detail = plan.data;
  if (segments.length === 0) return <PlanOverviewPage detail={detail} />;
  const form = formOf(detail, segments);
  return (
    <section className="page narrow">
      <Link href={planHref(caseId)}>{t('plan.backToPlan')}</Link>
      <div>
        <Heading level={1} data-size="lg">
          {t(form?.title ?? 'plan.title')}
        </Heading>
        <Paragraph className="form-subject">
          {t('plan.subject', { number: detail.caseNumber, name: detail.personName })}
        </Paragraph>
      </div>
      {form ? form.body : <Alert data-color="warning">{t('plan.form.notFound')}</Alert>}
    </section>
  );
}

/** The form the address names, with its title; null when it names nothing in this plan. */
function formOf(detail: PlanDetail, segments: string[]): { title: string; body: ReactNode } | null {
  const [page, second, third, fourth] = segments;
  const length = segments.length;
  const id = numeric(second);
  const isNew = second === 'ny';

  let title: string;
  let body: ReactNode;
  if (page === 'endre' && length === 1) {
    title = detail.plan ? 'plan.form.editTitle' : 'plan.form.startTitle';
    if (detail.anonymisedAt) return { title, body: <AnonymisedNotice anonymisedAt={detail.anonymisedAt} /> };
    if (detail.caseClosed) return { title, body: <Notice text="plan.closedCase" /> };
    if (!detail.plan && detail.ipGrantedFrom === null)
      return { title, body: <Notice text="plan.noPlan.notGranted" /> };
    return { title, body: <PlanFormPage detail={detail} /> };
  } else if (page === 'punkter' && length === 1) {
    title = 'plan.points.formTitle';
    body = <PointsFormPage detail={detail} />;
  } else if (page === 'mal' && length === 2 && (isNew || id !== null)) {
    const goal = detail.goals.find((g) => g.id === id) ?? null;
    if (!isNew && !goal) return null;
    title = goal ? 'plan.form.editGoal' : 'plan.form.newGoal';
    body = <GoalFormPage key={second} detail={detail} goal={goal} />;
  } else if (page === 'mal' && length === 4 && id !== null && third === 'tiltak' && fourth === 'ny') {
    const goal = detail.goals.find((g) => g.id === id);
    if (!goal) return null;
    title = 'plan.form.newMeasure';
    body = <MeasureFormPage key="ny" detail={detail} goal={goal} measure={null} />;
  } else if (page === 'tiltak' && length === 2 && id !== null) {
    const goal = detail.goals.find((g) => g.measures.some((m) => m.id === id));
    const measure = goal?.measures.find((m) => m.id === id);
    if (!goal || !measure) return null;
    title = 'plan.form.editMeasure';
    body = <MeasureFormPage key={measure.id} detail={detail} goal={goal} measure={measure} />;
  } else if (page === 'medlem' && length === 2 && (isNew || id !== null)) {
    const member = detail.members.find((m) => m.id === id) ?? null;
    if (!isNew && !member) return null;
    title = member ? 'plan.form.editMember' : 'plan.form.newMember';
    body = <MemberFormPage key={second} detail={detail} member={member} />;
  } else if (page === 'mote' && length === 2 && (isNew || id !== null)) {
    const meeting = detail.meetings.find((m) => m.id === id) ?? null;
    if (!isNew && !meeting) return null;
    title = meeting ? 'plan.form.editMeeting' : 'plan.form.newMeeting';
    body = <MeetingFormPage key={second} detail={detail} meeting={meeting} />;
  } else {
    return null;
  }
  // An anonymised or closed case is read only; parts of a plan wait until the plan is started.
  if (detail.anonymisedAt) return { title, body: <AnonymisedNotice anonymisedAt={detail.anonymisedAt} /> };
  if (detail.caseClosed) return { title, body: <Notice text="plan.closedCase" /> };
  if (!detail.plan) return { title, body: <Notice text="plan.form.notStarted" /> };
  return { title, body };
}

function Notice({ text }: { text: string }) {
  const { t } = useTranslation();
  return <Alert data-color="warning">{t(text)}</Alert>;
}
