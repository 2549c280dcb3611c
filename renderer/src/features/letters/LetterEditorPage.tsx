import { Heading, Link, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import type { CaseDetail } from '@shared/api/cases';
import type { LetterKind } from '@shared/api/letters';

import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { caseHref } from '../cases/casePage/paths';
import { LetterEditorForm } from './LetterEditorForm';
import { useLetterSettings } from './queries';

/**
 * `#/saker/<id>/brev/ny?type=…&vedtak=<stepId>`: the letter filled from its template by core
 * (dated today), to read, edit and preview before it is recorded and printed.
 */
export function LetterEditorPage({
  detail,
  kind,
  decisionId,
  back,
}: {
  detail: CaseDetail;
  kind: LetterKind;
  decisionId: number | null;
  back: string;
}) {
  const { t } = useTranslation();
  const { record, person } = detail;
  const settings = useLetterSettings();
  // The first fill; later ones are asked for by the form when a date changes. Each is a logged read.
  const first = useQuery({
    queryKey: ['letters.draft', record.id, kind, decisionId],
    queryFn: () => call('letters.draft', { caseId: record.id, kind, decisionId, date: detail.today }),
    staleTime: Infinity,
    gcTime: 0,
  });
  const decision = first.data?.decision;
  const title =
    kind === 'interimReply'
      ? t('letters.editor.titleInterim')
      : t('letters.editor.titleDecision', {
          right: decision ? t(`case.rightInText.${decision.right}`) : '',
        });

  let body;
  if (first.isError || settings.isError) body = <ErrorAlert error={first.error ?? settings.error} />;
  else if (!first.data || !settings.data) body = <Spinner aria-label={t('app.loading')} />;
  else
    body = (
      <LetterEditorForm
        detail={detail}
        kind={kind}
        decisionId={decisionId}
        back={back}
        initial={first.data}
        letterhead={settings.data}
      />
    );

  return (
    <section className="page narrow">
      <Link href={caseHref(record.id, back)}>{t('case.backToCase')}</Link>
      <div>
        <Heading level={1} data-size="lg">
          {title}
        </Heading>
        <Paragraph className="form-subject">
          {t('case.formSubject', { name: person.name, number: record.caseNumber })}
        </Paragraph>
      </div>
      {body}
    </section>
  );
}
