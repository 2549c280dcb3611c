import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { formatDateTime, formatDay } from '@renderer/components/dates';
import { useCoordinationTexts } from '@renderer/features/appointments/texts';
import type { CaseDetail } from '@shared/api/cases';
import type { AppointmentEntry } from '@shared/domain/coordination';

import type { Fact } from '../overview/stepFacts';
import { FactList } from '../overview/Timeline';
import { coordinationHref } from '../paths';

/**
 * Who coordinates the case now, what to do when nobody does, and every coordinator the case has
 * had with the days it went without one. Shown when a coordinator was asked for or has been appointed.
 */
export function CoordinatorSection({ detail, back }: { detail: CaseDetail; back: string }) {
  const { t } = useTranslation();
  const texts = useCoordinationTexts();
  const { record, coordination, today } = detail;
  const { need, current, history } = coordination;
  const asked = record.rightsRequested.some((r) => r === 'koordinator' || r === 'barnekoordinator');
  if (!asked && history.length === 0) return null;
  const lastEnd = history.at(-1)?.endDate ?? null;

  return (
    <section aria-labelledby="case-coordination" className="case-section">
      <Heading level={2} data-size="sm" id="case-coordination">
        {t('case.coordination.title')}
      </Heading>
      {current ? (
        <Paragraph>
          {t(current.startDate > today ? 'case.coordination.planned' : 'case.coordination.current', {
            role: texts.role(current.role),
            name: current.coordinatorName,
            unit: current.serviceUnitName,
            date: formatDay(current.startDate),
          })}
        </Paragraph>
      ) : need ? (
        <Alert data-color="warning">
          {lastEnd && history.length > 0
            ? t('case.coordination.noneNow', { date: formatDay(lastEnd) })
            : t('case.coordination.noneYet', { date: formatDay(need.since) })}
        </Alert>
      ) : (
        <Paragraph>{t('case.coordination.noneNeeded')}</Paragraph>
      )}
      <div className="button-row">
        {current ? (
          <Button asChild variant="secondary">
            <a href={coordinationHref(record.id, 'bytt', back)}>{t('case.coordination.change')}</a>
          </Button>
        ) : (
          need && (
            <Button asChild>
              <a href={coordinationHref(record.id, 'ny', back)}>{t('case.coordination.appoint')}</a>
            </Button>
          )
        )}
      </div>
      {history.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {t('case.coordination.historyTitle')}
          </Heading>
          <ol className="timeline">
            {history.map((a, i) => (
              <li key={a.id}>
                <div className="timeline-head">
                  <Heading level={4} data-size="2xs">
                    {t('case.coordination.entryTitle', { name: a.coordinatorName, role: texts.role(a.role) })}
                  </Heading>
                  <Button asChild variant="secondary" data-size="sm">
                    <a href={coordinationHref(record.id, a.id, back)}>
                      {t('case.edit')}{' '}
                      <span className="visually-hidden">
                        {t('case.coordination.editEntry', { name: a.coordinatorName })}
                      </span>
                    </a>
                  </Button>
                </div>
                <FactList facts={entryFacts(a, i === 0, texts, t)} />
                <p className="recorded-by">
                  {t('case.recordedBy', { name: a.recordedBy, at: formatDateTime(a.recordedAt) })}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function entryFacts(
  a: AppointmentEntry,
  first: boolean,
  texts: ReturnType<typeof useCoordinationTexts>,
  t: (key: string, params?: Record<string, unknown>) => string,
): Fact[] {
  const notRecorded = t('case.coordination.notRecorded');
  const facts: Fact[] = [
    [t('case.coordination.unit'), a.serviceUnitName],
    [
      t('case.coordination.period'),
      a.endDate
        ? t('case.coordination.periodClosed', { from: formatDay(a.startDate), to: formatDay(a.endDate) })
        : t('case.coordination.periodOpen', { from: formatDay(a.startDate) }),
    ],
  ];
  if (a.daysWithout !== null) {
    facts.push(
      first
        ? [t('case.coordination.daysFromDecision'), String(a.daysWithout)]
        : [
            t('case.coordination.daysWithout'),
            a.daysWithout === 0 ? t('case.coordination.sameDay') : String(a.daysWithout),
          ],
    );
  }
  facts.push(
    [t('case.coordination.familyWish'), t(`case.coordination.wish.${a.familyWish}`)],
    [t('case.coordination.familyNotified'), formatDay(a.familyNotifiedDate) || notRecorded],
    [t('case.coordination.partnersNotified'), formatDay(a.partnersNotifiedDate) || notRecorded],
  );
  if (a.endReason) {
    facts.push([t('case.coordination.endReason'), texts.endReason(a.endReason)]);
    if (a.endNote) facts.push([t('case.coordination.endNote'), a.endNote]);
  }
  return facts;
}
