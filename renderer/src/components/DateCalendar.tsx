import { Button } from '@digdir/designsystemet-react';
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { DayPicker, type Matcher } from 'react-day-picker';
import { enGB } from 'react-day-picker/locale/en-GB';
import { nb } from 'react-day-picker/locale/nb';
import { nn } from 'react-day-picker/locale/nn';
import 'react-day-picker/style.css';
import { useTranslation } from 'react-i18next';

const locales = { nb, nn, en: enGB } as const;

/** A calendar day as a local Date at midnight, and back: no time zone ever moves the day. */
export const dayOf = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
};
export const isoOf = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * The calendar a date field opens (react-day-picker): the grid moves with the arrow keys,
 * PageUp/PageDown change the month (with Shift the year) and Home/End go to the week's ends;
 * Enter or Space picks the day. Monday first with ISO week numbers, as in Norway. It opens on the
 * field's date, focused, or on today; Escape, the close button or a click outside closes it, and
 * Tab stays inside while it is open (a dialog). A press on the button that opened it (`toggle`)
 * is left to that button, which closes it: taken as outside, it would close and reopen.
 */
export function DateCalendar({
  label,
  selected,
  min,
  max,
  onPick,
  onClose,
  toggle,
}: {
  /** The field's label, naming the dialog. */
  label: string;
  /** The field's date as ISO, or null when it holds none. */
  selected: string | null;
  min?: string;
  max?: string;
  onPick: (iso: string) => void;
  onClose: () => void;
  toggle?: RefObject<HTMLElement | null>;
}) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const locale = locales[i18n.language as keyof typeof locales] ?? nb;
  const day = selected ? dayOf(selected) : undefined;
  const disabled: Matcher[] = [];
  if (min) disabled.push({ before: dayOf(min) });
  if (max) disabled.push({ after: dayOf(max) });

  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
    // A press anywhere outside closes it, as a click beside a menu does.
    const outside = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!ref.current?.contains(target) && !toggle?.current?.contains(target)) onClose();
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [onClose, toggle]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      onClose();
    } else if (e.key === 'Tab') keepFocusInside(e, ref.current);
  };

  return (
    // The dialog only routes keys (Escape, Tab) for the buttons inside it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={ref}
      role="dialog"
      aria-modal="true"
      aria-label={t('app.dateInput.calendar', { label })}
      className="date-calendar"
      onKeyDown={onKeyDown}
    >
      <DayPicker
        mode="single"
        required={false}
        selected={day}
        defaultMonth={day ?? openingMonth(min, max)}
        onDayClick={(date, modifiers) => {
          if (!modifiers.disabled) onPick(isoOf(date));
        }}
        locale={locale}
        ISOWeek
        showWeekNumber
        disabled={disabled}
        startMonth={min ? dayOf(min) : undefined}
        endMonth={max ? dayOf(max) : undefined}
        // The user opened the calendar: the focus belongs on its day, as in a dialog (WAI-ARIA APG).
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
      />
      <p className="date-calendar-help">{t('app.dateInput.calendarHelp')}</p>
      <Button variant="tertiary" data-size="sm" onClick={onClose}>
        {t('app.dateInput.closeCalendar')}
      </Button>
    </div>
  );
}

/** Without a date in the field: this month, or the nearest month a day may be picked in. */
function openingMonth(min: string | undefined, max: string | undefined): Date {
  const today = new Date();
  if (min && dayOf(min) > today) return dayOf(min);
  if (max && dayOf(max) < today) return dayOf(max);
  return today;
}

/** Tab from the last control goes to the first and Shift+Tab from the first to the last. */
function keepFocusInside(e: KeyboardEvent, root: HTMLElement | null) {
  if (!root) return;
  const focusable = [...root.querySelectorAll<HTMLElement>('button:not([disabled])')].filter(
    (el) => el.tabIndex >= 0,
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
