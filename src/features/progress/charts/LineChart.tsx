// Plain SVG instead of a chart library: three small chart types need ~200
// lines here, while uPlot adds ~50 kB and Chart.js / Recharts 60–150 kB
// (minified) to a lazy chunk the person downloads on a phone.

export interface Point {
  /** Position on the time axis, 0..1. */
  x: number;
  y: number;
}

export interface Shade {
  from: number;
  to: number;
  label: string;
}

interface LineChartProps {
  points: Point[];
  yMin: number;
  yMax: number;
  shades?: Shade[];
  /** Labels under the first and last point. */
  startLabel: string;
  endLabel: string;
}

const W = 320;
const H = 170;
const PAD = { left: 30, right: 10, top: 10, bottom: 24 };

export function LineChart({ points, yMin, yMax, shades = [], startLabel, endLabel }: LineChartProps) {
  const span = yMax - yMin || 1;
  const sx = (x: number) => PAD.left + x * (W - PAD.left - PAD.right);
  const sy = (y: number) => PAD.top + (1 - (y - yMin) / span) * (H - PAD.top - PAD.bottom);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ');
  return (
    <svg className="chart-svg" viewBox={`0 0 ${W} ${H}`} role="presentation" focusable="false">
      {shades.map((s, i) => (
        <g key={s.label}>
          <rect
            x={PAD.left}
            width={W - PAD.left - PAD.right}
            y={sy(s.to)}
            height={Math.max(0, sy(s.from) - sy(s.to))}
            className={i % 2 === 0 ? 'chart-shade' : 'chart-shade alt'}
          />
          <text x={W - PAD.right - 2} y={sy(s.to) + 11} textAnchor="end" className="chart-shade-label">
            {s.label}
          </text>
        </g>
      ))}
      <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} className="chart-axis" />
      <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} className="chart-axis" />
      <text x={PAD.left - 4} y={sy(yMax) + 4} textAnchor="end" className="chart-label">
        {yMax}
      </text>
      <text x={PAD.left - 4} y={sy(yMin)} textAnchor="end" className="chart-label">
        {yMin}
      </text>
      <text x={PAD.left} y={H - 6} className="chart-label">
        {startLabel}
      </text>
      <text x={W - PAD.right} y={H - 6} textAnchor="end" className="chart-label">
        {endLabel}
      </text>
      {points.length > 1 ? <path d={path} className="chart-line" /> : null}
      {points.map((p, i) => (
        <circle key={i} cx={sx(p.x)} cy={sy(p.y)} r={3.5} className="chart-dot" />
      ))}
    </svg>
  );
}
