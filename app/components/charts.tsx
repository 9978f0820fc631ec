import { useId } from "react";

// Server-rendered SVG charts. A chart is never the only way to read the numbers:
// every page that shows one also shows a table of the same numbers. The SVG is
// an image with a title and a text description for screen readers, and its
// bars use presentation attributes and classes (the CSP forbids inline styles).

/** `mark` stands in for a value that is not shown (a hidden small group): no bar, just the words. */
export type ChartDatum = { label: string; value: number; mark?: string };

function describe(data: ChartDatum[], max: number, unit: string) {
  return (
    data.map((d) => `${d.label}: ${d.mark ?? `${d.value}${unit || ` out of ${max}`}`}`).join(". ") +
    "."
  );
}

const WIDTH = 400;
const VALUE_SPACE = 48;

/**
 * Horizontal bars, one per datum, each with its label above it (labels never
 * squeeze the bars, so the chart still reads at 320px wide).
 */
export function BarChart({
  title,
  data,
  max,
  unit = "",
  description,
}: {
  title: string;
  data: ChartDatum[];
  max: number;
  /** Shown after each value, like "%". Empty means "out of max" in the description. */
  unit?: string;
  description?: string;
}) {
  const id = useId();
  const rowHeight = 52;
  const barHeight = 22;
  const height = data.length * rowHeight + 8;
  const barSpace = WIDTH - VALUE_SPACE;
  const scale = (value: number) =>
    (max > 0 ? Math.max(0, Math.min(value, max)) / max : 0) * barSpace;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description ?? describe(data, max, unit)}</desc>
      {data.map((d, i) => {
        const top = i * rowHeight;
        const width = d.mark ? 0 : scale(d.value);
        return (
          <g key={d.label} aria-hidden="true">
            <text x={0} y={top + 16}>
              {d.label}
            </text>
            <rect className="chart__track" x={0} y={top + 22} width={barSpace} height={barHeight} />
            <rect className="chart__bar" x={0} y={top + 22} width={width} height={barHeight} />
            <text
              x={width + 6}
              y={top + 22 + barHeight - 6}
              className={d.mark ? "chart__value chart__value--mark" : "chart__value"}
            >
              {d.mark ?? `${d.value}${unit}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A small line chart for a trend over time (oldest first), with a dot and value per point. */
export function LineChart({
  title,
  data,
  max,
  description,
}: {
  title: string;
  data: ChartDatum[];
  max: number;
  description?: string;
}) {
  const id = useId();
  const height = 200;
  const top = 24;
  const bottom = 40;
  const left = 12;
  const right = 12;
  const plotHeight = height - top - bottom;
  const step = data.length > 1 ? (WIDTH - left - right) / (data.length - 1) : 0;
  const x = (i: number) => (data.length > 1 ? left + i * step : WIDTH / 2);
  const y = (value: number) =>
    top + plotHeight - (max > 0 ? Math.max(0, Math.min(value, max)) / max : 0) * plotHeight;
  const points = data.map((d, i) => `${x(i)},${y(d.value)}`).join(" ");
  return (
    <svg
      className="chart chart--line"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description ?? describe(data, max, "")}</desc>
      <g aria-hidden="true">
        <line
          className="chart__axis"
          x1={0}
          x2={WIDTH}
          y1={top + plotHeight}
          y2={top + plotHeight}
        />
        {data.length > 1 ? <polyline className="chart__line" points={points} fill="none" /> : null}
        {data.map((d, i) => {
          const anchor =
            data.length > 1 && i === 0
              ? "start"
              : data.length > 1 && i === data.length - 1
                ? "end"
                : "middle";
          return (
            <g key={`${d.label}-${i}`}>
              <circle className="chart__dot" cx={x(i)} cy={y(d.value)} r={5} />
              <text x={x(i)} y={y(d.value) - 10} textAnchor={anchor} className="chart__value">
                {d.value}
              </text>
              {/* Many dates would overlap: label the ends; the table has them all. */}
              {data.length <= 4 || i === 0 || i === data.length - 1 ? (
                <text x={x(i)} y={height - 14} textAnchor={anchor}>
                  {d.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
