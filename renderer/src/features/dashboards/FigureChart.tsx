import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';

export interface ChartBar {
  label: string;
  /** Null: hidden from a leder, so not drawn (the table says why). */
  value: number | null;
  /** The figure's list, for a user allowed to open it; a click on the bar goes there. */
  href: string | null;
}

const BAR_HEIGHT = 34;
const WIDTH = 440;
const LABEL_WIDTH = 190;

/**
 * One group's figures as horizontal bars (SVG, so it prints as text). It is hidden from screen
 * readers and not focusable: the table beside it holds the same figures and is the keyboard path.
 */
export function FigureChart({ bars, onOpen }: { bars: ChartBar[]; onOpen: (href: string) => void }) {
  const clickable = bars.some((b) => b.href !== null);
  return (
    <div className="dashboard-chart" aria-hidden="true">
      <BarChart
        width={WIDTH}
        height={bars.length * BAR_HEIGHT + 30}
        data={bars}
        layout="vertical"
        margin={{ top: 4, right: 40, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={LABEL_WIDTH} interval={0} tick={{ fontSize: 12 }} />
        <Bar
          dataKey="value"
          className="dashboard-bar"
          fill="#1e5aa0"
          isAnimationActive={false}
          cursor={clickable ? 'pointer' : undefined}
          onClick={(_data, index) => {
            const href = bars[index]?.href;
            if (href) onOpen(href);
          }}
        >
          <LabelList dataKey="value" position="right" className="dashboard-bar-value" />
        </Bar>
      </BarChart>
    </div>
  );
}
