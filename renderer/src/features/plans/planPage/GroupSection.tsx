import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { PlanDetail } from '@shared/api/plans';

import { planFormHref, sectionId } from './paths';

/** The responsibility group: who from which service, and who from the family. */
export function GroupSection({ detail }: { detail: PlanDetail }) {
  const { t } = useTranslation();
  const readOnly = detail.caseClosed;
  return (
    <section aria-labelledby={sectionId('ansvarsgruppe')} className="case-section">
      <div className="section-head">
        <Heading level={2} data-size="sm" id={sectionId('ansvarsgruppe')} tabIndex={-1}>
          {t('plan.group.title')}
        </Heading>
        {!readOnly && (
          <Button asChild variant="secondary" data-size="sm">
            <a href={planFormHref(detail.caseId, 'medlem', 'ny')}>{t('plan.group.add')}</a>
          </Button>
        )}
      </div>
      {detail.members.length === 0 ? (
        <Paragraph>{t('plan.group.none')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('plan.group.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('plan.group.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('plan.group.unit')}</Table.HeaderCell>
                {!readOnly && (
                  <Table.HeaderCell>
                    <span className="visually-hidden">{t('plan.group.edit')}</span>
                  </Table.HeaderCell>
                )}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {detail.members.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>{m.name}</Table.Cell>
                  <Table.Cell>{m.role}</Table.Cell>
                  <Table.Cell>{m.kind === 'family' ? t('plan.group.family') : m.serviceUnitName}</Table.Cell>
                  {!readOnly && (
                    <Table.Cell>
                      <a href={planFormHref(detail.caseId, 'medlem', m.id)}>
                        {t('plan.group.edit')} <span className="visually-hidden">{m.name}</span>
                      </a>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
