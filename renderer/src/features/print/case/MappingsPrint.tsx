import { useTranslation } from 'react-i18next';

import { formatDay } from '@renderer/components/dates';
import type { CaseDetail } from '@shared/api/cases';
import { stepsOf } from '@shared/domain/caseSteps';

import { Breakable } from '../Breakable';

/** Every mapping conversation, oldest first: who took part and what the child said. */
export function MappingsPrint({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const mappings = [...stepsOf(detail.record, 'mapping')].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section className="print-section" aria-labelledby="print-mappings">
      <h2 id="print-mappings">{t('print.case.mappingsTitle')}</h2>
      {mappings.length === 0 ? (
        <p>{t('print.case.noMappings')}</p>
      ) : (
        <table className="print-grid">
          <thead>
            <tr>
              <th scope="col">{t('case.field.date')}</th>
              <th scope="col">{t('case.field.mappingForm')}</th>
              <th scope="col">{t('case.field.participants')}</th>
              <th scope="col">{t('case.field.childParticipated')}</th>
              <th scope="col">{t('case.field.childViews')}</th>
            </tr>
          </thead>
          <tbody>
            {mappings.map((m) => (
              <tr key={m.id}>
                <td className="nowrap">{formatDay(m.date)}</td>
                <td>{t(`case.mappingForm.${m.form}`)}</td>
                <td>
                  <Breakable text={m.participants} />
                </td>
                <td>{m.childParticipated ? t('case.yes') : t('case.no')}</td>
                <td>
                  <Breakable text={m.childViews} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
