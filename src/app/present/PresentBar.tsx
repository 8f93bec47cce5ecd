import { useMemo } from "react";
import { PRESENT_MIN_TEXT_PX } from "../../design/present";
import { tierCoverageCount } from "../../domain/coverage";
import { SEVERITY_NAMES } from "../../domain/gaps";
import type { PeerMap } from "../../domain/model";
import { type Revealed, revealedCount } from "../../domain/reveal";
import { buildTierIndex } from "../../domain/tierIndex";
import { SeverityIcon } from "../../panels/gaps/GapItem";
import { coverageCountText, noGapsText } from "../../panels/gaps/gapList";
import { analysisOf } from "../../store/analysis";

/** The bar lists this many gaps, most severe first, and counts the rest. */
export const PRESENT_GAPS_SHOWN = 2;

interface PresentBarProps {
  /** The whole map (its name and tier count). */
  map: PeerMap;
  /** What is on screen: the revealed tiers. */
  shown: PeerMap;
  revealed: Revealed;
}

/**
 * The slim bar under the map while presenting: the map's name, the coverage and the gaps of
 * what is on screen (the revealed tiers only), in the gaps panel's own words.
 */
export function PresentBar({ map, shown, revealed }: PresentBarProps) {
  const analysis = analysisOf(shown);
  const count = useMemo(() => tierCoverageCount(buildTierIndex(shown)), [shown]);
  const tiers = map.tiers.length;
  const onScreen = revealedCount(revealed, tiers);
  const soFar = onScreen < tiers;
  const listed = analysis.gaps.slice(0, PRESENT_GAPS_SHOWN);
  const rest = analysis.gaps.length - listed.length;
  return (
    <section
      className="present-bar"
      aria-label="Presentation summary"
      style={{ fontSize: PRESENT_MIN_TEXT_PX }}
    >
      <div className="present-bar-line">
        <strong className="present-bar-name">{map.name}</strong>
        <span className="present-bar-coverage">{coverageCountText(count, soFar)}</span>
        <span className="present-bar-step">
          {soFar ? `Tiers shown: ${onScreen} of ${tiers} · → next` : `All ${tiers} tiers shown`}
          {" · ? keys"}
        </span>
      </div>
      <ul className="present-bar-gaps" aria-label="Gaps on screen">
        {listed.length === 0 && <li>{noGapsText(shown.people.length)}</li>}
        {listed.map((gap, i) => (
          <li key={gap.id} className={`present-bar-gap is-${gap.severity}`}>
            <span className="present-bar-message">
              <SeverityIcon severity={gap.severity} />
              <span className="visually-hidden">{SEVERITY_NAMES[gap.severity]}: </span>
              {gap.message}
            </span>
            {rest > 0 && i === listed.length - 1 && (
              <span className="present-bar-more">+{rest} more</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
