import { HorizontalBars } from '../../components/charts/HorizontalBars';

export interface ChartBar {
  label: string;
  /** Null: hidden from a leder, so not drawn (the table says why). */
  value: number | null;
  /** The figure's list, for a user allowed to open it; a click on the bar goes there. */
  href: string | null;
}

/** The bar's colour where the theme gives none; dashboards.css gives the theme's accent. */
const BAR_COLOUR = '#1e5aa0';

/**
 * One group's figures as horizontal bars (SVG, so it prints as text). It is hidden from screen
 * readers and not focusable: the table beside it holds the same figures and is the keyboard path.
 */
export function FigureChart({
  bars,
  format,
  onOpen,
}: {
  bars: ChartBar[];
  format: (n: number) => string;
  onOpen: (href: string) => void;
}) {
  const clickable = bars.some((b) => b.href !== null);
  return (
    <div className="dashboard-chart" aria-hidden="true">
      <HorizontalBars
        rows={bars.map((bar) => ({ label: bar.label, values: [bar.value] }))}
        colors={[BAR_COLOUR]}
        width={440}
        labelWidth={190}
        barSize={24}
        rowGap={10}
        allowDecimals={false}
        formatValue={format}
        valueFontSize={14}
        barClassName="dashboard-bar"
        onBarClick={
          clickable
            ? (row) => {
                const href = bars[row]?.href;
                if (href) onOpen(href);
              }
            : undefined
        }
      />
    </div>
  );
}
