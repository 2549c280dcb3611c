import { Button, Checkbox, Heading, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Shows the recovery code once, with a print button, until the user confirms it is stored. */
export function RecoveryCodeStep(props: { code: string; municipality: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [stored, setStored] = useState(false);
  const [missing, setMissing] = useState(false);
  const confirm = useMutation({
    mutationFn: () => call('session.confirmRecoveryStored', {}),
    onSuccess: props.onDone,
  });

  return (
    <main className="narrow-page" id="main">
      <div className="print-only">
        <Heading level={1} data-size="md">
          {t('setup.recoveryPrintHeading', { municipality: props.municipality })}
        </Heading>
        <Paragraph>{t('setup.recoveryPrintNote')}</Paragraph>
      </div>
      <Heading level={1} data-size="lg" className="no-print">
        {t('setup.recoveryTitle')}
      </Heading>
      <Paragraph className="no-print">{t('setup.recoveryIntro')}</Paragraph>
      <p className="recovery-code" data-testid="recovery-code">
        {props.code}
      </p>
      <section aria-labelledby="recovery-how">
        <Heading level={2} data-size="xs" id="recovery-how">
          {t('setup.recoveryHowTitle')}
        </Heading>
        <ul>
          {(
            ['recoveryHowPassword', 'recoveryHowNewPc', 'recoveryHowKeyFile', 'recoveryHowAlone'] as const
          ).map((key) => (
            <li key={key}>{t(`setup.${key}`)}</li>
          ))}
        </ul>
      </section>
      <div className="no-print form-stack">
        <div>
          <Button variant="secondary" onClick={() => window.print()}>
            {t('setup.recoveryPrint')}
          </Button>
        </div>
        <Checkbox
          label={t('setup.recoveryConfirm')}
          checked={stored}
          onChange={(e) => {
            setStored(e.target.checked);
            setMissing(false);
          }}
        />
        {missing && <ValidationMessage>{t('setup.recoveryConfirmRequired')}</ValidationMessage>}
        <ErrorAlert error={confirm.error} />
        <div>
          <Button onClick={() => (stored ? confirm.mutate() : setMissing(true))} loading={confirm.isPending}>
            {t('setup.recoveryContinue')}
          </Button>
        </div>
      </div>
    </main>
  );
}
