import { useTranslation } from 'react-i18next';

import type { LetterSettings } from '@shared/api/letters';

import { formatDay } from '../../components/dates';

const sheet = { display: 'grid', gap: '1rem', maxWidth: '42rem' } as const;
const head = { display: 'flex', gap: '1rem', alignItems: 'flex-start' } as const;
const lines = { whiteSpace: 'pre-line', margin: 0 } as const;
const body = { whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'inherit', lineHeight: 1.4 } as const;

/**
 * One letter as the family receives it: the letterhead (logo, municipality, unit, address, phone,
 * e-mail), the date and our reference, then the text exactly as stored. The editor's preview and
 * the print layout show the same sheet, so what was reviewed is what is printed.
 */
export function LetterSheet({
  letterhead,
  municipalityName,
  date,
  caseNumber,
  text,
}: {
  letterhead: Omit<LetterSettings, 'templates'>;
  municipalityName: string;
  date: string;
  caseNumber: string;
  text: string;
}) {
  const { t } = useTranslation();
  const contact = [
    letterhead.phone && `${t('letters.print.phone')}: ${letterhead.phone}`,
    letterhead.email && `${t('letters.print.email')}: ${letterhead.email}`,
  ].filter(Boolean);
  return (
    <article style={sheet} className="letter-sheet">
      <header style={head}>
        {letterhead.logo && (
          <img
            src={letterhead.logo}
            alt={t('letters.print.logo', { name: municipalityName })}
            style={{ maxHeight: '4.5rem', maxWidth: '10rem' }}
          />
        )}
        <div>
          <p style={{ margin: 0, fontWeight: 600, fontSize: '1.125em' }}>{municipalityName}</p>
          <p style={lines}>
            {[letterhead.unitName, letterhead.address, ...contact].filter(Boolean).join('\n')}
          </p>
        </div>
      </header>
      <dl style={{ display: 'flex', gap: '2rem', margin: 0, justifyContent: 'flex-end' }}>
        <div>
          <dt style={{ fontWeight: 600 }}>{t('letters.print.date')}</dt>
          <dd style={{ margin: 0 }}>{formatDay(date)}</dd>
        </div>
        <div>
          <dt style={{ fontWeight: 600 }}>{t('letters.print.ourRef')}</dt>
          <dd style={{ margin: 0 }}>{caseNumber}</dd>
        </div>
      </dl>
      <div style={body}>{text}</div>
    </article>
  );
}
