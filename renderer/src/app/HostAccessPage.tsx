import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../api/client';

type Reason = 'HOST_TOKEN_INVALID' | 'HOST_UNREACHABLE';

/** The browser host's own failures: the address lacks its token, or nothing answers at it. */
export function hostAccessProblem(error: unknown): Reason | null {
  if (!(error instanceof ApiError)) return null;
  return error.code === 'HOST_TOKEN_INVALID' || error.code === 'HOST_UNREACHABLE' ? error.code : null;
}

/**
 * What the window says when the demo's address cannot work (electron/host): what happened and how
 * to get the right address, in the chosen language with English below, as the host's own page
 * does. Never "Noe gikk galt": trying again would not help.
 */
export function HostAccessPage({ reason }: { reason: Reason }) {
  const { t, i18n } = useTranslation();
  const english = i18n.getFixedT('en');
  const inEnglish = i18n.resolvedLanguage === 'en';
  return (
    <main className="narrow-page" id="main" tabIndex={-1}>
      <Explanation t={t} reason={reason} level={1} />
      {!inEnglish && (
        <div lang="en" style={{ marginTop: '2.5rem' }}>
          <Explanation t={english} reason={reason} level={2} />
        </div>
      )}
    </main>
  );
}

function Explanation({ t, reason, level }: { t: (key: string) => string; reason: Reason; level: 1 | 2 }) {
  return (
    <section>
      <Heading level={level} data-size={level === 1 ? 'md' : 'sm'}>
        {t('hostAccess.title')}
      </Heading>
      <Paragraph>
        {t(reason === 'HOST_TOKEN_INVALID' ? 'hostAccess.tokenInvalid' : 'hostAccess.unreachable')}
      </Paragraph>
      <Paragraph>{t('hostAccess.how')}</Paragraph>
      <ol>
        <li>{t('hostAccess.step1')}</li>
        <li>{t('hostAccess.step2')}</li>
        <li>{t('hostAccess.step3')}</li>
      </ol>
    </section>
  );
}
