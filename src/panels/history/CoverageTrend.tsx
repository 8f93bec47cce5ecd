import { percentText } from "../../domain/coverage";
import { dayText, type TrendPoint } from "../../domain/snapshots";

interface TrendProps {
  points: readonly TrendPoint[];
  width: number;
  height: number;
  /** A sparkline: no axis labels, and the text alternative is one short line. */
  spark?: boolean;
}

/** Coverage (0–100%) across snapshots and now, as an inline SVG with its text alternative. */
export function CoverageTrend({ points, width, height, spark }: TrendProps) {
  const pad = spark ? 3 : 8;
  const measured = points
    .map((point, i) => ({ ...point, i }))
    .filter(
      (point): point is TrendPoint & { i: number; coverage: number } => point.coverage !== null,
    );
  // Evenly spaced by position: reviews are irregular, and the order is what people read.
  const x = (i: number) =>
    points.length < 2 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1);
  const y = (coverage: number) => pad + ((100 - coverage) * (height - 2 * pad)) / 100;
  const path = measured.map((p, n) => `${n ? "L" : "M"}${x(p.i)},${y(p.coverage)}`).join(" ");
  const text = points
    .map(
      (p) =>
        `${p.label}${p.label === "Now" ? "" : ` (${dayText(p.date)})`}: ${percentText(p.coverage)}`,
    )
    .join("; ");
  return (
    <figure className={spark ? "trend trend-spark" : "trend"}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
        {!spark && (
          <>
            <line className="trend-grid" x1={pad} x2={width - pad} y1={y(100)} y2={y(100)} />
            <line className="trend-grid" x1={pad} x2={width - pad} y1={y(0)} y2={y(0)} />
          </>
        )}
        {measured.length > 1 && <path className="trend-line" d={path} />}
        {measured.map((p) => (
          <circle
            key={p.i}
            className={p.i === points.length - 1 ? "trend-dot trend-now" : "trend-dot"}
            cx={x(p.i)}
            cy={y(p.coverage)}
            r={spark ? 2 : 3.5}
          />
        ))}
      </svg>
      <figcaption className={spark ? "visually-hidden" : "trend-caption"}>
        Coverage over time: {text}
      </figcaption>
    </figure>
  );
}
