import { type CSSProperties, useEffect, useId, useMemo, useRef } from "react";
import { lineLabel, PLANNED_LINE, STRENGTH_STYLES } from "../../design/strokes";
import type { PersonChanges } from "../../domain/edits";
import { MAX_LENGTH } from "../../domain/mapLimits";
import { ownLinks } from "../../domain/model";
import { startLinking } from "../../store/linkMode";
import { useMapStore } from "../../store/mapStore";
import { toggleSpotlight, useSpotlight } from "../../store/spotlight";
import { SubjectActions } from "../actions/SubjectActions";
import { deleteSelectionWithUndo } from "../shared/deleteWithUndo";
import { requireName, withinLimit } from "../shared/fieldRules";
import { TextField } from "../shared/TextField";
import { ConnectPersonForm } from "./ConnectPersonForm";
import { SuggestedLink } from "./TargetFields";

const nameRequired = requireName("A person needs a name.");
const titleFits = withinLimit("A title", MAX_LENGTH.title);
const emailFits = withinLimit("An email address", MAX_LENGTH.email);
const notesFit = withinLimit("Notes", MAX_LENGTH.notes);

/** Save only while the person exists: a field unmounting after a delete must not complain. */
const update = (id: string, changes: PersonChanges) => {
  const state = useMapStore.getState();
  if (state.map?.people.some((p) => p.id === id)) state.updatePerson(id, changes);
};

export function PersonInspector({ id }: { id: string }) {
  const person = useMapStore((s) => s.map?.people.find((p) => p.id === id));
  const tiers = useMapStore((s) => s.map?.tiers);
  const orgs = useMapStore((s) => s.map?.orgs);
  const allPeople = useMapStore((s) => s.map?.people);
  const relationships = useMapStore((s) => s.map?.relationships);
  const focusPersonId = useMapStore((s) => s.focusPersonId);
  const spotlit = useSpotlight((s) => s.spotlight?.kind === "person" && s.spotlight.id === id);
  const nameRef = useRef<HTMLInputElement>(null);
  const tierId = useId();

  // Just added on the canvas: straight into typing the name.
  useEffect(() => {
    if (focusPersonId !== id || !nameRef.current) return;
    nameRef.current.focus();
    nameRef.current.select();
    useMapStore.getState().clearFocus();
  }, [focusPersonId, id]);

  const links = useMemo(() => {
    if (!relationships || !allPeople) return [];
    // Only the people at the person's own links are looked up: no index of a 5,000-person map.
    const own = ownLinks(relationships, id);
    const others = new Set(own.map((link) => link.otherId));
    const byId = new Map(allPeople.filter((p) => others.has(p.id)).map((p) => [p.id, p]));
    return own.flatMap(({ relationship, otherId }) => {
      const other = byId.get(otherId);
      return other ? [{ relationship, other }] : [];
    });
  }, [relationships, allPeople, id]);

  if (!person || !tiers || !orgs) return null;
  const org = orgs[person.org];
  const name = person.name || "Unnamed person";
  const placed = person.position !== undefined;

  return (
    <div className="inspector-body">
      <div className="inspector-heading-row">
        <h2 className="inspector-heading">Person</h2>
        {placed && (
          <button
            type="button"
            className="btn inspector-focus"
            aria-pressed={spotlit}
            title={
              spotlit ? "Clear the focus (F or Esc)" : "Dim everyone not connected to them (F)"
            }
            onClick={() => toggleSpotlight({ kind: "person", id })}
          >
            {spotlit ? "Clear focus" : "Focus"}
          </button>
        )}
        {placed && (
          <button
            type="button"
            className="btn inspector-focus"
            title="Click the other person on the map, then rate the link (L)"
            onClick={() => startLinking(id)}
          >
            Link to…
          </button>
        )}
      </div>
      <TextField
        label="Name"
        value={person.name}
        validate={nameRequired}
        maxLength={MAX_LENGTH.name}
        inputRef={nameRef}
        onCommit={(v) => update(id, { name: v })}
      />
      <TextField
        label="Job title"
        value={person.title ?? ""}
        maxLength={MAX_LENGTH.title}
        validate={titleFits}
        onCommit={(v) => update(id, { title: v })}
      />
      <div className="inspector-readonly">
        <span className="field-label">Organisation</span>
        <span className="inspector-org" style={{ "--inspector-org": org.color } as CSSProperties}>
          <span className="inspector-swatch" aria-hidden="true" />
          {org.name}
        </span>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={tierId}>
          Tier
        </label>
        <select
          id={tierId}
          value={person.tierId}
          onChange={(event) => update(id, { tierId: event.target.value })}
        >
          {!tiers.some((t) => t.id === person.tierId) && (
            <option value={person.tierId}>Unknown tier</option>
          )}
          {tiers.map((tier) => (
            <option key={tier.id} value={tier.id}>
              {tier.name}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Email"
        type="email"
        value={person.email ?? ""}
        maxLength={MAX_LENGTH.email}
        validate={emailFits}
        onCommit={(v) => update(id, { email: v })}
      />
      <TextField
        label="Notes"
        multiline
        value={person.notes ?? ""}
        maxLength={MAX_LENGTH.notes}
        validate={notesFit}
        onCommit={(v) => update(id, { notes: v })}
      />

      {links.length > 0 && (
        <div className="inspector-links">
          <h3 className="inspector-subheading">Relationships</h3>
          <ul className="inspector-link-list">
            {links.map(({ relationship, other }) => (
              <li key={relationship.id}>
                <button
                  type="button"
                  className="inspector-link"
                  onClick={() =>
                    useMapStore.getState().select({ people: [], relationships: [relationship.id] })
                  }
                >
                  <span
                    className="inspector-link-swatch"
                    aria-hidden="true"
                    style={{
                      background: relationship.planned
                        ? PLANNED_LINE.color
                        : STRENGTH_STYLES[relationship.strength].color,
                    }}
                  />
                  <span className="inspector-link-name">{other.name || "Unnamed person"}</span>
                  <span className="inspector-link-strength">
                    <span className="visually-hidden">, </span>
                    {lineLabel(relationship)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <SuggestedLink personId={id} />
      <ConnectPersonForm personId={id} />

      <div className="inspector-actions">
        {placed ? (
          <button
            type="button"
            className="btn"
            onClick={() => useMapStore.getState().unplacePerson(id)}
          >
            Remove from canvas
          </button>
        ) : (
          <button
            type="button"
            className="btn"
            onClick={() => useMapStore.getState().placeInLane(id)}
          >
            Place on canvas
          </button>
        )}
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => deleteSelectionWithUndo(name)}
        >
          Delete person
        </button>
      </div>
      <SubjectActions about={{ kind: "person", id }} label={name} />
    </div>
  );
}
