import "./GapsPanel.css";
import { useReactFlow } from "@xyflow/react";
import { memo, useCallback, useId, useMemo, useState } from "react";
import { COVERAGE_DEFINITIONS, COVERAGE_UNMEASURED } from "../../domain/coverage";
import type { Gap } from "../../domain/gaps";
import { strengthLabel } from "../../domain/model";
import { useAnalysis } from "../../store/analysis";
import { useMapStore } from "../../store/mapStore";
import { CoverageFigure, TierChips } from "./CoverageFigures";
import { GapItem, SeverityIcon } from "./GapItem";
import {
  arrangeGaps,
  coverageText,
  foldedLabel,
  isGapSelected,
  noGapsText,
  peopleCoverageText,
} from "./gapList";

/** Right sidebar, below the inspector: what is missing between the two organisations. */
export const GapsPanel = memo(function GapsPanel() {
  const analysis = useAnalysis();
  const peopleCount = useMapStore((s) => s.map?.people.length ?? 0);
  const orgA = useMapStore((s) => s.map?.orgs.a.name ?? "");
  const orgB = useMapStore((s) => s.map?.orgs.b.name ?? "");
  const threshold = useMapStore((s) => s.map?.settings.healthyThreshold ?? 3);
  const selectedPeople = useMapStore((s) => s.selection.people);
  const { fitView } = useReactFlow();
  const [expanded, setExpanded] = useState(false);
  const foldId = useId();

  const arranged = useMemo(() => (analysis ? arrangeGaps(analysis.gaps) : null), [analysis]);

  const activate = useCallback(
    (gap: Gap) => {
      const { map, select } = useMapStore.getState();
      select({ people: gap.personIds, relationships: [] });
      const placed = new Set(map?.people.filter((p) => p.position).map((p) => p.id));
      const nodes = gap.personIds.filter((id) => placed.has(id)).map((id) => ({ id }));
      if (nodes.length > 0) void fitView({ nodes, duration: 300, maxZoom: 1.2, padding: 0.4 });
    },
    [fitView],
  );

  if (!analysis || !arranged) return null;
  const { coverage, peopleCoverage, tiers, gaps } = analysis;
  const healthy = `Healthy means ${strengthLabel(threshold)} or stronger, between ${orgA} and ${orgB}.`;
  const item = (gap: Gap) => (
    <GapItem
      key={gap.id}
      gap={gap}
      active={isGapSelected(gap, selectedPeople)}
      onActivate={activate}
    />
  );

  return (
    <section className="gaps" aria-label="Gaps">
      <h2 className="gaps-heading">Gaps</h2>
      <div className="gaps-coverage">
        <div className="gaps-figures">
          <CoverageFigure
            value={coverage}
            text={coverageText(coverage)}
            caption="of tiers covered"
            className="gaps-coverage-text"
          />
          <CoverageFigure
            value={peopleCoverage}
            text={peopleCoverageText(peopleCoverage)}
            caption="of people linked"
            className="gaps-people-text"
          />
        </div>
        {coverage === null && <p className="gaps-unmeasured">{COVERAGE_UNMEASURED}</p>}
        <TierChips tiers={tiers} />
        <details className="gaps-explain">
          <summary>How coverage is measured</summary>
          <p>{COVERAGE_DEFINITIONS.tiers}</p>
          <p>{COVERAGE_DEFINITIONS.people}</p>
          <p>{healthy}</p>
        </details>
      </div>

      {gaps.length === 0 ? (
        <p className="gaps-empty">{noGapsText(peopleCount)}</p>
      ) : (
        <ul className="gaps-list">
          {arranged.shown.map(item)}
          {arranged.folded.length > 0 && (
            <li className="gaps-item gaps-item-info gaps-fold">
              <button
                type="button"
                className="gaps-row gaps-fold-toggle"
                aria-expanded={expanded}
                aria-controls={foldId}
                onClick={() => setExpanded((open) => !open)}
              >
                <SeverityIcon severity="info" />
                <span className="gaps-message">
                  <span className="visually-hidden">Info: </span>
                  {foldedLabel(arranged.folded)}
                </span>
                <span className="gaps-chevron" aria-hidden="true">
                  {expanded ? "▾" : "▸"}
                </span>
              </button>
              <ul id={foldId} className="gaps-list gaps-sublist" hidden={!expanded}>
                {expanded && arranged.folded.map(item)}
              </ul>
            </li>
          )}
        </ul>
      )}
    </section>
  );
});
