import "./GapsPanel.css";
import { useReactFlow } from "@xyflow/react";
import { memo, useCallback, useId, useMemo, useState } from "react";
import type { Gap } from "../../domain/gaps";
import { strengthLabel } from "../../domain/model";
import { useAnalysis } from "../../store/analysis";
import { useMapStore } from "../../store/mapStore";
import { GapItem, SeverityIcon } from "./GapItem";
import { arrangeGaps, coverageText, foldedLabel, isGapSelected } from "./gapList";

const coverageTone = (coverage: number) =>
  coverage >= 100 ? "good" : coverage >= 50 ? "fair" : "poor";

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
  const { coverage, gaps } = analysis;
  const explanation =
    `Share of tiers with people in them where someone from ${orgA} and someone from ${orgB} ` +
    `have a relationship of ${strengthLabel(threshold)} or stronger.`;
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
      <div className="gaps-coverage" title={explanation}>
        <p className="gaps-coverage-text">{coverageText(coverage)}</p>
        <div className={`gaps-bar gaps-bar-${coverageTone(coverage)}`} aria-hidden="true">
          <div
            className="gaps-bar-fill"
            style={{ width: `${Math.max(0, Math.min(100, coverage))}%` }}
          />
        </div>
        <p className="gaps-explain">Share of tiers with a healthy cross-organisation link.</p>
      </div>

      {gaps.length === 0 ? (
        <p className="gaps-empty">
          {peopleCount === 0
            ? "No gaps yet: add people to both organisations to see how well the tiers are linked."
            : "No gaps: every tier has a healthy peer link."}
        </p>
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
