import { Heading, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../api/client';
import { hrefFor, type Route } from '../../app/router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { backFrom } from '../print/paths';
import { PrintPage } from '../print/PrintPage';
import { LetterSheet } from './LetterSheet';
import { useLetterTitle } from './LettersSection';
import { useLetterPrint } from './queries';

/**
 * `#/print/brev/<letterId>`: a stored letter as it was recorded, on the municipality's letterhead,
 * marked confidential (it names the person and their health). Opening it is logged as a print.
 */
export function LetterPrint({ route }: { route: Route }) {
  const { t } = useTranslation();
  const raw = route.segments[2] ?? '';
  const id = /^\d+$/.test(raw) ? Number(raw) : 0;
  const printed = useLetterPrint(id);
  const title = useLetterTitle();
  const data = printed.data;
  const back = backFrom(route.query, data ? hrefFor(['saker', String(data.letter.caseId)]) : '#/');

  if (printed.isPending) return <Spinner aria-label={t('app.loading')} />;
  if (!data) {
    const unknown = id === 0 || (printed.error instanceof ApiError && printed.error.code === 'NOT_FOUND');
    return (
      <main id="main" tabIndex={-1} className="narrow-page">
        {unknown ? (
          <Heading level={1} data-size="md">
            {t('print.none.unknown')}
          </Heading>
        ) : (
          <ErrorAlert error={printed.error} />
        )}
      </main>
    );
  }
  return (
    <PrintPage
      title={`${title(data.letter)} – ${data.caseNumber}`}
      fileName={t('letters.print.fileName', { number: data.caseNumber, date: data.letter.date })}
      backHref={back}
      confidential
      bare
    >
      <LetterSheet
        letterhead={data.letterhead}
        municipalityName={data.municipalityName}
        date={data.letter.date}
        caseNumber={data.caseNumber}
        text={data.letter.text}
      />
    </PrintPage>
  );
}
