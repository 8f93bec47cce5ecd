import { useId, useMemo, useState } from "react";
import { useMapStore } from "../../store/mapStore";
import { connectCandidates } from "./connectCandidates";

/**
 * A keyboard way to draw a relationship: pick the other person and add it. The new
 * relationship is selected, so 1–5 rate it straight away, as after a drag on the canvas.
 */
export function ConnectPersonForm({ personId }: { personId: string }) {
  const map = useMapStore((s) => s.map);
  const groups = useMemo(() => (map ? connectCandidates(map, personId) : []), [map, personId]);
  const [target, setTarget] = useState("");
  // Everyone is listed once the list is reached (pointer or keyboard), not with every card
  // selected: on a 5,000-person map the options were most of selecting a card (200 of 380 ms).
  const [listed, setListed] = useState(false);
  const list = () => setListed(true);
  const selectId = useId();
  if (groups.length === 0) return null;
  const chosen = groups.some((g) => g.people.some((p) => p.id === target)) ? target : "";
  return (
    <form
      className="inspector-connect"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) useMapStore.getState().connect(personId, chosen);
      }}
    >
      <label className="field" htmlFor={selectId}>
        <span>Add a relationship with</span>
      </label>
      <div className="inspector-connect-row">
        <select
          id={selectId}
          className="input inspector-connect-select"
          value={chosen}
          onChange={(e) => setTarget(e.target.value)}
          onPointerDown={list}
          onFocus={list}
        >
          <option value="">Choose a person…</option>
          {(listed ? groups : []).map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.title ? ` (${p.title})` : ""}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <button type="submit" className="btn" disabled={!chosen}>
          Add
        </button>
      </div>
    </form>
  );
}
