import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@renderer/components/ErrorAlert';

/**
 * Asks once, in plain words, before something is removed from the plan. Focus starts on
 * "Avbryt", so an Enter pressed out of habit removes nothing; "Avbryt" gives it back to the
 * button that asked.
 */
export function RemoveConfirm({
  question,
  explanation,
  confirm,
  mutation,
  onConfirm,
  onCancel,
}: {
  question: string;
  explanation: string;
  confirm: string;
  mutation: { isPending: boolean; error: unknown };
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  // The element focused when the question opened: the button that opened it.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  useEffect(() => cancelRef.current?.focus(), []);
  const cancel = () => {
    onCancel();
    if (opener?.isConnected) opener.focus();
  };
  return (
    <Alert data-color="warning" role="alertdialog" aria-labelledby={questionId} className="remove-confirm">
      <Paragraph id={questionId}>{question}</Paragraph>
      <Paragraph>{explanation}</Paragraph>
      <ErrorAlert error={mutation.error} />
      <div className="button-row">
        <Button data-color="danger" loading={mutation.isPending} onClick={onConfirm}>
          {confirm}
        </Button>
        <Button variant="secondary" ref={cancelRef} onClick={cancel}>
          {t('case.cancel')}
        </Button>
      </div>
    </Alert>
  );
}
