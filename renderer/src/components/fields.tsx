import { Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** A date typed as dd.mm.åååå (or ddmmåå); the format is said in the description, not a placeholder. */
export function DateField({
  label,
  error,
  help,
  registration,
}: {
  label: string;
  error: string | undefined;
  help?: string;
  registration: UseFormRegisterReturn;
}) {
  const { t } = useTranslation();
  return (
    <Textfield
      label={label}
      description={help ? t('case.dateHelpWith', { help }) : t('app.datePlaceholder')}
      autoComplete="off"
      className="date-field"
      error={error}
      {...registration}
    />
  );
}

export interface Choice {
  value: string;
  label: string;
  description?: string;
}

/** Radio buttons inside a fieldset with a legend, the group's error beside it. */
export function ChoiceField({
  legend,
  description,
  choices,
  error,
  registration,
  inline = false,
  children,
}: {
  legend: string;
  description?: ReactNode;
  choices: Choice[];
  error: string | undefined;
  registration: UseFormRegisterReturn;
  inline?: boolean;
  /** More fields that belong to the group (a note), after the choices. */
  children?: ReactNode;
}) {
  const errorId = useId();
  return (
    <Fieldset
      aria-describedby={error ? errorId : undefined}
      className={inline ? 'choices-inline' : undefined}
    >
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {choices.map((c) => (
        <Radio
          key={c.value}
          label={c.label}
          description={c.description}
          value={c.value}
          aria-invalid={error ? true : undefined}
          {...registration}
        />
      ))}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
      {children}
    </Fieldset>
  );
}
