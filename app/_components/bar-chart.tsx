/**
 * A horizontal bar chart drawn on the server as SVG: readable without JavaScript, printable,
 * and light on a slow connection. The figures are in a table beside it for screen readers,
 * so the picture itself is one labelled image.
 */
export type Bar = { label: string; values: number[] };

export function BarChart({ title, bars, series, max }: { title: string; bars: Bar[]; series: { name: string; className: string }[]; max?: number }) {
  const top = Math.max(1, max ?? Math.max(0, ...bars.flatMap((bar) => bar.values)));
  const rowHeight = 14 * series.length + 14;
  const labelWidth = 260;
  const width = 720;
  const height = bars.length * rowHeight + 28;
  const scale = (value: number) => ((width - labelWidth - 60) * value) / top;
  return (
    <svg className="bar-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} preserveAspectRatio="xMinYMin meet">
      <title>{title}</title>
      {bars.map((bar, row) => (
        <g key={bar.label} transform={`translate(0 ${row * rowHeight})`}>
          <text x={0} y={14} className="bar-chart__label">
            {bar.label.length > 38 ? `${bar.label.slice(0, 37)}…` : bar.label}
          </text>
          {bar.values.map((value, index) => (
            <g key={series[index]!.name} transform={`translate(${labelWidth} ${index * 14 + 3})`}>
              <rect width={Math.max(value > 0 ? 2 : 0, scale(value))} height={12} className={series[index]!.className} />
              <text x={scale(value) + 6} y={10} className="bar-chart__value">
                {value}
              </text>
            </g>
          ))}
        </g>
      ))}
      <g transform={`translate(${labelWidth} ${height - 12})`}>
        {series.map((s, index) => (
          <g key={s.name} transform={`translate(${index * 200} 0)`}>
            <rect width={12} height={12} y={-10} className={s.className} />
            <text x={18} y={0} className="bar-chart__label">
              {s.name}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
