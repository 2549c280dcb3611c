import { Alert, Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CoordinatorCompletion } from '@shared/api/coordinators';

import { formatDay } from '../../components/dates';
import { ListTable } from '../../components/lists/ListTable';
import { completionHref, trainingSessionHref } from './paths';
import { RemoveCompletionConfirm } from './RemoveCompletionConfirm';

/** The courses the coordinator has completed, newest first, and the way to record one more. */
export function CoordinatorTrainingSection({
  coordinatorId,
  completions,
  back,
}: {
  coordinatorId: number;
  completions: CoordinatorCompletion[];
  back: string;
}) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<CoordinatorCompletion | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  // When the question closes, focus goes back to the section rather than to the top of the page.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const closeQuestion = () => {
    setRemoving(null);
    headingRef.current?.focus();
  };
  const what = (c: CoordinatorCompletion) =>
    t('coordinators.completions.what', { course: c.courseName, date: formatDay(c.date) });

  return (
    <section aria-labelledby="coordinator-training" className="case-section">
      <div className="section-head">
        <Heading level={2} data-size="sm" id="coordinator-training" ref={headingRef} tabIndex={-1}>
          {t('coordinators.completions.title')}
        </Heading>
        <Button asChild variant="secondary" data-size="sm">
          <a href={completionHref(coordinatorId, back)}>{t('coordinators.completions.record')}</a>
        </Button>
      </div>
      {removed && (
        <Alert data-color="success" role="status">
          {t('coordinators.completions.removed', { what: removed })}
        </Alert>
      )}
      {completions.length === 0 ? (
        <Paragraph>{t('coordinators.completions.empty')}</Paragraph>
      ) : (
        <ListTable
          scroll
          zebra
          data-testid="coordinator-completions"
          caption={t('coordinators.completions.title')}
          headers={[
            t('coordinators.completions.course'),
            t('coordinators.completions.required'),
            t('coordinators.completions.date'),
            t('coordinators.completions.validUntil'),
            t('coordinators.completions.source'),
            <span className="visually-hidden">{t('coordinators.completions.actions')}</span>,
          ]}
        >
          {completions.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>{c.courseName}</Table.Cell>
              <Table.Cell>
                {c.required ? t('coordinators.completions.yes') : t('coordinators.completions.no')}
              </Table.Cell>
              <Table.Cell className="nowrap">{formatDay(c.date)}</Table.Cell>
              <Table.Cell className="nowrap">
                {c.validUntil ? formatDay(c.validUntil) : t('coordinators.completions.noExpiry')}
              </Table.Cell>
              <Table.Cell>
                {c.sessionId === null ? (
                  t('coordinators.completions.single')
                ) : (
                  <Link
                    href={trainingSessionHref(c.sessionId)}
                    aria-label={t('coordinators.completions.sessionLabel', { what: what(c) })}
                  >
                    {t('coordinators.completions.session')}
                  </Link>
                )}
              </Table.Cell>
              <Table.Cell>
                {c.sessionId === null && (
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('coordinators.completions.removeLabel', { what: what(c) })}
                    onClick={() => {
                      setRemoved(null);
                      setRemoving(c);
                    }}
                  >
                    {t('coordinators.completions.remove')}
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </ListTable>
      )}
      {removing && (
        <RemoveCompletionConfirm
          key={removing.id}
          completionId={removing.id}
          what={what(removing)}
          onCancel={closeQuestion}
          onRemoved={() => {
            setRemoved(what(removing));
            closeQuestion();
          }}
        />
      )}
    </section>
  );
}
