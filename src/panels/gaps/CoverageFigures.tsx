import type { TierCoverage } from "../../domain/coverage";
import { TIER_STATE_TEXT } from "./gapList";

const tone = (value: number) => (value >= 100 ? "good" : value >= 50 ? "fair" : "poor");

/** One headline figure with its bar; an unmeasured figure gets an empty grey bar. */
export function CoverageFigure({
  value,
  text,
  caption,
  className,
}: {
  value: number | null;
  text: string;
  caption: string;
  className: string;
}) {
  return (
    <div className="gaps-figure">
      <p className={className}>{text}</p>
      <div
        className={`gaps-bar gaps-bar-${value === null ? "none" : tone(value)}`}
        aria-hidden="true"
      >
        <div
          className="gaps-bar-fill"
          style={{ width: `${value === null ? 0 : Math.max(0, Math.min(100, value))}%` }}
        />
      </div>
      <p className="gaps-figure-caption">{caption}</p>
    </div>
  );
}

/** A chip per tier with its state in a symbol and, for screen readers and on hover, in words. */
export function TierChips({ tiers }: { tiers: readonly TierCoverage[] }) {
  if (tiers.length === 0) return null;
  return (
    <ul className="gaps-tiers" aria-label="Coverage by tier">
      {tiers.map(({ tierId, tierName, state }) => {
        const { label, icon } = TIER_STATE_TEXT[state];
        const name = `${tierName.trim() || "Unnamed tier"}: ${label}`;
        return (
          <li key={tierId} className={`gaps-tier gaps-tier-${state}`} title={name}>
            <span className="gaps-tier-icon" aria-hidden="true">
              {icon}
            </span>
            <span className="gaps-tier-name">{tierName.trim() || "Unnamed tier"}</span>
            <span className="visually-hidden">: {label}</span>
          </li>
        );
      })}
    </ul>
  );
}
