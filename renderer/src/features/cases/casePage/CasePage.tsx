import { Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { hrefFor } from '@renderer/app/router';
import { ErrorAlert } from '@renderer/components/ErrorAlert';

import { LettersRoute } from '../../letters/LettersRoute';
import { CoordinationPage } from './coordination/CoordinationPage';
import { CaseDetailsFormPage } from './forms/CaseDetailsFormPage';
import { PersonFormPage } from './forms/PersonFormPage';
import { StepFormPage } from './forms/StepFormPage';
import { AnonymisedCasePage } from './overview/AnonymisedCasePage';
import { CaseOverviewPage } from './overview/CaseOverviewPage';
import { caseHref, stepKindOf } from './paths';
import { useCase } from './queries';

/**
 * `#/saker/<id>` (the case page), `#/saker/<id>/person`, `#/saker/<id>/detaljer`, the coordinator
 * forms `#/saker/<id>/koordinator/<ny|bytt|appointmentId>`, the letters `#/saker/<id>/brev[/ny]`
 * and the step forms `#/saker/<id>/<step>[/<stepId>]`. The case is read here once, for all of them.
 */
export function CasePage({ id, rest, back }: { id: number; rest: string[]; back: string }) {
  const { t } = useTranslation();
  const detail = useCase(id);
  // Only a list address is a way back; anything else typed into `fra` is ignored.
  const listHref = back.startsWith('#/saker') ? back : hrefFor(['saker']);

  if (detail.isPending) return <Spinner aria-label={t('app.loading')} />;
  if (detail.isError) {
    return (
      <section className="page narrow">
        <Link href={listHref}>{t('case.backToList')}</Link>
        <ErrorAlert error={detail.error} />
      </section>
    );
  }

  const [page, stepId] = rest;
  const data = detail.data;
  // An anonymised case takes nothing new: every address of it shows why.
  if (data.record.anonymisedAt) return <AnonymisedCasePage detail={data} listHref={listHref} />;
  if (page === undefined) return <CaseOverviewPage detail={data} back={back} listHref={listHref} />;
  if (page === 'person') return <PersonFormPage detail={data} back={back} />;
  if (page === 'detaljer') return <CaseDetailsFormPage detail={data} back={back} />;
  if (page === 'brev') return <LettersRoute detail={data} rest={rest.slice(1)} back={back} />;
  if (page === 'koordinator' && rest.length === 2)
    return <CoordinationPage key={stepId} detail={data} sub={stepId} back={back} />;
  const kind = stepKindOf(page);
  const parsedStepId = stepId !== undefined && /^\d+$/.test(stepId) ? Number(stepId) : null;
  if (kind && (stepId === undefined || parsedStepId !== null) && rest.length <= 2) {
    return <StepFormPage key={rest.join('/')} detail={data} kind={kind} stepId={parsedStepId} back={back} />;
  }
  return (
    <section className="page narrow">
      <Link href={caseHref(id, back)}>{t('case.backToCase')}</Link>
      <Heading level={1} data-size="lg">
        {t('case.notFoundTitle')}
      </Heading>
      <Paragraph>{t('case.notFoundText')}</Paragraph>
    </section>
  );
}
