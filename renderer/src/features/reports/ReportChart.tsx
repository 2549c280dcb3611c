import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import type { ReportTable } from '../../../../shared/api/reports';
import { chartColumns, chartData, formatValue, hiddenCount, wrapWords } from './reportValues';

/** Distinct from each other and at least 3:1 against white (WCAG 1.4.11), also in greyscale print. */
const palette = ['#1e5aa0', '#b35c00', '#2e7d4f', '#7b3fa0', '#b3261e', '#4d6b7a', '#8a6d00'];
const BAR = 14;
const LABEL_WIDTH = 180;
/** About how many characters of 12 px text fit on one line of the row names' width. */
const LINE_CHARS = 26;

/** A bar's value at its end, as plain SVG text (Recharts' own label measures it in the document). */
function BarValue(props: {
  unit: ReportTable['unit'];
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}) {
  if (typeof props.value !== 'number') return null;
  const x = Number(props.x ?? 0) + Number(props.width ?? 0) + 4;
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
  return (
    <text x={x} y={y} dominantBaseline="middle" fontSize={11} fill="#1a1a1a">
      {formatValue(props.value, props.unit)}
    </text>
  );
}

/** A row's name beside its bars, right-aligned and centred on them, wrapped without measuring. */
function RowName(props: { x?: number; y?: number; payload?: { value?: unknown } }) {
  const lines = wrapWords(String(props.payload?.value ?? ''), LINE_CHARS);
  const lineHeight = 14;
  const top = (props.y ?? 0) - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text
      x={(props.x ?? 0) - 4}
      y={top}
      textAnchor="end"
      dominantBaseline="middle"
      fontSize={12}
      fill="#1a1a1a"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={(props.x ?? 0) - 4} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

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
  const base = `reportTables.${table.key}`;
  const data = chartData(table, (row) => t(`${base}.rows.${row}`));
  const hidden = hiddenCount(table);
  const drawn = chartColumns(table).map((c) => table.columns[c]!);
  const height = 60 + table.rows.length * (drawn.length * BAR + 16);
  const title = t(`${base}.title`);
  // Nothing but zeros and hidden figures: an empty frame of axes says less than one sentence.
  const nothingToDraw = data.every((entry) => drawn.every((column) => !entry[column]));
  if (nothingToDraw)
    return (
      <p className="report-chart-note">
        {t('reports.chartEmpty')} {hidden > 0 && t('reports.chartHiddenNote', { count: hidden, threshold })}
      </p>
    );
  return (
    <figure className="report-chart">
      <div role="img" aria-label={t('reports.chartLabel', { title })}>
        <BarChart
          layout="vertical"
          data={data}
          width={width ?? '100%'}
          height={height}
          responsive={width === undefined}
          margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          accessibilityLayer={false}
          barGap={2}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          {/* Every tick shown, and the row names wrapped by characters: Recharts would otherwise
              measure each label in the document, a layout of the whole report per label (over a
              second of a printed report's time, docs/benchmarks.md). */}
          <XAxis type="number" allowDecimals={table.unit !== 'count'} interval={0} />
          <YAxis type="category" dataKey="label" width={LABEL_WIDTH} interval={0} tick={<RowName />} />
          {drawn.map((column, i) => (
            <Bar
              key={column}
              dataKey={column}
              name={t(`${base}.columns.${column}`)}
              fill={palette[i % palette.length]}
              barSize={BAR}
              isAnimationActive={false}
              label={<BarValue unit={table.unit} />}
            />
          ))}
          {/* In the columns' order, as in the table, not sorted by name. */}
          {drawn.length > 1 && (
            <Legend
              itemSorter={null}
              formatter={(name: string) => <span className="report-legend-text">{name}</span>}
            />
          )}
        </BarChart>
      </div>
      {hidden > 0 && (
        <figcaption className="report-chart-note">
          {t('reports.chartHiddenNote', { count: hidden, threshold })}
        </figcaption>
      )}
    </figure>
  );
}
