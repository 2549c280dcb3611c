import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { AppointFormPage } from '@renderer/features/appointments/AppointFormPage';
import { AppointmentEditPage } from '@renderer/features/appointments/AppointmentEditPage';
import { ChangeFormPage } from '@renderer/features/appointments/ChangeFormPage';
import type { CaseDetail } from '@shared/api/cases';
import { closingInForce } from '@shared/domain/caseSteps';
import { grantedRoles } from '@shared/domain/coordination';

import { caseHref, coordinationHref, stepHref } from '../paths';

/** `#/saker/<id>/koordinator/ny`, `/bytt` and `/<appointmentId>`: the forms about coordinators. */
export function CoordinationPage({
  detail,
  sub,
  back,
}: {
  detail: CaseDetail;
  sub: string | undefined;
  back: string;
}) {
  const { t } = useTranslation();
  const { record, person, coordination } = detail;
  const appointment =
    sub && /^\d+$/.test(sub) ? coordination.history.find((a) => a.id === Number(sub)) : undefined;
  const title =
    sub === 'ny'
      ? 'case.coordination.form.new'
      : sub === 'bytt'
        ? 'case.coordination.form.change'
        : 'case.coordination.form.edit';

  let body: ReactNode;
  if (closingInForce(record)) {
    body = (
      <Alert data-color="warning">
        <Paragraph>{t('case.closedNoSteps')}</Paragraph>
        <Link href={stepHref(record.id, 'reopening', back)}>{t('case.form.new.reopening')}</Link>
      </Alert>
    );
  } else if (sub === 'ny' || sub === 'bytt') {
    if (grantedRoles(record).length === 0)
      body = <Alert data-color="warning">{t('case.coordination.notGranted')}</Alert>;
    else if (sub === 'ny' && coordination.current)
      body = (
        <Alert data-color="info">
          <Paragraph>{t('case.coordination.alreadyHas')}</Paragraph>
          <Link href={coordinationHref(record.id, 'bytt', back)}>{t('case.coordination.change')}</Link>
        </Alert>
      );
    else if (sub === 'bytt' && !coordination.current)
      body = (
        <Alert data-color="info">
          <Paragraph>{t('case.coordination.nothingToChange')}</Paragraph>
          <Link href={coordinationHref(record.id, 'ny', back)}>{t('case.coordination.appoint')}</Link>
        </Alert>
      );
    else if (sub === 'ny') body = <AppointFormPage detail={detail} back={back} />;
    else body = <ChangeFormPage detail={detail} current={coordination.current!} back={back} />;
  } else if (appointment) {
    body = <AppointmentEditPage key={appointment.id} detail={detail} appointment={appointment} back={back} />;
  } else {
    body = <Alert data-color="warning">{t('case.coordination.notFound')}</Alert>;
  }

  return (
    <section className="page coordination-form">
      <Link href={caseHref(record.id, back)}>{t('case.backToCase')}</Link>
      <div>
        <Heading level={1} data-size="lg">
          {t(title)}
        </Heading>
        <Paragraph className="form-subject">
          {t('case.formSubject', { name: person.name, number: record.caseNumber })}
        </Paragraph>
      </div>
      {body}
    </section>
  );
}
