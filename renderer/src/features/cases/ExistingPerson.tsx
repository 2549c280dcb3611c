import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { PersonMatch } from '@shared/api/persons';

import { hrefFor } from '../../app/router';
import { formatDay } from '../../components/dates';
import { formatNationalId } from './caseCells';

/** The person the typed number belongs to, offered instead of registering them twice. */
export function ExistingPerson({ match, onUse }: { match: PersonMatch; onUse: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { person, cases } = match;
  return (
    <section className="boxed existing-person" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {t('cases.new.existingTitle', { name: person.name })}
      </Heading>
      <Paragraph>
        {[
          person.birthDate ? t('cases.bornOn', { date: formatDay(person.birthDate) }) : null,
          person.nationalId ? formatNationalId(person.nationalId) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Paragraph>
      {cases.length === 0 ? (
        <Paragraph data-size="sm">{t('cases.new.existingNoCases')}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{t('cases.new.existingCases')}</Paragraph>
          <ul className="plain-list">
            {cases.map((c) => (
              <li key={c.id}>
                <Link href={hrefFor(['saker', String(c.id)])}>{c.caseNumber}</Link>{' '}
                {t(c.closed ? 'cases.new.existingCaseClosed' : 'cases.new.existingCaseOpen', {
                  date: formatDay(c.receivedDate),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="button-row">
        <Button onClick={onUse}>{t('cases.new.useExisting')}</Button>
      </div>
    </section>
  );
}
