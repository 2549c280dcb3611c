import { useTranslation } from 'react-i18next';

import { formatDate, formatDay } from '@renderer/components/dates';
import type { CaseDetail } from '@shared/api/cases';

import { formatNationalId } from '../../cases/caseCells';
import { rightName } from '../../cases/casePage/texts';
import { Facts } from './Facts';

/** Who the case is about and how it came in. */
export function PersonPrint({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { person, record, overview } = detail;
  const born =
    person.birthDate === null
      ? ''
      : overview.ageToday === null
        ? formatDay(person.birthDate)
        : t('case.person.bornWithAge', { date: formatDay(person.birthDate), age: overview.ageToday });
  return (
    <section className="print-section" aria-labelledby="print-person">
      <h2 id="print-person">{t('print.case.personTitle')}</h2>
      <Facts
        facts={[
          [t('case.field.name'), person.name],
          [
            t('case.person.nationalId'),
            person.nationalId ? formatNationalId(person.nationalId) : t('case.person.noNationalId'),
          ],
          [t('case.person.born'), born],
          [
            t('case.person.notBornYet'),
            person.birthDate === null && person.dueDate
              ? t('case.person.due', { date: formatDay(person.dueDate) })
              : '',
          ],
          [t('case.field.address'), person.address],
          [t('retention.anonymisedOn'), record.anonymisedAt ? formatDate(record.anonymisedAt) : ''],
          [t('case.caseNumber'), record.caseNumber],
          [t('case.statusLabel'), t(`enums.caseStatus.${overview.status}`)],
          [t('case.received'), formatDay(record.receivedDate)],
          [t('case.field.channel'), t(`enums.channel.${record.channel}`)],
          [t('case.field.appliedBy'), appliedBy(t, record.appliedBy, record.appliedByName)],
          [t('case.field.rightsRequested'), record.rightsRequested.map((r) => rightName(t, r)).join(', ')],
          [t('case.field.needDescription'), record.needDescription],
        ]}
      />
    </section>
  );
}

function appliedBy(t: (key: string) => string, kind: string, name: string): string {
  const who = t(`enums.applicant.${kind}`);
  return name ? `${who}: ${name}` : who;
}
