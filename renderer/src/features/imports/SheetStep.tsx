import { Fieldset, Paragraph, Radio, Spinner, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { ImportFile, ImportLayout } from '@shared/api/imports';

import { ErrorAlert } from '../../components/ErrorAlert';
import { columnLetter } from './columnLetter';
import { useImportLabels } from './importLabels';
import { useImportLayout } from './queries';
import { ScrollBox } from './ScrollBox';
import { StepFrame, type StepProps } from './StepFrame';

interface Props extends StepProps {
  file: ImportFile;
  sheet: number;
  /** Chosen by the user; null while core's suggestion stands. */
  headerRow: number | null;
  onSheet: (sheet: number) => void;
  onHeaderRow: (row: number) => void;
  onNext: (layout: ImportLayout) => void;
}

/** Step 2: which sheet, and on which row its headers stand (core suggests one). */
export function SheetStep({ file, sheet, headerRow, onSheet, onHeaderRow, onNext, ...frame }: Props) {
  const { t } = useTranslation();
  const label = useImportLabels();
  const layout = useImportLayout(file.fileId, sheet, headerRow);
  const current = layout.isPlaceholderData ? undefined : layout.data;
  // While another sheet loads, the rows of the one before would mislead.
  const shown = layout.data?.sheet === sheet ? layout.data : undefined;

  return (
    <StepFrame
      name="sheet"
      {...frame}
      onNext={() => current && onNext(current)}
      nextLoading={!current && !layout.error}
    >
      <Fieldset>
        <Fieldset.Legend>{t('imports.sheet.legend')}</Fieldset.Legend>
        {file.sheets.map((s) => (
          <Radio
            key={s.index}
            name="import-sheet"
            value={String(s.index)}
            checked={s.index === sheet}
            onChange={() => onSheet(s.index)}
            label={
              <>
                {s.name}
                {s.hidden && (
                  <>
                    {' '}
                    <Tag data-size="sm" data-color="neutral">
                      {t('imports.sheet.hidden')}
                    </Tag>
                  </>
                )}
              </>
            }
            description={t('imports.sheet.size', {
              rows: label.number(s.rows),
              columns: label.number(s.columns),
            })}
          />
        ))}
      </Fieldset>
      <ErrorAlert error={layout.error} />
      {!shown && !layout.error && <Spinner aria-label={t('imports.sheet.loading')} />}
      {shown && (
        <HeaderRowChoice
          layout={shown}
          chosenRow={headerRow ?? shown.headerRow}
          busy={layout.isPlaceholderData || layout.isFetching}
          onHeaderRow={onHeaderRow}
        />
      )}
    </StepFrame>
  );
}

function HeaderRowChoice({
  layout,
  chosenRow,
  busy,
  onHeaderRow,
}: {
  layout: ImportLayout;
  chosenRow: number;
  busy: boolean;
  onHeaderRow: (row: number) => void;
}) {
  const { t } = useTranslation();
  const label = useImportLabels();
  const width = Math.max(0, ...layout.topRows.map((cells) => cells.length));
  const letters = Array.from({ length: width }, (_, i) => columnLetter(i));

  return (
    <Fieldset aria-busy={busy || undefined}>
      <Fieldset.Legend>{t('imports.sheet.headerLegend')}</Fieldset.Legend>
      <Fieldset.Description>{t('imports.sheet.headerHelp')}</Fieldset.Description>
      <ScrollBox label={t('imports.sheet.topRowsCaption')}>
        <Table data-size="sm" border className="import-top-rows">
          <caption className="visually-hidden">{t('imports.sheet.topRowsCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>
                <span className="visually-hidden">{t('imports.sheet.headerColumn')}</span>
              </Table.HeaderCell>
              <Table.HeaderCell>{t('imports.sheet.rowNumber')}</Table.HeaderCell>
              {letters.map((letter) => (
                <Table.HeaderCell key={letter}>{letter}</Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {layout.topRows.map((cells, i) => {
              const row = i + 1;
              const chosen = row === chosenRow;
              return (
                <Table.Row key={row} className={chosen ? 'import-header-row' : undefined}>
                  <Table.Cell>
                    <Radio
                      name="import-header-row"
                      value={String(row)}
                      checked={chosen}
                      onChange={() => onHeaderRow(row)}
                      aria-label={t('imports.sheet.headerRow', { row })}
                    />
                  </Table.Cell>
                  <Table.HeaderCell scope="row">{row}</Table.HeaderCell>
                  {letters.map((letter, c) => (
                    <Table.Cell key={letter}>{cells[c] ?? ''}</Table.Cell>
                  ))}
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </ScrollBox>
      <Paragraph data-testid="import-header-choice">
        {t('imports.sheet.chosen', { row: chosenRow })}{' '}
        {t('imports.sheet.dataRows', { count: layout.dataRows, number: label.number(layout.dataRows) })}
      </Paragraph>
    </Fieldset>
  );
}
