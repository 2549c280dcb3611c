import { useTranslation } from 'react-i18next';

import type { CaseDetail } from '@shared/api/cases';

import { Breakable } from '../Breakable';

/** Who speaks for the person: guardians, next of kin and proxies, with how to reach them. */
export function RelationsPrint({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { relations } = detail.person;
  const yesNo = (value: boolean) => (value ? t('case.yes') : t('case.no'));
  return (
    <section className="print-section" aria-labelledby="print-relations">
      <h2 id="print-relations">{t('case.relationsTitle')}</h2>
      {relations.length === 0 ? (
        <p>{t('case.noRelations')}</p>
      ) : (
        <table className="print-grid">
          <thead>
            <tr>
              <th scope="col">{t('case.field.name')}</th>
              <th scope="col">{t('case.field.relation')}</th>
              <th scope="col">{t('case.field.parentalResponsibility')}</th>
              <th scope="col">{t('case.field.mayConsent')}</th>
              <th scope="col">{t('case.field.phone')}</th>
            </tr>
          </thead>
          <tbody>
            {relations.map((r) => (
              <tr key={r.id}>
                <td>
                  <Breakable text={r.name} />
                </td>
                <td>{t(`enums.relation.${r.relation}`)}</td>
                <td>{yesNo(r.parentalResponsibility)}</td>
                <td>{yesNo(r.mayConsent)}</td>
                <td className="nowrap">{r.phone}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
