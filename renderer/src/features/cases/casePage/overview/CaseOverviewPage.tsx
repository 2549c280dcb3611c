import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ArchiveSection } from '@renderer/features/archive/ArchiveSection';
import { LettersSection } from '@renderer/features/letters/LettersSection';
import type { CaseDetail } from '@shared/api/cases';

import { CoordinatorSection } from '../coordination/CoordinatorSection';
import { CaseDetailsSection } from './CaseDetailsSection';
import { CaseHeader } from './CaseHeader';
import { DeadlinesSection } from './DeadlinesSection';
import { NextStepSection } from './NextStepSection';
import { PersonSection } from './PersonSection';
import { PlanSection } from './PlanSection';
import { RightsSection } from './RightsSection';
import { Timeline } from './Timeline';

/** The case page: who, where the case stands, what is due, what to do next, and what happened. */
export function CaseOverviewPage({
  detail,
  back,
  listHref,
}: {
  detail: CaseDetail;
  back: string;
  listHref: string;
}) {
  const { t } = useTranslation();
  const closed = detail.overview.status === 'closed';
  return (
    <div className="page case-page">
      <Link href={listHref}>{t('case.backToList')}</Link>
      <CaseHeader detail={detail} />
      {/* A closed case is due for the archive: the copy comes first; an open one has it on demand. */}
      {closed && <ArchiveSection detail={detail} />}
      <DeadlinesSection detail={detail} />
      <NextStepSection detail={detail} back={back} />
      <RightsSection detail={detail} back={back} />
      <CoordinatorSection detail={detail} back={back} />
      <PlanSection detail={detail} />
      <LettersSection detail={detail} back={back} />
      {!closed && <ArchiveSection detail={detail} />}
      <Timeline detail={detail} back={back} />
      <PersonSection detail={detail} back={back} />
      <CaseDetailsSection detail={detail} back={back} />
    </div>
  );
}
