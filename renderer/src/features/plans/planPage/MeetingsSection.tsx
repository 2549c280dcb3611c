import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { formatDay } from '@renderer/components/dates';
import type { PlanDetail } from '@shared/api/plans';
import type { Meeting } from '@shared/domain/plan';

import { FactList } from '../../cases/casePage/overview/Timeline';
import { planFormHref, sectionId } from './paths';

/** Meetings, newest first: who came, whether minutes were written and where they are filed. */
export function MeetingsSection({ detail }: { detail: PlanDetail }) {
  const { t } = useTranslation();
  const readOnly = detail.caseClosed;
  return (
    <section aria-labelledby={sectionId('moter')} className="case-section">
      <div className="section-head">
        <Heading level={2} data-size="sm" id={sectionId('moter')} tabIndex={-1}>
          {t('plan.meetings.title')}
        </Heading>
        {!readOnly && (
          <Button asChild variant="secondary" data-size="sm">
            <a href={planFormHref(detail.caseId, 'mote', 'ny')}>{t('plan.meetings.add')}</a>
          </Button>
        )}
      </div>
      {detail.meetings.length === 0 ? (
        <Paragraph>{t('plan.meetings.none')}</Paragraph>
      ) : (
        <ol className="timeline">
          {detail.meetings.map((m) => (
            <li key={m.id}>
              <div className="timeline-head">
                <Heading level={3} data-size="2xs">
                  {t('plan.meetings.entryTitle', {
                    kind: t(`plan.meetingKind.${m.kind}`),
                    date: formatDay(m.date),
                  })}
                </Heading>
                {!readOnly && (
                  <Button asChild variant="secondary" data-size="sm">
                    <a href={planFormHref(detail.caseId, 'mote', m.id)}>
                      {t('plan.meetings.edit')}{' '}
                      <span className="visually-hidden">
                        {t('plan.meetings.meetingInName', { date: formatDay(m.date) })}
                      </span>
                    </a>
                  </Button>
                )}
              </div>
              <FactList facts={meetingFacts(detail, m, t)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function meetingFacts(
  detail: PlanDetail,
  m: Meeting,
  t: (key: string, params?: Record<string, unknown>) => string,
): [string, string][] {
  const names = m.participantIds.flatMap((id) => detail.members.find((x) => x.id === id)?.name ?? []);
  if (m.otherParticipants) names.push(m.otherParticipants);
  return [
    [
      t('plan.meetings.participants'),
      names.length > 0 ? names.join(', ') : t('plan.meetings.noParticipants'),
    ],
    [
      t('plan.meetings.minutes'),
      !m.minutesWritten
        ? t('plan.meetings.minutesNotWritten')
        : m.minutesReference
          ? t('plan.meetings.minutesWrittenAt', { reference: m.minutesReference })
          : t('plan.meetings.minutesWritten'),
    ],
    [t('plan.meetings.nextMeeting'), formatDay(m.nextMeetingDate) || t('plan.fact.notRecorded')],
  ];
}
