import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { CaseDetail } from '@shared/api/cases';
import type { Relation } from '@shared/domain/case';

import { pageHref } from '../paths';

/** How to reach the person, whether an interpreter is needed, and who speaks for a child. */
export function PersonSection({ detail, back }: { detail: CaseDetail; back: string }) {
  const { t } = useTranslation();
  const { person } = detail;
  const none = t('case.notRecorded');
  return (
    <section aria-labelledby="case-person" className="case-section">
      <div className="section-head">
        <Heading level={2} data-size="sm" id="case-person">
          {t('case.personTitle')}
        </Heading>
        <Button asChild variant="secondary" data-size="sm">
          <a href={pageHref(detail.record.id, 'person', back)}>{t('case.editPerson')}</a>
        </Button>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('case.field.address')}</dt>
          <dd>{person.address || none}</dd>
        </div>
        <div>
          <dt>{t('case.field.phone')}</dt>
          <dd>{person.phone || none}</dd>
        </div>
        <div>
          <dt>{t('case.field.email')}</dt>
          <dd>{person.email || none}</dd>
        </div>
        <div>
          <dt>{t('case.field.interpreter')}</dt>
          <dd>
            {person.interpreterNeeded
              ? person.interpreterLanguage
                ? t('case.interpreterLanguage', { language: person.interpreterLanguage })
                : t('case.yes')
              : t('case.no')}
          </dd>
        </div>
      </dl>
      <Heading level={3} data-size="2xs">
        {t('case.relationsTitle')}
      </Heading>
      {person.relations.length === 0 ? (
        <Paragraph>{t('case.noRelations')}</Paragraph>
      ) : (
        <ul className="relation-list">
          {person.relations.map((r) => (
            <li key={r.id}>{relationLine(t, r)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function relationLine(t: (key: string, options?: Record<string, unknown>) => string, r: Relation): string {
  const parts = [t('case.relationName', { name: r.name, relation: t(`enums.relation.${r.relation}`) })];
  if (r.parentalResponsibility) parts.push(t('case.field.parentalResponsibility'));
  if (r.mayConsent) parts.push(t('case.field.mayConsent'));
  for (const contact of [r.phone, r.email, r.address]) if (contact) parts.push(contact);
  return parts.join(' · ');
}
