import { charsPerLine, estimateWidth, niceTicks, wrapWords } from './layout';
import './charts.css';

export interface BarRow {
  label: string;
  /** One value per series, in the series' order; undefined or null is not drawn. */
  values: readonly (number | null | undefined)[];
}

interface Props {
  rows: readonly BarRow[];
  /** One colour per series: a row's bars stand in this order, top to bottom. */
  colors: readonly string[];
  /** The drawing's own width; on a narrower screen it shrinks to its box, text and all. */
  width: number;
  /** The column of row names left of the axis. */
  labelWidth: number;
  barSize: number;
  /** Between the bars of one row. */
  barGap?: number;
  /** Between one row's bars and the next row's. */
  rowGap: number;
  allowDecimals: boolean;
  /** Dashed lines up from each tick. */
  grid?: boolean;
  /** The text at a bar's end; the axis's ticks use formatTick (the same unless given). */
  formatValue: (value: number) => string;
  formatTick?: (value: number) => string;
  /** The size of the numbers at the bars' ends (11 unless given). */
  valueFontSize?: number;
  /** Given to each bar, for styles (a theme's colour, forced colours). */
  barClassName?: string;
  /** A click on a row's bar; the page's keyboard path is the table beside the chart. */
  onBarClick?: (row: number) => void;
}

const FONT = 12;
const TICK = 6;
const TOP = 4;
/** Below the plot: a tick, its number and a little air. */
const AXIS_HEIGHT = TICK + FONT + 10;
const LINE_HEIGHT = 14;
const TEXT = '#1a1a1a';
const AXIS = '#666';

/**
 * Horizontal bars as plain SVG: every position computed from the numbers, every text an SVG
 * <text> (it prints as text and is never measured in the document, components/charts/layout.ts).
 * A value of 0 draws no bar and no number, as an empty row; the table beside the chart says 0.
 */
export function HorizontalBars(props: Props) {
  const { rows, colors, width, labelWidth, barSize, rowGap, allowDecimals, formatValue } = props;
  const barGap = props.barGap ?? 0;
  const formatTick = props.formatTick ?? formatValue;
  const valueFont = props.valueFontSize ?? 11;
  const lineChars = charsPerLine(labelWidth - TICK - 4, FONT);
  const labels = rows.map((row) => wrapWords(row.label, lineChars));
  const bars = colors.length * barSize + (colors.length - 1) * barGap;
  // Every row as tall as the longest name's lines, so a wrapped name never runs into the next one.
  const maxLines = Math.max(1, ...labels.map((lines) => lines.length));
  const band = Math.max(bars + rowGap, maxLines * LINE_HEIGHT + 4);
  const plotHeight = rows.length * band;
  const height = TOP + plotHeight + AXIS_HEIGHT;
  const shown = rows.flatMap((row) => row.values.filter((v): v is number => typeof v === 'number' && v > 0));
  const ticks = niceTicks(Math.max(0, ...shown), allowDecimals);
  const end = ticks.at(-1)!;
  // Room right of the axis's end for the longest number at a bar's end, and for half the last tick.
  const right = Math.max(
    ...shown.map((v) => estimateWidth(formatValue(v), valueFont) + 6),
    estimateWidth(formatTick(end), FONT) / 2 + 2,
  );
  const left = labelWidth;
  const x = (value: number) => left + (value / end) * (width - right - left);
  const bottom = TOP + plotHeight;

  return (
    <svg
      className="bar-chart"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontSize={FONT}
      onClick={
        props.onBarClick &&
        ((event) => {
          const row = (event.target as Element).getAttribute('data-row');
          if (row !== null) props.onBarClick!(Number(row));
        })
      }
    >
      {ticks.map((tick) => (
        <g key={tick}>
          {props.grid && tick > 0 && (
            <line x1={x(tick)} x2={x(tick)} y1={TOP} y2={bottom} stroke="#ccc" strokeDasharray="3 3" />
          )}
          <line x1={x(tick)} x2={x(tick)} y1={bottom} y2={bottom + TICK} stroke={AXIS} />
          <text
            x={x(tick)}
            y={bottom + TICK + FONT}
            textAnchor="middle"
            fill={AXIS}
            className="bar-chart-tick"
          >
            {formatTick(tick)}
          </text>
        </g>
      ))}
      <line x1={left} x2={width - right} y1={bottom} y2={bottom} stroke={AXIS} />
      <line x1={left} x2={left} y1={TOP} y2={bottom} stroke={AXIS} />
      {rows.map((row, r) => {
        const rowTop = TOP + r * band;
        const middle = rowTop + band / 2;
        const lines = labels[r]!;
        return (
          <g key={r}>
            <line x1={left - TICK} x2={left} y1={middle} y2={middle} stroke={AXIS} />
            <text
              x={left - TICK - 3}
              y={middle - ((lines.length - 1) * LINE_HEIGHT) / 2}
              textAnchor="end"
              dominantBaseline="middle"
              fill={TEXT}
              className="bar-chart-label"
            >
              {lines.map((line, i) => (
                <tspan key={i} x={left - TICK - 3} dy={i === 0 ? 0 : LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
            {row.values.map((value, s) => {
              if (typeof value !== 'number' || value <= 0) return null;
              const y = rowTop + (band - bars) / 2 + s * (barSize + barGap);
              return (
                <g key={s}>
                  <rect
                    x={left}
                    y={y}
                    width={x(value) - left}
                    height={barSize}
                    fill={colors[s]}
                    className={props.barClassName}
                    data-row={props.onBarClick ? r : undefined}
                    cursor={props.onBarClick ? 'pointer' : undefined}
                  />
                  <text
                    x={x(value) + 4}
                    y={y + barSize / 2}
                    dominantBaseline="middle"
                    fontSize={valueFont}
                    fill={TEXT}
                    className="bar-chart-value"
                  >
                    {formatValue(value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
