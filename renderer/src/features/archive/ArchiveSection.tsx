import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ArchiveCopyOutcome } from '@shared/api/archive';
import type { CaseDetail } from '@shared/api/cases';

import { archiveCopier } from '../../api/client';
import { formatDateTime } from '../../components/dates';
import { caseKeys } from '../cases/casePage/queries';

type State = { status: 'idle' } | { status: 'working' } | ArchiveCopyOutcome;

/**
 * The case page's "Arkivkopi": what the package holds, the latest copy made, and the button that
 * makes one (prominent once the case is closed, when it is due for the archive). On the desktop
 * the folder is chosen in the system dialog; in the demo it is typed.
 */
export function ArchiveSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const copier = archiveCopier();
  const [folder, setFolder] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const caseId = detail.record.id;
  const closed = detail.overview.status === 'closed';
  const latest = detail.archiveCopy ?? null;

  const make = async () => {
    if (!copier) return;
    setState({ status: 'working' });
    const outcome = await copier
      .make(caseId, copier.needsFolder ? folder : undefined)
      .catch((): ArchiveCopyOutcome => ({ status: 'failed', reason: 'failed' }));
    setState(outcome);
    // The copy just made is the latest: shown without reading the case again.
    if (outcome.status === 'made')
      queryClient.setQueryData<CaseDetail>(caseKeys.one(caseId), (d) =>
        d ? { ...d, archiveCopy: outcome.copy } : d,
      );
  };

  return (
    <section aria-labelledby="case-archive" className="case-section no-print">
      <Heading level={2} data-size="sm" id="case-archive">
        {t('archive.section.title')}
      </Heading>
      <Paragraph>{closed ? t('archive.section.explainClosed') : t('archive.section.explainOpen')}</Paragraph>
      <Paragraph data-testid="archive-latest">
        {latest === null
          ? t('archive.section.none')
          : latest.madeBy
            ? t('archive.section.latest', { date: formatDateTime(latest.madeAt), user: latest.madeBy })
            : t('archive.section.latestUnknownUser', { date: formatDateTime(latest.madeAt) })}
      </Paragraph>
      {copier?.needsFolder && (
        <Textfield
          label={t('archive.section.folder')}
          description={t('archive.section.folderHelp')}
          autoComplete="off"
          spellCheck={false}
          value={folder}
          onChange={(e) => setFolder(e.target.value)}
        />
      )}
      {copier && (
        <div>
          <Button
            variant={closed ? 'primary' : 'secondary'}
            disabled={state.status === 'working'}
            onClick={() => void make()}
          >
            {state.status === 'working' ? t('archive.section.making') : t('archive.section.make')}
          </Button>
        </div>
      )}
      <p role="status" className="archive-status">
        {state.status === 'made' && t('archive.section.made', { files: state.files, folder: state.folder })}
        {state.status === 'cancelled' && t('archive.section.cancelled')}
        {state.status === 'failed' && t(`archive.failure.${state.reason}`, { message: state.message ?? '' })}
      </p>
    </section>
  );
}
