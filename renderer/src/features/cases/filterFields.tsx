import { Field, Input, Label, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { readNorwegianDate } from '@shared/domain/dates';

import { dateProblem } from '../../components/dateProblem';
import { formatDay } from '../../components/dates';
import { useCalendar } from '../../components/fields';

/** The longest search the contract takes (`caseListQuery.q`). */
export const SEARCH_MAX_LENGTH = 100;

/**
 * Text that follows the address when the address changes elsewhere (back from a case, "reset"),
 * and otherwise stays as typed.
 */
function useFollowingText(value: string) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  return [text, setText] as const;
}

/** A visible label is required: every filter is named for screen readers and for the eye. */
interface FieldProps {
  label: string;
  description?: string;
  /** A hint inside the empty field; never instead of the label. */
  placeholder?: string;
  className?: string;
}

/**
 * The search box: every keystroke asks the list at once. Core answers from an index, and the
 * list keeps the previous rows on screen until the new ones arrive, so typing never waits.
 */
export function SearchField({
  value,
  onChange,
  ...field
}: FieldProps & { value: string; onChange: (text: string) => void }) {
  const [text, setText] = useFollowingText(value);
  return (
    <Textfield
      {...field}
      type="search"
      autoComplete="off"
      spellCheck={false}
      maxLength={SEARCH_MAX_LENGTH}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(e.target.value);
      }}
    />
  );
}

/**
 * A dd.mm.åååå filter field: applied when the user leaves it, presses Enter or picks a day in its
 * calendar, so a date half typed never filters the list; a date that cannot be read says so
 * beside the field.
 */
export function DateFilterField({
  value,
  onCommit,
  label,
  description,
  className,
}: FieldProps & { value: string | null; onCommit: (iso: string | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useFollowingText(formatDay(value));
  const [problem, setProblem] = useState<string | undefined>();
  const commit = () => {
    const reading = readNorwegianDate(text);
    setProblem(dateProblem(reading, t));
    if (reading.kind === 'date') setText(formatDay(reading.iso));
    const iso = reading.kind === 'date' ? reading.iso : reading.kind === 'empty' ? null : undefined;
    if (iso !== undefined && iso !== value) onCommit(iso);
  };
  const calendar = useCalendar({
    label,
    text: () => text,
    onPick: (iso) => {
      setText(formatDay(iso));
      setProblem(undefined);
      if (iso !== value) onCommit(iso);
    },
  });
  return (
    <div className={className ? `date-field ${className}` : 'date-field'}>
      <Field>
        <Label>{label}</Label>
        {description && <Field.Description>{description}</Field.Description>}
        <div className="date-field-row">
          <Input
            placeholder={t('app.datePlaceholder')}
            autoComplete="off"
            value={text}
            aria-invalid={Boolean(problem) || undefined}
            onChange={(e) => setText(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                commit();
              }
            }}
          />
          {calendar.button}
        </div>
        {problem && <ValidationMessage>{problem}</ValidationMessage>}
      </Field>
      {calendar.dialog}
    </div>
  );
}
