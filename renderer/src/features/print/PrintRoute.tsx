import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import type { SessionUser } from '@shared/api/session';

import { lazyPage } from '../../app/lazyPage';
import type { Route } from '../../app/router';
import { useActivityReporter, useSessionStatus } from '../../app/session';
import { ChunkErrorBoundary } from '../../components/ChunkErrorBoundary';
import { PageLoading } from '../../components/PageLoading';

// Each layout is its own chunk; its PrintPage sets `data-print-ready` (what the archive copy and
// the PDF wait for) only once the chunk has come and the data is drawn.
const PersonLogPrint = lazyPage(() => import('../audit/PersonLogPrint').then((m) => m.PersonLogPrint));
const LetterPrint = lazyPage(() => import('../letters/LetterPrint').then((m) => m.LetterPrint));
const ReportPrint = lazyPage(() => import('../reports/ReportPrint').then((m) => m.ReportPrint));
const AgendaPrint = lazyPage(() => import('./lists/AgendaPrint').then((m) => m.AgendaPrint));
const CoordinatorsPrint = lazyPage(() =>
  import('./lists/CoordinatorsPrint').then((m) => m.CoordinatorsPrint),
);
const DeadlinesPrint = lazyPage(() => import('./lists/DeadlinesPrint').then((m) => m.DeadlinesPrint));
const ProtocolPrint = lazyPage(() => import('./lists/ProtocolPrint').then((m) => m.ProtocolPrint));
const CaseOverviewPrint = lazyPage(() => import('./case/CaseOverviewPrint').then((m) => m.CaseOverviewPrint));

/**
 * `#/print/<kind>/...`: the print layouts, outside the app shell so nothing but the document is on
 * the paper. Only for a signed-in user (App shows the login otherwise); a leder gets the
 * anonymised report only, as in core, where the channels refuse the rest.
 */
export function PrintRoute({ route, user }: { route: Route; user: SessionUser }) {
  useActivityReporter(useSessionStatus().data?.idleTimeoutMinutes ?? 10);
  // A layout that failed to come says so, and never sets `data-print-ready`: nothing is archived.
  return (
    <ChunkErrorBoundary path={route.segments.join('/')} ownPage>
      <Suspense
        fallback={
          <main id="main" tabIndex={-1} className="narrow-page">
            <PageLoading />
          </main>
        }
      >
        <PrintLayout route={route} user={user} />
      </Suspense>
    </ChunkErrorBoundary>
  );
}

function PrintLayout({ route, user }: { route: Route; user: SessionUser }) {
  const [, kind, id] = route.segments;
  if (kind === 'rapport') return <ReportPrint route={route} />;
  if (user.role === 'leder') return <NoPrint reason="forbidden" />;
  const caseId = Number(id);
  switch (kind) {
    case 'sak':
      return Number.isInteger(caseId) && caseId > 0 ? (
        <CaseOverviewPrint caseId={caseId} query={route.query} />
      ) : (
        <NoPrint reason="unknown" />
      );
    case 'koordinatorer':
      return <CoordinatorsPrint query={route.query} />;
    case 'frister':
      return <DeadlinesPrint query={route.query} />;
    case 'dagsorden':
      return <AgendaPrint query={route.query} />;
    case 'protokoll':
      return <ProtocolPrint query={route.query} />;
    case 'brev':
      return <LetterPrint route={route} />;
    case 'logg':
      // "Innsyn i logg" for the person `<id>`: the log is the administrator's, as in core.
      if (user.role !== 'admin') return <NoPrint reason="forbidden" />;
      return /^[1-9]\d{0,9}$/.test(id ?? '') ? (
        <PersonLogPrint personId={Number(id)} query={route.query} />
      ) : (
        <NoPrint reason="unknown" />
      );
    default:
      return <NoPrint reason="unknown" />;
  }
}

/** An address that prints nothing: said plainly, with the way home. */
function NoPrint({ reason }: { reason: 'forbidden' | 'unknown' }) {
  const { t } = useTranslation();
  return (
    <main id="main" tabIndex={-1} className="narrow-page">
      <Heading level={1} data-size="md">
        {t(`print.none.${reason}`)}
      </Heading>
      <Paragraph>
        <Link href="#/">{t('print.none.home')}</Link>
      </Paragraph>
    </main>
  );
}
