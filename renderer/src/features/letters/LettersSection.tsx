import { Button, Heading, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { CaseDetail } from '@shared/api/cases';
import type { LetterSummary } from '@shared/api/letters';

import { formatDay } from '../../components/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { caseHref } from '../cases/casePage/paths';
import { chooseLetterHref, letterPrintHref } from './paths';
import { useLetters } from './queries';

/** What a letter is about: the kind, and for a decision letter the right decided. */
export function useLetterTitle() {
  const { t } = useTranslation();
  return (letter: Pick<LetterSummary, 'kind' | 'right' | 'decisionId'>) => {
    const kind = t(`letters.kind.${letter.kind}`);
    if (letter.kind !== 'decision') return kind;
    const about = letter.right ? t(`case.rightInText.${letter.right}`) : t('letters.section.decisionRemoved');
    return `${kind} (${about})`;
  };
}

/**
 * The case page's "Brev": the letters sent, newest first, each to print again, and the way to
 * write a new one.
 */
export function LettersSection({ detail, back }: { detail: CaseDetail; back: string }) {
  const { t } = useTranslation();
  const caseId = detail.record.id;
  const letters = useLetters(caseId);
  const title = useLetterTitle();
  const here = caseHref(caseId, back);

  return (
    <section aria-labelledby="case-letters" className="case-section">
      <Heading level={2} data-size="sm" id="case-letters">
        {t('letters.section.title')}
      </Heading>
      {letters.isPending && <Spinner aria-label={t('app.loading')} />}
      <ErrorAlert error={letters.error} />
      {letters.data && letters.data.length === 0 && <Paragraph>{t('letters.section.empty')}</Paragraph>}
      {letters.data && letters.data.length > 0 && (
        <Table>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('letters.section.date')}</Table.HeaderCell>
              <Table.HeaderCell>{t('letters.section.kindColumn')}</Table.HeaderCell>
              <Table.HeaderCell>{t('letters.section.writtenBy')}</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="visually-hidden">{t('letters.section.print')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {letters.data.map((letter) => (
              <Table.Row key={letter.id}>
                <Table.Cell>{formatDay(letter.date)}</Table.Cell>
                <Table.Cell>{title(letter)}</Table.Cell>
                <Table.Cell>{letter.createdBy}</Table.Cell>
                <Table.Cell>
                  <Link
                    href={letterPrintHref(letter.id, here)}
                    aria-label={t('letters.section.printLabel', {
                      kind: title(letter),
                      date: formatDay(letter.date),
                    })}
                  >
                    {t('letters.section.print')}
                  </Link>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <div className="button-row">
        <Button asChild variant="secondary">
          <a href={chooseLetterHref(caseId, back)}>{t('letters.section.write')}</a>
        </Button>
      </div>
    </section>
  );
}
