import { Alert, Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router';
import { ErrorAlert } from './ErrorAlert';

/** Save and cancel, with what went wrong above them. */
export function FormFooter({
  saving,
  errorCode,
  otherProblems,
  cancelHref,
}: {
  saving: boolean;
  errorCode: string | null;
  otherProblems: string[];
  cancelHref: string;
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
      <div className="button-row">
        <Button type="submit" loading={saving}>
          {t('case.save')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => navigate(cancelHref)}>
          {t('case.cancel')}
        </Button>
      </div>
    </>
  );
}
