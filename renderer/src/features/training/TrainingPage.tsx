import { Button, Heading, Link, Paragraph, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { GuidanceSession, TrainingSessionRow } from '@shared/api/training';
import { todayIso } from '@shared/domain/calendar';

import { navigate } from '../../app/router';
import { formatDay } from '../../components/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListTable } from '../../components/lists/ListTable';
import { norwegian } from '../coordinators/filter';
import { CourseCatalogue } from './CourseCatalogue';
import { formHref, type TrainingRecord } from './paths';
import { useTrainingOverview } from './queries';

/** `#/opplaering`: the sessions held and planned, the guidance given, and the course catalogue. */
export function TrainingPage() {
  const { t } = useTranslation();
  const overview = useTrainingOverview();
  const today = todayIso(new Date());
  const data = overview.data;

  return (
    <section className="page training-page">
      <Heading level={1} data-size="lg">
        {t('training.title')}
      </Heading>
      <Paragraph>{t('training.intro')}</Paragraph>
      <ErrorAlert error={overview.error} />
      {overview.isPending ? (
        <Spinner aria-label={t('app.loading')} />
      ) : (
        data && (
          <>
            <OverviewSection
              title={t('training.sessions.title')}
              record="session"
              newLabel={t('training.sessions.new')}
            >
              {data.sessions.length === 0 ? (
                <Paragraph>
                  {data.courses.some((c) => c.active)
                    ? t('training.sessions.empty')
                    : t('training.sessions.emptyNoCourses')}
                </Paragraph>
              ) : (
                <SessionTable rows={data.sessions} today={today} />
              )}
            </OverviewSection>
            <OverviewSection
              title={t('training.guidance.title')}
              record="guidance"
              newLabel={t('training.guidance.new')}
            >
              {data.guidance.length === 0 ? (
                <Paragraph>{t('training.guidance.empty')}</Paragraph>
              ) : (
                <GuidanceTable rows={data.guidance} />
              )}
            </OverviewSection>
            <OverviewSection
              title={t('training.courses.title')}
              record="course"
              newLabel={t('training.courses.new')}
            >
              {data.courses.length === 0 ? (
                <Paragraph>{t('training.courses.empty')}</Paragraph>
              ) : (
                <CourseCatalogue courses={data.courses} />
              )}
            </OverviewSection>
          </>
        )
      )}
    </section>
  );
}

function OverviewSection({
  title,
  record,
  newLabel,
  children,
}: {
  title: string;
  record: TrainingRecord;
  newLabel: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="case-section" aria-labelledby={headingId}>
      <div className="section-head">
        <Heading level={2} data-size="md" id={headingId}>
          {title}
        </Heading>
        <Button variant="secondary" onClick={() => navigate(formHref(record, null))}>
          {newLabel}
        </Button>
      </div>
      {children}
    </section>
  );
}

/** Latest (or furthest ahead) first, as core lists them; a session after today is planned. */
function SessionTable({ rows, today }: { rows: TrainingSessionRow[]; today: string }) {
  const { t } = useTranslation();
  return (
    <ListTable
      scroll
      zebra
      data-testid="session-table"
      caption={t('training.sessions.caption')}
      headers={[
        t('training.sessions.date'),
        t('training.sessions.course'),
        t('training.sessions.place'),
        t('training.sessions.attendees'),
        <span className="visually-hidden">{t('training.edit')}</span>,
      ]}
    >
      {rows.map((s) => (
        <Table.Row key={s.id}>
          <Table.Cell className="nowrap">
            {formatDay(s.date)}
            {s.date > today && (
              <>
                {' '}
                <Tag data-color="info">{t('training.sessions.planned')}</Tag>
              </>
            )}
          </Table.Cell>
          <Table.Cell>{s.courseName}</Table.Cell>
          <Table.Cell>{s.place}</Table.Cell>
          <Table.Cell className="number">{s.attendeeCount}</Table.Cell>
          <Table.Cell>
            <Link
              href={formHref('session', s.id)}
              aria-label={t('training.sessions.editLabel', {
                course: s.courseName,
                date: formatDay(s.date),
              })}
            >
              {t('training.edit')}
            </Link>
          </Table.Cell>
        </Table.Row>
      ))}
    </ListTable>
  );
}

function GuidanceTable({ rows }: { rows: GuidanceSession[] }) {
  const { t } = useTranslation();
  return (
    <ListTable
      scroll
      zebra
      data-testid="guidance-table"
      caption={t('training.guidance.caption')}
      headers={[
        t('training.guidance.date'),
        t('training.guidance.topic'),
        t('training.guidance.coordinators'),
        <span className="visually-hidden">{t('training.edit')}</span>,
      ]}
    >
      {rows.map((g) => (
        <Table.Row key={g.id}>
          <Table.Cell className="nowrap">{formatDay(g.date)}</Table.Cell>
          <Table.Cell>{g.topic}</Table.Cell>
          <Table.Cell>{g.coordinatorNames.toSorted(norwegian.compare).join(', ')}</Table.Cell>
          <Table.Cell>
            <Link
              href={formHref('guidance', g.id)}
              aria-label={t('training.guidance.editLabel', { topic: g.topic, date: formatDay(g.date) })}
            >
              {t('training.edit')}
            </Link>
          </Table.Cell>
        </Table.Row>
      ))}
    </ListTable>
  );
}
