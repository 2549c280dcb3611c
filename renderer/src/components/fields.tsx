import { Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { readNorwegianDate } from '../../../shared/domain/dates';
import { dateProblem } from './dateProblem';
import { formatDay } from './dates';

/**
 * A date typed in any of the forms `readNorwegianDate` knows (14.9, 1.2.26, 140926, …); the format
 * is said in the description, not a placeholder. When the field is left (or Enter pressed) a date
 * it understood is shown as dd.mm.åååå, so the user sees which date was read, and one it did not
 * gets its reason at once. The form still turns the text into ISO with `dateInput` when it saves.
 */
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
  const [problem, setProblem] = useState<string | undefined>();
  const settle = (input: HTMLInputElement | HTMLTextAreaElement) => {
    const reading = readNorwegianDate(input.value);
    setProblem(dateProblem(reading, t));
    if (reading.kind !== 'date' || input.value === formatDay(reading.iso)) return;
    input.value = formatDay(reading.iso);
    // react-hook-form reads the changed value from the element itself.
    void registration.onChange({ target: input, type: 'change' });
  };
  return (
    <Textfield
      label={label}
      description={help ? t('case.dateHelpWith', { help }) : t('app.datePlaceholder')}
      autoComplete="off"
      className="date-field"
      {...registration}
      // A problem read from the text here is about the same text as the form's own error, more precisely.
      error={problem ?? error}
      onChange={(e) => {
        setProblem(undefined);
        return registration.onChange(e);
      }}
      onBlur={(e) => {
        settle(e.currentTarget);
        return registration.onBlur(e);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') settle(e.currentTarget);
      }}
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
