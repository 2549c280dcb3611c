import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { CaseDetail } from '@shared/api/cases';
import type { Deadline } from '@shared/domain/case';

import { daysText, deadlineSentence, warningSentence } from '../texts';

function deadlineColor(d: Deadline): string {
  switch (d.state) {
    case 'overdue':
      return 'danger';
    case 'dueSoon':
      return 'warning';
    case 'running':
      return 'info';
    case 'met':
      return 'success';
    case 'expired':
      // A family's appeal deadline that ran out is a fact; an office deadline missed is a fault.
      return d.kind === 'appeal' ? 'neutral' : 'danger';
  }
}

/** The running deadlines in plain words with their legal reference, and what needs attention. */
export function DeadlinesSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { deadlines } = detail.overview;
  const warnings = [...detail.overview.warnings, ...detail.coordination.warnings];
  return (
    <>
      <section aria-labelledby="case-deadlines" className="case-section">
        <Heading level={2} data-size="sm" id="case-deadlines">
          {t('case.deadlinesTitle')}
        </Heading>
        {deadlines.length === 0 ? (
          <Paragraph>{t('case.noDeadlines')}</Paragraph>
        ) : (
          <ul className="deadline-list">
            {deadlines.map((d) => {
              const days = daysText(t, d);
              return (
                <li key={`${d.kind}-${d.decisionId ?? ''}`} className={`deadline deadline-${d.state}`}>
                  <Tag data-color={deadlineColor(d)}>{t(`case.deadlineState.${d.state}`)}</Tag>
                  <span>
                    {days
                      ? t('case.sentenceWithDays', { sentence: deadlineSentence(t, d), days })
                      : deadlineSentence(t, d)}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {warnings.length > 0 && (
        <Alert data-color="warning" className="case-warnings">
          <Heading level={2} data-size="xs">
            {t('case.warningsTitle')}
          </Heading>
          <ul>
            {warnings.map((w, i) => (
              <li key={`${w.kind}-${i}`}>{warningSentence(t, w)}</li>
            ))}
          </ul>
        </Alert>
      )}
    </>
  );
}
