import {
  Button,
  Field,
  Fieldset,
  Input,
  Label,
  Radio,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { readNorwegianDate } from '@shared/domain/dates';

import { DateCalendar } from './DateCalendar';
import { dateProblem } from './dateProblem';
import { formatDay } from './dates';

/**
 * A date typed in any of the forms `readNorwegianDate` knows (14.9, 1.2.26, 140926, …); the format
 * is said in the description, not a placeholder. When the field is left (or Enter pressed) a date
 * it understood is shown as dd.mm.åååå, so the user sees which date was read, and one it did not
 * gets its reason at once. The button beside it opens a calendar (DateCalendar) on the date
 * typed; a day picked there is written into the field the same way. The form still turns the text
 * into ISO with `dateInput` when it saves. `min` and `max` (ISO) bound the days the calendar offers.
 */
export function DateField({
  label,
  error,
  help,
  registration,
  min,
  max,
}: {
  label: string;
  error: string | undefined;
  help?: string;
  registration: UseFormRegisterReturn;
  min?: string;
  max?: string;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | undefined>();
  const input = useRef<HTMLInputElement | null>(null);
  const write = (field: HTMLInputElement, text: string) => {
    field.value = text;
    // react-hook-form reads the changed value from the element itself.
    void registration.onChange({ target: field, type: 'change' });
  };
  const settle = (field: HTMLInputElement) => {
    const reading = readNorwegianDate(field.value);
    setProblem(dateProblem(reading, t));
    if (reading.kind === 'date' && field.value !== formatDay(reading.iso))
      write(field, formatDay(reading.iso));
  };
  const calendar = useCalendar({
    label,
    text: () => input.current?.value ?? '',
    min,
    max,
    disabled: registration.disabled,
    onPick: (iso) => {
      if (input.current) write(input.current, formatDay(iso));
      setProblem(undefined);
    },
  });
  const description = help ? t('case.dateHelpWith', { help }) : t('app.datePlaceholder');
  return (
    <div className="date-field">
      <Field>
        <Label>{label}</Label>
        <Field.Description>{description}</Field.Description>
        <div className="date-field-row">
          <Input
            autoComplete="off"
            {...registration}
            ref={(el) => {
              input.current = el;
              registration.ref(el);
            }}
            // A problem read from the text here is about the same text as the form's own error, more precisely.
            aria-invalid={Boolean(problem ?? error) || undefined}
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
          {calendar.button}
        </div>
        {(problem ?? error) && <ValidationMessage>{problem ?? error}</ValidationMessage>}
      </Field>
      {calendar.dialog}
    </div>
  );
}

/**
 * The button beside a date field and the calendar it opens (kept outside the field's own
 * label and input wiring, inside the positioned `.date-field`) on the date typed (`text`), or on
 * today; a day picked goes to `onPick` as ISO, and closing gives the focus back to the button.
 */
export function useCalendar({
  label,
  text,
  onPick,
  min,
  max,
  disabled,
}: {
  /** The field's label: the button and the calendar are named after it. */
  label: string;
  text: () => string;
  onPick: (iso: string) => void;
  min?: string;
  max?: string;
  disabled?: boolean;
}): { button: ReactNode; dialog: ReactNode } {
  const { t } = useTranslation();
  const [calendarOn, setCalendarOn] = useState<string | null | false>(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setCalendarOn(false);
    buttonRef.current?.focus();
  }, []);
  const open = () => {
    const reading = readNorwegianDate(text());
    setCalendarOn(reading.kind === 'date' ? reading.iso : null);
  };
  const button = (
    <Button
      ref={buttonRef}
      type="button"
      variant="secondary"
      icon
      aria-haspopup="dialog"
      aria-expanded={calendarOn !== false}
      onClick={() => (calendarOn === false ? open() : close())}
      disabled={disabled}
    >
      <CalendarIcon />
      {/* Its name as text, not aria-label: a search for the field by its label finds only the input. */}
      <span className="visually-hidden">{t('app.dateInput.choose', { label })}</span>
    </Button>
  );
  const dialog = calendarOn !== false && (
    <DateCalendar
      label={label}
      selected={calendarOn}
      min={min}
      max={max}
      onPick={(iso) => {
        onPick(iso);
        close();
      }}
      onClose={close}
      toggle={buttonRef}
    />
  );
  return { button, dialog };
}

/** A calendar page; the button's name says what it does. */
function CalendarIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 2a1 1 0 0 1 1 1v1h6V3a1 1 0 1 1 2 0v1h2a2 2 0 0 1 2 2v13a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2V3a1 1 0 0 1 1-1Zm11 8H5v9h14v-9ZM7 12h2v2H7v-2Zm4 0h2v2h-2v-2Zm4 0h2v2h-2v-2Z"
      />
    </svg>
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
