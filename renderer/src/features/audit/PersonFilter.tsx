import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDay } from '../../components/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { personLabel } from './describeRow';
import { useAuditPersonSearch } from './queries';

/**
 * The person filter: search by name or fødselsnummer, then choose one of the matches. The
 * search itself is logged in core (it shows persons).
 */
export function PersonFilter({ onChoose }: { onChoose: (personId: number) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [asked, setAsked] = useState('');
  const matches = useAuditPersonSearch(asked);
  const search = () => setAsked(text.trim());
  return (
    <div className="field audit-person-filter">
      <Textfield
        label={t('auditLog.filters.person')}
        description={t('auditLog.filters.personHelp')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            search();
          }
        }}
      />
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        onClick={search}
        disabled={text.trim().length < 2}
      >
        {t('auditLog.filters.personSearch')}
      </Button>
      <ErrorAlert error={matches.error} />
      {matches.data &&
        (matches.data.length === 0 ? (
          <Paragraph data-size="sm" role="status">
            {t('auditLog.filters.personNone')}
          </Paragraph>
        ) : (
          <ul className="plain-list" aria-label={t('auditLog.filters.person')}>
            {matches.data.map((p) => (
              <li key={p.id}>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t('auditLog.filters.personChoose', { name: p.name })}
                  onClick={() => onChoose(p.id)}
                >
                  {personLabel(t, p)}
                  {p.birthDate ? ` · ${formatDay(p.birthDate)}` : ''}
                </Button>
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
