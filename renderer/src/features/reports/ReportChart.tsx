import { useTranslation } from 'react-i18next';

import type { ReportTable } from '@shared/api/reports';

import { HorizontalBars } from '../../components/charts/HorizontalBars';
import { useBoxWidth } from '../../components/charts/useBoxWidth';
import { chartColumns, chartData, formatValue, hiddenCount } from './reportValues';

/** Distinct from each other and at least 3:1 against white (WCAG 1.4.11), also in greyscale print. */
const palette = ['#1e5aa0', '#b35c00', '#2e7d4f', '#7b3fa0', '#b3261e', '#4d6b7a', '#8a6d00'];
/** On screen the chart is drawn as wide as its box, up to 48rem; under 360 px it shrinks whole. */
const SCREEN_WIDTH = 768;
const SCREEN_MIN = 360;
const SWATCH = 12;

interface Props {
  table: ReportTable;
  threshold: number;
  /** A fixed width for paper (A4); on screen the chart follows its box. */
  width?: number;
}

/**
 * The table as horizontal bars, one group per row and one bar per column in the table's unit
 * (reportValues.chartColumns). A hidden figure is not drawn at all, never as zero or as the
 * threshold, and the note under the chart says how many are left out. The figures themselves
 * are in the table beside it; a screen reader is told so rather than walked through the drawing.
 */
export function ReportChart({ table, threshold, width }: Props) {
  const { t } = useTranslation();
  const [box, boxWidth] = useBoxWidth(SCREEN_WIDTH, SCREEN_MIN);
  const base = `reportTables.${table.key}`;
  const data = chartData(table, (row) => t(`${base}.rows.${row}`));
  const hidden = hiddenCount(table);
  const drawn = chartColumns(table).map((c) => table.columns[c]!);
  const title = t(`${base}.title`);
  // Nothing but zeros and hidden figures: an empty frame of axes says less than one sentence.
  const nothingToDraw = data.every((entry) => drawn.every((column) => !entry[column]));
  if (nothingToDraw)
    return (
      <p className="report-chart-note">
        {t('reports.chartEmpty')} {hidden > 0 && t('reports.chartHiddenNote', { count: hidden, threshold })}
      </p>
    );
  const colors = drawn.map((_, i) => palette[i % palette.length]!);
  return (
    <figure className="report-chart" ref={width === undefined ? box : undefined}>
      <div role="img" aria-label={t('reports.chartLabel', { title })}>
        <HorizontalBars
          rows={data.map((entry) => ({
            label: String(entry.label),
            values: drawn.map((column) => (typeof entry[column] === 'number' ? entry[column] : null)),
          }))}
          colors={colors}
          width={width ?? boxWidth}
          labelWidth={180}
          barSize={14}
          barGap={2}
          rowGap={8}
          allowDecimals={table.unit !== 'count'}
          grid
          formatValue={(value) => formatValue(value, table.unit)}
          formatTick={(value) => formatValue(value, 'count')}
        />
        {/* In the columns' order, as in the table, each with its bars' colour. */}
        {drawn.length > 1 && (
          <ul className="report-legend">
            {drawn.map((column, i) => (
              <li key={column}>
                <svg width={SWATCH} height={SWATCH} aria-hidden="true">
                  <rect width={SWATCH} height={SWATCH} fill={colors[i]} />
                </svg>
                {t(`${base}.columns.${column}`)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {hidden > 0 && (
        <figcaption className="report-chart-note">
          {t('reports.chartHiddenNote', { count: hidden, threshold })}
        </figcaption>
      )}
    </figure>
  );
}
