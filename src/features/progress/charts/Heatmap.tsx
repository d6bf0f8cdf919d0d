import type { LocalDay } from '../../../db';

interface HeatmapProps {
  /** Whole weeks, oldest first; each week Monday..Sunday, undefined = after today. */
  weeks: ({ day: LocalDay; count: number } | undefined)[][];
  max: number;
  weekdayLabels: string[];
}

const CELL = 14;
const GAP = 3;
const LEFT = 14;

/** Calendar heatmap: one column per week, one row per weekday; darker = more steps practised. */
export function Heatmap({ weeks, max, weekdayLabels }: HeatmapProps) {
  const width = LEFT + weeks.length * (CELL + GAP);
  const height = 7 * (CELL + GAP);
  return (
    <svg className="chart-svg" viewBox={`0 0 ${width} ${height}`} role="presentation" focusable="false">
      {weekdayLabels.map((label, row) =>
        row % 2 === 0 ? (
          <text key={label + row} x={0} y={row * (CELL + GAP) + CELL - 3} className="chart-label">
            {label}
          </text>
        ) : null,
      )}
      {weeks.map((week, col) =>
        week.map((cell, row) =>
          cell ? (
            <rect
              key={cell.day}
              x={LEFT + col * (CELL + GAP)}
              y={row * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={3}
              className={cell.count === 0 ? 'heat-cell empty' : 'heat-cell'}
              style={cell.count === 0 ? undefined : { opacity: 0.35 + 0.65 * Math.min(1, cell.count / Math.max(1, max)) }}
            />
          ) : null,
        ),
      )}
    </svg>
  );
}
