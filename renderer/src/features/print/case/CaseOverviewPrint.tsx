import { useTranslation } from 'react-i18next';

import { hrefFor } from '@renderer/app/router';
import type { CaseOverviewPrint as CaseOverviewData } from '@shared/api/print';

import { warningSentence } from '../../cases/casePage/texts';
import { backFrom } from '../paths';
import { PrintPage } from '../PrintPage';
import { PrintState } from '../PrintState';
import { useCaseOverviewPrint } from '../queries';
import { ConsentsPrint } from './ConsentsPrint';
import { CoordinationPrint } from './CoordinationPrint';
import { DecisionsPrint } from './DecisionsPrint';
import { MappingsPrint } from './MappingsPrint';
import { PersonPrint } from './PersonPrint';
import { PlanPrint } from './PlanPrint';
import { RelationsPrint } from './RelationsPrint';

/**
 * `#/print/sak/<id>`: the saksoversikt, everything essential about one case on one or two A4
 * pages, for the archive or a meeting. Marked confidential on every page; the read is logged as
 * a print in core.
 */
export function CaseOverviewPrint({ caseId, query }: { caseId: number; query: URLSearchParams }) {
  const { t } = useTranslation();
  const data = useCaseOverviewPrint(caseId);
  const caseNumber = data.data?.case.record.caseNumber ?? '';
  return (
    <PrintPage
      title={caseNumber ? t('print.case.titleWithNumber', { number: caseNumber }) : t('print.case.title')}
      fileName={t('print.case.fileName', { number: caseNumber || caseId })}
      backHref={backFrom(query, hrefFor(['saker', String(caseId)]))}
      confidential
      ready={data.isSuccess}
    >
      <PrintState query={data}>{(overview) => <CaseOverviewContent data={overview} />}</PrintState>
    </PrintPage>
  );
}

export function CaseOverviewContent({ data }: { data: CaseOverviewData }) {
  const { t } = useTranslation();
  const detail = data.case;
  const warnings = [
    ...detail.overview.warnings,
    ...detail.coordination.warnings,
    ...(data.plan.overview?.warnings ?? []),
  ];
  return (
    <>
      <PersonPrint detail={detail} />
      <RelationsPrint detail={detail} />
      <MappingsPrint detail={detail} />
      <DecisionsPrint detail={detail} />
      <CoordinationPrint detail={detail} />
      <PlanPrint plan={data.plan} asked={detail.record.rightsRequested.includes('individuellPlan')} />
      <ConsentsPrint detail={detail} />
      <section className="print-section" aria-labelledby="print-warnings">
        <h2 id="print-warnings">{t('case.warningsTitle')}</h2>
        {warnings.length === 0 ? (
          <p>{t('print.case.noWarnings')}</p>
        ) : (
          <ul>
            {warnings.map((w, i) => (
              <li key={`${w.kind}-${i}`}>{warningSentence(t, w)}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
