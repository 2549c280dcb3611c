import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import type { ReportExportFormat } from '@shared/api/reports';

import { call } from '../../api/client';
import { hrefFor } from '../../app/router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { languages, type Language } from '../../i18n';
import { saveFile } from './download';
import type { ReportPeriod } from './period';

/** The export speaks the user's language when core has it, bokmål otherwise. */
function exportLanguage(language: string): Language {
  return (languages as readonly string[]).includes(language) ? (language as Language) : 'nb';
}

/**
 * Print (the A4 route, where the browser or Electron saves a PDF) and the two files made by core.
 * Only the period and the format go to core: the figures are counted again there, so a file and
 * the screen never disagree on what is hidden.
 */
export function ExportButtons({ period }: { period: ReportPeriod }) {
  const { t, i18n } = useTranslation();
  const download = useMutation({
    mutationFn: (format: ReportExportFormat) =>
      call('reports.export', { ...period, format, language: exportLanguage(i18n.language) }),
    onSuccess: (file) => saveFile(file),
  });
  const busy = download.isPending ? download.variables : null;
  return (
    <div className="report-actions no-print">
      <div className="button-row">
        <Button asChild variant="secondary">
          <a href={hrefFor(['print', 'rapport'], { fra: period.from, til: period.to })}>
            {t('reports.print')}
          </a>
        </Button>
        <Button
          variant="secondary"
          loading={busy === 'xlsx'}
          disabled={busy !== null}
          onClick={() => download.mutate('xlsx')}
        >
          {t('reports.exportExcel')}
        </Button>
        <Button
          variant="secondary"
          loading={busy === 'csv'}
          disabled={busy !== null}
          onClick={() => download.mutate('csv')}
        >
          {t('reports.exportCsv')}
        </Button>
      </div>
      <Paragraph role="status" data-size="sm" className="report-export-status">
        {download.isSuccess && t('reports.exported', { fileName: download.data.fileName })}
      </Paragraph>
      <ErrorAlert error={download.error} />
    </div>
  );
}
