interface WeeklyBarsProps {
  /** Oldest first. */
  weeks: { label: string; a: number; b: number }[];
}

const W = 320;
const H = 150;
const PAD = { left: 22, right: 6, top: 8, bottom: 22 };

/** Two bars per week (successes, surprises). Patterns differ by shape, not only colour. */
export function WeeklyBars({ weeks }: WeeklyBarsProps) {
  const max = Math.max(1, ...weeks.flatMap((w) => [w.a, w.b]));
  const band = (W - PAD.left - PAD.right) / Math.max(1, weeks.length);
  const bar = Math.max(2, band / 2 - 2);
  const sy = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  return (
    <svg className="chart-svg" viewBox={`0 0 ${W} ${H}`} role="presentation" focusable="false">
      <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} className="chart-axis" />
      <text x={PAD.left - 4} y={PAD.top + 8} textAnchor="end" className="chart-label">
        {max}
      </text>
      {weeks.map((w, i) => {
        const x = PAD.left + i * band + 1;
        return (
          <g key={w.label}>
            <rect x={x} y={sy(w.a)} width={bar} height={H - PAD.bottom - sy(w.a)} className="bar-a" />
            <rect x={x + bar + 1} y={sy(w.b)} width={bar} height={H - PAD.bottom - sy(w.b)} className="bar-b" />
          </g>
        );
      })}
      <text x={PAD.left} y={H - 6} className="chart-label">
        {weeks[0]?.label ?? ''}
      </text>
      <text x={W - PAD.right} y={H - 6} textAnchor="end" className="chart-label">
        {weeks.at(-1)?.label ?? ''}
      </text>
    </svg>
  );
}
