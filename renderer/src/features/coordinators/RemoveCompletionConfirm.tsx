import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRemoveCompletion } from './queries';

/**
 * Asks once, in plain words, before a completion recorded by mistake is removed. Focus starts on
 * "Avbryt", so an Enter pressed out of habit removes nothing.
 */
export function RemoveCompletionConfirm({
  completionId,
  what,
  onCancel,
  onRemoved,
}: {
  completionId: number;
  what: string;
  onCancel: () => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const remove = useRemoveCompletion();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => cancelRef.current?.focus(), []);
  // Core's reason (a completion from a session is changed there) says more than "not valid".
  const refusal = remove.error instanceof ApiError ? remove.error.fields.id : undefined;

  return (
    <Alert data-color="warning" role="alertdialog" aria-labelledby={questionId} className="remove-confirm">
      <Paragraph id={questionId}>{t('coordinators.completions.removeQuestion', { what })}</Paragraph>
      <Paragraph>{t('coordinators.completions.removeExplanation')}</Paragraph>
      {refusal ? (
        <Alert data-color="danger" role="alert">
          {t(refusal)}
        </Alert>
      ) : (
        <ErrorAlert error={remove.error} />
      )}
      <div className="button-row">
        <Button
          data-color="danger"
          loading={remove.isPending}
          onClick={() => remove.mutate({ id: completionId }, { onSuccess: onRemoved })}
        >
          {t('coordinators.completions.removeConfirm')}
        </Button>
        <Button variant="secondary" ref={cancelRef} onClick={onCancel}>
          {t('coordinators.cancel')}
        </Button>
      </div>
    </Alert>
  );
}
