import type { CSSProperties } from "react";
import type { RelationshipChanges } from "../../domain/linkEdits";
import { MAX_LENGTH } from "../../domain/mapLimits";
import type { Organisation, Person, Strength, Tier } from "../../domain/model";
import { useMapStore } from "../../store/mapStore";
import { SubjectActions } from "../actions/SubjectActions";
import { deleteSelectionWithUndo } from "../shared/deleteWithUndo";
import { withinLimit } from "../shared/fieldRules";
import { StrengthPicker } from "../shared/StrengthPicker";
import { TextField } from "../shared/TextField";
import { relationshipEnds } from "./selectionSummary";
import { TargetFields } from "./TargetFields";

const notesFit = withinLimit("Notes", MAX_LENGTH.notes);

/** Save only while the relationship exists (a field may unmount after a delete). */
const update = (id: string, changes: RelationshipChanges) => {
  const state = useMapStore.getState();
  if (state.map?.relationships.some((r) => r.id === id)) state.updateRelationships([id], changes);
};

function End({
  person,
  org,
  tiers,
}: {
  person: Person;
  org: Organisation;
  tiers: readonly Tier[];
}) {
  const tier = tiers.find((t) => t.id === person.tierId)?.name ?? "Unknown tier";
  return (
    <div className="inspector-end" style={{ "--inspector-org": org.color } as CSSProperties}>
      <span className="inspector-end-name">{person.name || "Unnamed person"}</span>
      <span className="inspector-end-meta">
        <span className="inspector-swatch" aria-hidden="true" />
        <span className="visually-hidden">, </span>
        {org.name}
      </span>
      <span className="inspector-end-meta">
        <span className="visually-hidden">, </span>
        {tier}
      </span>
    </div>
  );
}

export function RelationshipInspector({ id }: { id: string }) {
  const relationship = useMapStore((s) => s.map?.relationships.find((r) => r.id === id));
  const people = useMapStore((s) => s.map?.people);
  const orgs = useMapStore((s) => s.map?.orgs);
  const tiers = useMapStore((s) => s.map?.tiers);
  if (!relationship || !people || !orgs || !tiers) return null;
  const ends = relationshipEnds(people, relationship);
  if (!ends) return null;
  const { source, target, internal } = ends;
  const names = `${source.name || "Unnamed person"} and ${target.name || "Unnamed person"}`;

  return (
    <div className="inspector-body">
      <h2 className="inspector-heading">Relationship</h2>
      <div className="inspector-ends">
        <End person={source} org={orgs[source.org]} tiers={tiers} />
        <span className="inspector-ends-link" aria-hidden="true">
          ↔
        </span>
        <span className="visually-hidden">and</span>
        <End person={target} org={orgs[target.org]} tiers={tiers} />
      </div>
      {internal && (
        <p className="inspector-note">
          Internal link: both work at {orgs[source.org].name}. Internal links do not count towards
          coverage.
        </p>
      )}
      <div className="inspector-group">
        <span className="field-label" aria-hidden="true">
          Strength
        </span>
        <StrengthPicker
          value={relationship.strength}
          onChange={(strength: Strength) => update(id, { strength })}
        />
      </div>
      <TargetFields relationship={relationship} update={update} />
      <TextField
        label="Notes"
        multiline
        value={relationship.notes ?? ""}
        maxLength={MAX_LENGTH.notes}
        validate={notesFit}
        onCommit={(v) => update(id, { notes: v })}
      />
      <TextField
        label="Last contact"
        type="date"
        value={relationship.lastContact ?? ""}
        onCommit={(v) => update(id, { lastContact: v })}
      />
      <div className="inspector-actions">
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => deleteSelectionWithUndo(`the relationship between ${names}`)}
        >
          Delete relationship
        </button>
      </div>
      <SubjectActions about={{ kind: "relationship", id }} label={names} />
    </div>
  );
}
