import { Button, Heading, Link, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Coordinator } from '@shared/api/coordinators';

import { ErrorAlert } from '../../components/ErrorAlert';
import { Caseload } from './Caseload';
import { CoordinatorCasesSection } from './CoordinatorCasesSection';
import { CoordinatorTrainingSection } from './CoordinatorTrainingSection';
import { GuidanceSection } from './GuidanceSection';
import { backToCase, editHref, listHref } from './paths';
import { useCoordinator } from './queries';
import { trainingWords } from './TrainingTag';

/** One coordinator: the record, the cases they hold and have held, their training and guidance. */
export function CoordinatorPage({ id, back }: { id: number; back: string }) {
  const { t } = useTranslation();
  const detail = useCoordinator(id);
  const backLink = (
    <Link href={listHref(back)}>{backToCase(back) ? t('case.backToCase') : t('coordinators.back')}</Link>
  );

  if (detail.isPending) return <Spinner aria-label={t('app.loading')} />;
  if (detail.isError) {
    return (
      <section className="page narrow">
        {backLink}
        <ErrorAlert error={detail.error} />
      </section>
    );
  }
  const { coordinator, cases, completions, guidance } = detail.data;
  return (
    <div className="page coordinator-page">
      {backLink}
      <div className="page-header">
        <Heading level={1} data-size="lg">
          {coordinator.name}
        </Heading>
        <Button asChild variant="secondary">
          <a href={editHref(id, back)}>{t('coordinators.edit')}</a>
        </Button>
      </div>
      <CoordinatorFacts coordinator={coordinator} />
      <CoordinatorCasesSection cases={cases} />
      <CoordinatorTrainingSection coordinatorId={id} completions={completions} back={back} />
      <GuidanceSection guidance={guidance} />
    </div>
  );
}

function CoordinatorFacts({ coordinator: c }: { coordinator: Coordinator }) {
  const { t } = useTranslation();
  const none = t('coordinators.page.notRecorded');
  const facts: [string, ReactNode][] = [
    [t('coordinators.serviceUnit'), c.serviceUnitName],
    [t('coordinators.position'), c.position || none],
    [t('coordinators.phone'), c.phone || none],
    [t('coordinators.email'), c.email || none],
    [
      t('coordinators.capacity'),
      c.capacity === null
        ? t('coordinators.page.noCapacity')
        : t('coordinators.page.capacityValue', { count: c.capacity }),
    ],
    [t('coordinators.status'), c.active ? t('coordinators.page.active') : t('coordinators.page.inactive')],
    [t('coordinators.page.caseload'), <Caseload key="caseload" coordinator={c} words />],
    [t('coordinators.page.training'), trainingWords(t, c.training)],
  ];
  return (
    <dl className="facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
