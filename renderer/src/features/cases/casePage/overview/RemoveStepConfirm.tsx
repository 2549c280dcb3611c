import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@renderer/components/ErrorAlert';

import { useRemoveStep } from '../queries';

/**
 * Asks once, in plain words, before a step is removed. Focus starts on "Avbryt", so an Enter
 * pressed out of habit removes nothing.
 */
export function RemoveStepConfirm({
  caseId,
  stepId,
  what,
  onCancel,
  onRemoved,
}: {
  caseId: number;
  stepId: number;
  what: string;
  onCancel: () => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const remove = useRemoveStep();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => cancelRef.current?.focus(), []);

  return (
    <Alert data-color="warning" role="alertdialog" aria-labelledby={questionId} className="remove-confirm">
      <Paragraph id={questionId}>{t('case.removeQuestion', { what })}</Paragraph>
      <Paragraph>{t('case.removeExplanation')}</Paragraph>
      <ErrorAlert error={remove.error} />
      <div className="button-row">
        <Button
          data-color="danger"
          loading={remove.isPending}
          onClick={() => remove.mutate({ caseId, stepId }, { onSuccess: onRemoved })}
        >
          {t('case.removeConfirm')}
        </Button>
        <Button variant="secondary" ref={cancelRef} onClick={onCancel}>
          {t('case.cancel')}
        </Button>
      </div>
    </Alert>
  );
}
