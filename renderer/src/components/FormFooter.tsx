import { Alert, Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import { navigate } from '../app/router';
import { ErrorAlert } from './ErrorAlert';

/** What went wrong with a save that no field shows: problems of the whole form, or the error. */
export function FormProblems({
  errorCode,
  otherProblems,
}: {
  errorCode: string | null;
  otherProblems: string[];
}) {
  const { t } = useTranslation();
  return (
    <>
      {otherProblems.length > 0 && (
        <Alert data-color="danger">
          <ul>
            {otherProblems.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <ErrorAlert code={errorCode} />
    </>
  );
}

/** Save and cancel, with what went wrong above them. */
export function FormFooter({
  saving,
  errorCode,
  otherProblems,
  cancelHref,
  saveLabel,
  draft,
}: {
  saving: boolean;
  errorCode: string | null;
  otherProblems: string[];
  cancelHref: string;
  /** The save button's text key, when "Lagre" says too little (e.g. "Lagre og skriv ut"). */
  saveLabel?: string;
  /** The form's draft (useRouteDraft): cancelling gives up what was typed. */
  draft?: { discard: () => Promise<unknown> };
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormProblems errorCode={errorCode} otherProblems={otherProblems} />
      <div className="button-row">
        <Button type="submit" loading={saving}>
          {t(saveLabel ?? 'case.save')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => void (draft?.discard() ?? Promise.resolve()).then(() => navigate(cancelHref))}
        >
          {t('case.cancel')}
        </Button>
      </div>
    </>
  );
}
