import { Button, Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const stepNames = ['file', 'sheet', 'columns', 'values', 'check', 'run'] as const;
export type StepName = (typeof stepNames)[number];

/** What every step gets from the wizard: where "Tilbake" and "Avbryt" lead, and the focus rule. */
export interface StepProps {
  /** The step was reached by moving from another, so its heading takes the focus. */
  focusHeading: boolean;
  onBack: () => void;
  onCancel: () => void;
}

interface Props extends StepProps {
  name: StepName;
  children: ReactNode;
  /** "Neste" (or the step's own label); absent where the step has no way on. */
  onNext?: () => void;
  nextLabel?: string;
  nextLoading?: boolean;
  nextDisabled?: boolean;
  /** The first step has nowhere to go back to; a finished import neither. */
  hideBack?: boolean;
  hideCancel?: boolean;
}

/**
 * One step of the import: its heading (focused when the step is reached, so a screen reader and
 * Tab start there, as in the restore flow), its content, and Tilbake / Neste / Avbryt.
 */
export function StepFrame({
  name,
  children,
  focusHeading,
  onBack,
  onCancel,
  onNext,
  nextLabel,
  nextLoading,
  nextDisabled,
  hideBack,
  hideCancel,
}: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  const headingId = `import-step-${name}`;

  return (
    <section className="import-step" aria-labelledby={headingId}>
      <Heading level={2} data-size="md" id={headingId} tabIndex={-1} ref={heading}>
        {t(`imports.steps.${name}`)}
      </Heading>
      {children}
      <div className="button-row import-step-buttons">
        {!hideBack && (
          <Button type="button" variant="secondary" onClick={onBack}>
            {t('imports.wizard.back')}
          </Button>
        )}
        {onNext && (
          <Button type="button" onClick={onNext} loading={nextLoading} disabled={nextDisabled}>
            {nextLabel ?? t('imports.wizard.next')}
          </Button>
        )}
        {!hideCancel && (
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('imports.wizard.cancel')}
          </Button>
        )}
      </div>
    </section>
  );
}

/** Where the user is among the six steps; the current one is marked for screen readers too. */
export function StepList({ current }: { current: StepName }) {
  const { t } = useTranslation();
  return (
    <ol className="import-steps" aria-label={t('imports.wizard.stepsLabel')}>
      {stepNames.map((name) => (
        <li key={name} aria-current={name === current ? 'step' : undefined}>
          {t(`imports.steps.${name}`)}
        </li>
      ))}
    </ol>
  );
}
