import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from './dates';
import type { FormDraft } from './useDraft';

/**
 * Says that the form shows what the user left unsaved (after a lock, a closed window, or a visit
 * elsewhere), and offers to start again from the form's own values.
 */
export function DraftNotice<T extends FieldValues>({
  draft,
  text = 'app.draft.restored',
  startOverText = 'app.draft.startOver',
  onStartOver,
}: {
  draft: FormDraft<T>;
  /** Translation keys, for a form that says it in its own words ("not registered yet"). */
  text?: string;
  startOverText?: string;
  /** What else goes back to the start with the fields (a person chosen in the form). */
  onStartOver?: () => void;
}) {
  const { t } = useTranslation();
  if (!draft.restoredAt) return null;
  return (
    <Alert data-color="info">
      <Paragraph>{t(text, { time: formatDateTime(draft.restoredAt) })}</Paragraph>
      {draft.recordChanged && <Paragraph>{t('app.draft.recordChanged')}</Paragraph>}
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        onClick={() => {
          onStartOver?.();
          void draft.startOver();
        }}
      >
        {t(startOverText)}
      </Button>
    </Alert>
  );
}
