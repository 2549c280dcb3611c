import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { TrainingSession } from '@shared/api/training';

import { formatDay } from '../../components/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRemoveSession } from './queries';

/**
 * Asks once, in plain words, before a session goes with everyone's completion from it. Focus
 * starts on "Avbryt", so an Enter pressed out of habit removes nothing.
 */
export function RemoveSessionConfirm({
  session,
  onCancel,
  onRemoved,
}: {
  session: TrainingSession;
  onCancel: () => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const remove = useRemoveSession();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => cancelRef.current?.focus(), []);
  const count = session.attendeeIds.length;

  return (
    <Alert data-color="warning" role="alertdialog" aria-labelledby={questionId} className="remove-confirm">
      <Paragraph id={questionId}>
        {t('training.removeSession.question', { course: session.courseName, date: formatDay(session.date) })}
      </Paragraph>
      <Paragraph>
        {count === 0
          ? t('training.removeSession.noAttendees')
          : t('training.removeSession.attendees', { count })}
      </Paragraph>
      <ErrorAlert error={remove.error} />
      <div className="button-row">
        <Button
          data-color="danger"
          loading={remove.isPending}
          onClick={() => remove.mutate({ id: session.id }, { onSuccess: onRemoved })}
        >
          {t('training.removeSession.confirm')}
        </Button>
        <Button variant="secondary" ref={cancelRef} onClick={onCancel}>
          {t('training.cancel')}
        </Button>
      </div>
    </Alert>
  );
}
