import { Checkbox, Details, Fieldset } from '@digdir/designsystemet-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import { columnIds, fixedColumns, type ColumnId } from './columns';

interface Props {
  visible: Record<ColumnId, boolean>;
  /** Shown because the list is filtered on them: checked, and not to be unchecked here. */
  forced: readonly ColumnId[];
  onChange: (next: Record<ColumnId, boolean>) => void;
}

/** "Kolonner": which columns the list shows; remembered on this PC. Not redrawn by a keystroke. */
export const ColumnChooser = memo(function ColumnChooser({ visible, forced, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Details className="column-chooser no-print">
      <Details.Summary>{t('cases.columns')}</Details.Summary>
      <Details.Content>
        <Fieldset>
          <Fieldset.Legend>{t('cases.columnsLegend')}</Fieldset.Legend>
          <div className="checkbox-columns">
            {columnIds.map((id) => (
              <Checkbox
                key={id}
                label={t(`cases.col.${id}`)}
                checked={visible[id] || forced.includes(id)}
                disabled={fixedColumns.includes(id) || forced.includes(id)}
                onChange={(e) => onChange({ ...visible, [id]: e.target.checked })}
              />
            ))}
          </div>
        </Fieldset>
      </Details.Content>
    </Details>
  );
});
