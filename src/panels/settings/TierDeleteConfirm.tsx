import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import type { Tier } from "../../domain/model";
import { useMapStore } from "../../store/mapStore";
import { peopleCount } from "../roster/rosterModel";

export interface TierDeleteConfirmProps {
  tier: Tier;
  name: string;
  count: number;
  tiers: readonly Tier[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A tier with people in it: ask where they go before deleting it. */
export function TierDeleteConfirm({
  tier,
  name,
  count,
  tiers,
  onDone,
  onCancel,
}: TierDeleteConfirmProps) {
  const others = tiers.filter((t) => t.id !== tier.id);
  const [moveTo, setMoveTo] = useState(others[0]?.id ?? "");
  const selectRef = useRef<HTMLSelectElement>(null);
  const selectId = useId();
  const target = others.find((t) => t.id === moveTo) ?? others[0];

  useEffect(() => {
    selectRef.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    // Escape backs out of this question, not out of the whole dialog.
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };

  const confirm = () => {
    if (!target) return;
    if (useMapStore.getState().deleteTier(tier.id, target.id)) {
      onDone(`Deleted the tier “${name}”; ${peopleCount(count)} moved to “${target.name}”.`);
    }
  };

  return (
    <fieldset className="settings-confirm" onKeyDown={onKeyDown}>
      <legend className="visually-hidden">Delete {name}</legend>
      <p className="settings-confirm-text">
        “{name}” has {peopleCount(count)}. Where should {count === 1 ? "they" : "they all"} go?
      </p>
      <div className="settings-confirm-row">
        <label className="visually-hidden" htmlFor={selectId}>
          Move its people to
        </label>
        <select
          ref={selectRef}
          id={selectId}
          className="input"
          value={target?.id ?? ""}
          onChange={(event) => setMoveTo(event.target.value)}
        >
          {others.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <button type="button" className="btn btn-danger" onClick={confirm}>
          Move and delete
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
