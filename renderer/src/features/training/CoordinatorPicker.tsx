import {
  Button,
  Checkbox,
  Fieldset,
  Input,
  Paragraph,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import {
  memo,
  useCallback,
  useDeferredValue,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { useTranslation } from 'react-i18next';

import type { Coordinator } from '@shared/api/coordinators';

import { matchesWords } from '../../components/textSearch';
import { norwegian } from '../coordinators/filter';

/** The coordinators a list offers: the active ones, and anyone already ticked (even if no longer active). */
export function pickable(all: readonly Coordinator[], ticked: readonly number[]): Coordinator[] {
  const keep = new Set(ticked);
  return all.filter((c) => c.active || keep.has(c.id)).sort((a, b) => norwegian.compare(a.name, b.name));
}

/** Every word typed must appear in the name or the service unit. */
export function matchesFilter(c: Coordinator, filter: string): boolean {
  return matchesWords([c.name, c.serviceUnitName], filter);
}

interface Props {
  legend: string;
  description?: ReactNode;
  /** Shown inside the group, above the list (a planned session's notice). */
  notice?: ReactNode;
  coordinators: readonly Coordinator[];
  value: readonly number[];
  onChange: (ids: number[]) => void;
  error?: string;
  /** react-hook-form's ref: focus goes to the filter when the group has a problem. */
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * Coordinators ticked in a list, with a filter above it. The ticks are the form's value, not the
 * rows: a tick hidden by the filter stays. Rows are memoised, so a tick in a list of a thousand
 * redraws one row, and the filter is deferred, so typing stays quick.
 */
export function CoordinatorPicker({
  legend,
  description,
  notice,
  coordinators,
  value,
  onChange,
  error,
  inputRef,
}: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  // "Only ticked" shows the ticks as they were when it was chosen, so a row taken off stays
  // where it is (and keeps the focus) instead of vanishing.
  const [onlyIds, setOnlyIds] = useState<ReadonlySet<number> | null>(null);
  const deferredFilter = useDeferredValue(filter);
  const errorId = useId();
  const ticked = useMemo(() => new Set(value), [value]);

  // The rows get one callback for good; it reads the latest value and handler when called.
  const latest = useRef({ value, onChange });
  useLayoutEffect(() => {
    latest.current = { value, onChange };
  });
  const toggle = useCallback((id: number, on: boolean) => {
    const current = latest.current.value;
    latest.current.onChange(on ? [...current.filter((x) => x !== id), id] : current.filter((x) => x !== id));
  }, []);

  const shown = useMemo(
    () => coordinators.filter((c) => matchesFilter(c, deferredFilter) && (!onlyIds || onlyIds.has(c.id))),
    [coordinators, deferredFilter, onlyIds],
  );
  const shownIds = useMemo(() => new Set(shown.map((c) => c.id)), [shown]);
  const hiddenTicks = value.filter((id) => !shownIds.has(id)).length;

  const tickShown = () => {
    const add = shown.map((c) => c.id).filter((id) => !ticked.has(id));
    onChange([...value, ...add]);
  };

  return (
    <Fieldset aria-describedby={error ? errorId : undefined} className="coordinator-picker">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {notice}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
      {coordinators.length === 0 ? (
        <Paragraph>{t('training.picker.none')}</Paragraph>
      ) : (
        <>
          <div className="picker-tools">
            <Textfield
              label={t('training.picker.filter')}
              type="search"
              autoComplete="off"
              value={filter}
              ref={inputRef}
              onChange={(e) => setFilter(e.target.value)}
              // Enter after typing a name must not save the whole form.
              onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
            />
            <Checkbox
              label={t('training.picker.onlyTicked')}
              checked={onlyIds !== null}
              onChange={(e) => setOnlyIds(e.target.checked ? new Set(value) : null)}
            />
          </div>
          <p className="picker-count" aria-live="polite">
            <strong>{t('training.picker.ticked', { count: value.length })}</strong>
            {hiddenTicks > 0 && <> {t('training.picker.hiddenTicks', { count: hiddenTicks })}</>}{' '}
            <span>{t('training.picker.shown', { shown: shown.length, total: coordinators.length })}</span>
          </p>
          <div className="button-row">
            {deferredFilter.trim() !== '' && shown.length > 0 && (
              <Button type="button" variant="secondary" data-size="sm" onClick={tickShown}>
                {t('training.picker.tickShown')}
              </Button>
            )}
            {value.length > 0 && (
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange([])}>
                {t('training.picker.clear')}
              </Button>
            )}
          </div>
          {shown.length === 0 ? (
            <Paragraph>{t('training.picker.noMatch')}</Paragraph>
          ) : (
            <ul className="picker-list">
              {shown.map((c) => (
                <PickerRow
                  key={c.id}
                  coordinator={c}
                  checked={ticked.has(c.id)}
                  errorId={error ? errorId : undefined}
                  onToggle={toggle}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </Fieldset>
  );
}

/**
 * A plain checkbox and label, not Designsystemet's Checkbox: each of those is a `ds-field`
 * element watching its own subtree and searching the whole fieldset on every change, which a
 * list of a thousand cannot afford. The look is the same (`ds-input`); the service unit is the
 * description, as in the design system's checkbox.
 */
const PickerRow = memo(function PickerRow({
  coordinator: c,
  checked,
  errorId,
  onToggle,
}: {
  coordinator: Coordinator;
  checked: boolean;
  errorId: string | undefined;
  onToggle: (id: number, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const unitId = useId();
  return (
    <li className="picker-row">
      <Input
        id={inputId}
        type="checkbox"
        value={String(c.id)}
        checked={checked}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId ? `${unitId} ${errorId}` : unitId}
        onChange={(e) => onToggle(c.id, e.target.checked)}
      />
      <label htmlFor={inputId}>{c.name}</label>
      <span id={unitId} className="picker-unit">
        {c.active ? c.serviceUnitName : t('training.picker.inactive', { unit: c.serviceUnitName })}
      </span>
    </li>
  );
});
