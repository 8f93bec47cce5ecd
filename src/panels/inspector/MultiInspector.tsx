import { useId, useMemo } from "react";
import type { Strength } from "../../domain/model";
import { useMapStore } from "../../store/mapStore";
import { deleteSelectionWithUndo } from "../shared/deleteWithUndo";
import { StrengthPicker } from "../shared/StrengthPicker";
import { describeCounts, summariseSelection } from "./selectionSummary";

export function MultiInspector() {
  const people = useMapStore((s) => s.map?.people);
  const relationships = useMapStore((s) => s.map?.relationships);
  const orgs = useMapStore((s) => s.map?.orgs);
  const tiers = useMapStore((s) => s.map?.tiers);
  const selection = useMapStore((s) => s.selection);
  const hintId = useId();
  const summary = useMemo(
    () =>
      people && relationships ? summariseSelection({ people, relationships }, selection) : null,
    [people, relationships, selection],
  );
  if (!summary || !orgs || !tiers) return null;

  const p = summary.people.length;
  const r = summary.relationships.length;
  const counts = describeCounts(p, r);
  const tierName = tiers.find((t) => t.id === summary.tierId)?.name;
  const facts: string[] = [];
  if (p > 1) {
    facts.push(summary.org ? `All from ${orgs[summary.org].name}` : "From both organisations");
    facts.push(tierName ? `All in ${tierName}` : "From different tiers");
  }

  return (
    <div className="inspector-body">
      <h2 className="inspector-heading">Selection</h2>
      <p className="inspector-count">{counts} selected</p>
      {facts.length > 0 && (
        <ul className="inspector-facts">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      )}
      {r > 0 && (
        <div className="inspector-group">
          <span className="field-label" aria-hidden="true">
            Strength
          </span>
          <p id={hintId} className="inspector-hint">
            {summary.strength === null ? "Different strengths. " : ""}
            Choosing one sets{" "}
            {r === 1 ? "the selected relationship" : `all ${r} selected relationships`}.
          </p>
          <StrengthPicker
            value={summary.strength}
            describedBy={hintId}
            onChange={(strength: Strength) => useMapStore.getState().rateSelection(strength)}
          />
        </div>
      )}
      <div className="inspector-actions">
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => deleteSelectionWithUndo(counts)}
        >
          Delete selection
        </button>
      </div>
    </div>
  );
}
