import { useId } from "react";
import type { RelationshipChanges } from "../../domain/linkEdits";
import { isStrength, type Relationship, STRENGTHS, strengthLabel } from "../../domain/model";
import { useAnalysis } from "../../store/analysis";
import { useMapStore } from "../../store/mapStore";

/**
 * A relationship's target strength (what it should become) and whether it is only planned (it
 * should exist but does not yet). A link below its target is listed in the gaps; a planned one
 * counts for nothing until it is unticked.
 */
export function TargetFields({
  relationship,
  update,
}: {
  relationship: Relationship;
  update: (id: string, changes: RelationshipChanges) => void;
}) {
  const targetId = useId();
  const plannedHint = useId();
  const { id, planned, targetStrength } = relationship;
  return (
    <>
      <div className="field">
        <label className="field-label" htmlFor={targetId}>
          Target strength
        </label>
        <select
          id={targetId}
          value={targetStrength ?? ""}
          onChange={(event) => {
            const value = Number(event.target.value);
            update(id, { targetStrength: isStrength(value) ? value : null });
          }}
        >
          <option value="">No target</option>
          {STRENGTHS.map((s) => (
            <option key={s} value={s}>
              {strengthLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="inspector-check">
          <input
            type="checkbox"
            checked={planned === true}
            aria-describedby={plannedHint}
            onChange={(event) => update(id, { planned: event.target.checked })}
          />
          Planned (does not exist yet)
        </label>
        <p id={plannedHint} className="inspector-note">
          {planned
            ? "Drawn grey-blue and dash-dot. It does not count towards coverage until you untick this, once the two have met."
            : "Tick for a link you mean to build: it is drawn apart and does not count towards coverage."}
        </p>
      </div>
    </>
  );
}

/**
 * The counterpart the gaps suggest for this person (the red hollow line on the board), with a
 * way to draw it, or to plan it with a target of the map's healthy strength.
 */
export function SuggestedLink({ personId }: { personId: string }) {
  const analysis = useAnalysis();
  const people = useMapStore((s) => s.map?.people);
  const healthy = useMapStore((s) => s.map?.settings.healthyThreshold);
  const suggestion = analysis?.suggestions.find(
    (s) => s.source === personId || s.target === personId,
  );
  if (!suggestion || !people || healthy === undefined) return null;
  const otherId = suggestion.source === personId ? suggestion.target : suggestion.source;
  const other = people.find((p) => p.id === otherId);
  if (!other) return null;
  const name = other.name || "Unnamed person";
  const { connect, planLink } = useMapStore.getState();
  return (
    <div className="inspector-group">
      <h3 className="inspector-subheading">Suggested counterpart</h3>
      <p className="inspector-note">
        No peer link at this tier yet. {name} is the suggested counterpart.
      </p>
      <div className="inspector-actions">
        <button
          type="button"
          className="btn"
          onClick={() => connect(suggestion.source, suggestion.target)}
        >
          Draw link with {name}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => planLink(suggestion.source, suggestion.target, healthy)}
        >
          Plan this link
        </button>
      </div>
    </div>
  );
}
