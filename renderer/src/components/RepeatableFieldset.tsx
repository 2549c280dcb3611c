import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useRef, type ReactNode } from 'react';

/**
 * A group of rows the user adds and removes (guardians, services): a legend and help, a line when
 * there are none, each row in its own numbered box with its fields in a grid and a remove button,
 * and an add button at the end. Removing a row puts the focus on the add button, so the keyboard
 * is not left on a button that has gone.
 */
export function RepeatableFieldset({
  legend,
  description,
  emptyText,
  rows,
  onAdd,
  addText,
  rowLegend,
  removeText,
  fields,
  actions,
}: {
  legend: string;
  description: string;
  emptyText: string;
  /** The page's field array: react-hook-form's rows, owned by the page. */
  rows: { fields: readonly { id: string }[]; remove: (index: number) => void };
  onAdd: () => void;
  addText: string;
  /** A row's legend and its remove button's text, by its number (1, 2, …). */
  rowLegend: (n: number) => string;
  removeText: (n: number) => string;
  /** The row's fields, by its index. */
  fields: (index: number) => ReactNode;
  /** What stands before the remove button (checkboxes), if anything. */
  actions?: (index: number) => ReactNode;
}) {
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Fieldset.Description>{description}</Fieldset.Description>
      {rows.fields.length === 0 && <Paragraph data-size="sm">{emptyText}</Paragraph>}
      {rows.fields.map((field, i) => {
        const n = i + 1;
        return (
          <Fieldset key={field.id} className="row-box">
            <Fieldset.Legend>{rowLegend(n)}</Fieldset.Legend>
            <div className="row-grid">{fields(i)}</div>
            <div className="row-actions">
              {actions?.(i)}
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  rows.remove(i);
                  addButton.current?.focus();
                }}
              >
                {removeText(n)}
              </Button>
            </div>
          </Fieldset>
        );
      })}
      <div>
        <Button ref={addButton} type="button" variant="secondary" data-size="sm" onClick={onAdd}>
          {addText}
        </Button>
      </div>
    </Fieldset>
  );
}
