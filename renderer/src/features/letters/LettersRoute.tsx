import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { CaseDetail } from '@shared/api/cases';
import { stepsOf } from '@shared/domain/caseSteps';

import { parseHash, useHash } from '../../app/router';
import { caseHref } from '../cases/casePage/paths';
import { ChooseLetterPage } from './ChooseLetterPage';
import { LetterEditorPage } from './LetterEditorPage';
import { letterKindOf } from './paths';

/**
 * The case's letter pages: `#/saker/<id>/brev` chooses, `#/saker/<id>/brev/ny?type=…&vedtak=…`
 * writes. An address naming no letter kind, or a decision not on this case, is not found.
 */
export function LettersRoute({ detail, rest, back }: { detail: CaseDetail; rest: string[]; back: string }) {
  const { t } = useTranslation();
  const query = parseHash(useHash()).query;
  if (rest.length === 0) return <ChooseLetterPage detail={detail} back={back} />;
  const kind = letterKindOf(query.get('type'));
  const vedtak = query.get('vedtak') ?? '';
  const decision =
    kind === 'decision' && /^\d+$/.test(vedtak)
      ? stepsOf(detail.record, 'decision').find((d) => d.id === Number(vedtak))
      : undefined;
  const known = kind === 'interimReply' || decision !== undefined;
  if (rest.length === 1 && rest[0] === 'ny' && kind && known) {
    return (
      <LetterEditorPage
        key={`${kind}-${decision?.id ?? ''}`}
        detail={detail}
        kind={kind}
        decisionId={decision?.id ?? null}
        back={back}
      />
    );
  }
  return (
    <section className="page narrow">
      <Link href={caseHref(detail.record.id, back)}>{t('case.backToCase')}</Link>
      <Heading level={1} data-size="lg">
        {t('case.notFoundTitle')}
      </Heading>
      <Paragraph>{t('case.notFoundText')}</Paragraph>
    </section>
  );
}
