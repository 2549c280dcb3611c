import { Alert, Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { overviewHref } from './paths';

/** Save and cancel, with what went wrong above them; cancel goes back to the overview. */
export function FormButtons({
  saving,
  errorCode,
  otherProblems,
}: {
  saving: boolean;
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
      <div className="button-row">
        <Button type="submit" loading={saving}>
          {t('training.save')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => navigate(overviewHref)}>
          {t('training.cancel')}
        </Button>
      </div>
    </>
  );
}
