import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { ImportBatches } from './ImportBatches';
import './imports.css';
import { IMPORT_WIZARD_HREF } from './paths';

/** Innstillinger → Import (administrators): the way into the wizard, and the batches so far. */
export function ImportSection() {
  const { t } = useTranslation();
  return (
    <div className="import-section">
      <section className="form-stack narrow" aria-labelledby="import-start-heading">
        <Heading level={3} data-size="sm" id="import-start-heading">
          {t('imports.section.startHeading')}
        </Heading>
        <Paragraph>{t('imports.section.intro')}</Paragraph>
        <div>
          <Button asChild>
            <a href={IMPORT_WIZARD_HREF}>{t('imports.section.start')}</a>
          </Button>
        </div>
      </section>
      <section className="form-stack" aria-labelledby="import-batches-heading">
        <Heading level={3} data-size="sm" id="import-batches-heading">
          {t('imports.batches.heading')}
        </Heading>
        <Paragraph>{t('imports.batches.intro')}</Paragraph>
        <ImportBatches />
      </section>
    </div>
  );
}
