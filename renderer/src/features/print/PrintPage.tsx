import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { SavePdfOutcome } from '@shared/api/bridge';

import { pdfSaver } from '../../api/client';
import { useSessionStatus } from '../../app/session';
import { formatDateTime } from '../../components/dates';
import { pageMarginCss } from './pageMargins';

export interface PrintPageProps {
  /** The document's heading. */
  title: string;
  /** Suggested file name for a saved PDF (without folder; `.pdf` is added where missing). */
  fileName: string;
  /** Where "Tilbake" goes: the screen the print was opened from. */
  backHref: string;
  /** Personal data: the legal marking goes on every page. */
  confidential: boolean;
  /** False while the content is loading: printing or saving then would put a spinner on paper. */
  ready?: boolean;
  /**
   * The content brings its own heading (a letter on the municipality's letterhead): the title is
   * kept for screen readers and the window only, and no "Skrevet ut" line is added.
   */
  bare?: boolean;
  children: ReactNode;
}

/** Kept as placeholders: the page counters are filled in by the printer, not by i18next. */
const PAGE_PLACEHOLDERS = { page: '{{page}}', pages: '{{pages}}' };

type SaveState = { status: 'idle' } | { status: 'saving' } | SavePdfOutcome;

const LANGUAGES = ['nb', 'nn', 'en'] as const;

/**
 * One A4 document outside the app shell: a toolbar that is never printed (back, print through the
 * system dialog, and in the desktop app save as PDF), the heading with when and by whom it was
 * printed, and the confidentiality marking, on every page when printed.
 */
export function PrintPage({
  title,
  fileName,
  backHref,
  confidential,
  ready = true,
  bare = false,
  children,
}: PrintPageProps) {
  const { t, i18n } = useTranslation();
  const session = useSessionStatus().data;
  const savePdf = pdfSaver();
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  // The browser's own "save as PDF" names the file after the document's title.
  useEffect(() => {
    const before = document.title;
    document.title = fileName;
    return () => {
      document.title = before;
    };
  }, [fileName]);
  // Printed when the page opened, not when the data last changed: the paper says when it left.
  const [printedAt] = useState(() => formatDateTime(new Date().toISOString()));
  const marking = `${t('print.confidential')}, ${t('print.confidentialBasis')}`;

  const onSavePdf = async () => {
    if (!savePdf) return;
    setSave({ status: 'saving' });
    // The saved file is an archive copy (PDF/A) titled and in the language as on screen.
    const language = LANGUAGES.find((l) => l === i18n.resolvedLanguage) ?? 'nb';
    setSave(await savePdf({ fileName, title, language }).catch((): SavePdfOutcome => ({ status: 'failed' })));
  };

  return (
    // The marker the archive copy waits for before it prints the page (electron/main/archive.ts).
    <div className="print-layout" data-print-ready={ready ? 'true' : undefined}>
      <style>
        {pageMarginCss({
          marking: confidential ? marking : null,
          pageOf: t('print.pageOf', PAGE_PLACEHOLDERS),
        })}
      </style>
      <header className="print-toolbar" aria-label={t('print.toolbar')}>
        <Link href={backHref}>{t('print.back')}</Link>
        <Button data-size="sm" disabled={!ready} onClick={() => window.print()}>
          {t('print.print')}
        </Button>
        {savePdf && (
          <Button
            data-size="sm"
            variant="secondary"
            disabled={!ready || save.status === 'saving'}
            onClick={() => void onSavePdf()}
          >
            {save.status === 'saving' ? t('print.savingPdf') : t('print.savePdf')}
          </Button>
        )}
        <span role="status" className="print-save-status">
          {save.status === 'saved' && t('print.savedPdf', { fileName: save.fileName })}
          {save.status === 'failed' && t('print.saveFailed')}
        </span>
      </header>
      <main id="main" tabIndex={-1} className="print-sheet">
        <header className="print-head">
          {confidential && <p className="print-confidential">{marking}</p>}
          <Heading level={1} data-size="md" className={bare ? 'visually-hidden' : undefined}>
            {title}
          </Heading>
          {!bare && (
            <Paragraph data-size="sm" className="print-generated">
              {t('print.generated', {
                dateTime: printedAt,
                user: session?.user?.displayName ?? '',
                municipality: session?.municipality ?? '',
              })}
            </Paragraph>
          )}
        </header>
        {children}
      </main>
    </div>
  );
}
