import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A leder has no built area yet besides settings: say so plainly instead of an empty page. */
export function LederHome() {
  const { t } = useTranslation();
  return (
    <section>
      <Heading level={1} data-size="lg">
        {t('home.lederTitle')}
      </Heading>
      <Paragraph>{t('home.lederText')}</Paragraph>
    </section>
  );
}
