import { type FormEvent, useId, useMemo, useRef, useState } from "react";
import { MAX_LENGTH, tierLimitReason } from "../../domain/mapLimits";
import type { PeerMap, Tier } from "../../domain/model";
import { isBlankName } from "../../domain/names";
import { undo, useMapStore } from "../../store/mapStore";
import { peopleCount } from "../roster/rosterModel";
import { requireName } from "../shared/fieldRules";
import { TextField } from "../shared/TextField";
import { TierDeleteConfirm } from "./TierDeleteConfirm";

const nameRequired = requireName("A tier needs a name.", "A tier name");

/** Tiers, most senior first: rename in place, reorder, add, delete (moving people elsewhere). */
export function TierSettings() {
  const tiers = useMapStore((s) => s.map?.tiers);
  const people = useMapStore((s) => s.map?.people);
  const [confirming, setConfirming] = useState<string | null>(null);
  // What was just done, and the map it produced: "Undo" shows only while nothing came after.
  const [notice, setNotice] = useState<{ message: string; map: PeerMap | null }>({
    message: "",
    map: null,
  });
  const canUndo = useMapStore((s) => notice.map !== null && s.map === notice.map);
  const say = (message: string) => setNotice({ message, map: useMapStore.getState().map });
  const [newName, setNewName] = useState("");
  const [addError, setAddError] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLInputElement>(null);
  const ids = { add: useId(), error: useId(), onlyOne: useId(), full: useId() };

  const counts = useMemo(() => {
    const byTier = new Map<string, number>();
    for (const person of people ?? [])
      byTier.set(person.tierId, (byTier.get(person.tierId) ?? 0) + 1);
    return byTier;
  }, [people]);

  if (!tiers) return null;
  const onlyOne = tiers.length <= 1;
  const full = tierLimitReason({ tiers });

  const move = (tier: Tier, by: -1 | 1) => {
    useMapStore.getState().moveTier(tier.id, by);
    // Keep the keyboard on the moved tier: the same button, or the other one at an end.
    requestAnimationFrame(() => {
      const find = (dir: string) =>
        listRef.current?.querySelector<HTMLButtonElement>(
          `[data-move="${CSS.escape(`${tier.id}:${dir}`)}"]`,
        );
      const same = find(by < 0 ? "up" : "down");
      (same && !same.disabled ? same : find(by < 0 ? "down" : "up"))?.focus();
    });
  };

  const deleted = (message: string) => {
    setConfirming(null);
    say(message);
    addRef.current?.focus();
  };

  const remove = (tier: Tier) => {
    if ((counts.get(tier.id) ?? 0) > 0) {
      setConfirming(tier.id);
      return;
    }
    if (useMapStore.getState().deleteTier(tier.id)) deleted(`Deleted the tier “${tier.name}”.`);
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    addRef.current?.focus();
    if (isBlankName(newName)) {
      setAddError("Type a tier name first.");
      return;
    }
    if (useMapStore.getState().addTier(newName)) {
      say(`Added the tier “${newName.trim()}”.`);
      setNewName("");
      setAddError(null);
    }
  };

  return (
    <fieldset className="settings-group">
      <legend className="settings-legend">Tiers</legend>
      <p className="settings-hint">Most senior first. Lanes on the canvas follow this order.</p>
      <ol ref={listRef} className="settings-tiers">
        {tiers.map((tier, index) => {
          const count = counts.get(tier.id) ?? 0;
          const name = tier.name || `Tier ${index + 1}`;
          return (
            <li key={tier.id} className="settings-tier">
              <div className="settings-tier-row">
                <span className="settings-tier-index" aria-hidden="true">
                  {index + 1}
                </span>
                <TextField
                  label={`Tier ${index + 1} name`}
                  hideLabel
                  className="settings-tier-name"
                  value={tier.name}
                  validate={nameRequired}
                  maxLength={MAX_LENGTH.name}
                  onCommit={(value) => useMapStore.getState().renameTier(tier.id, value)}
                />
                <span className="settings-tier-count">{peopleCount(count)}</span>
                <button
                  type="button"
                  className="btn btn-icon btn-sm"
                  data-move={`${tier.id}:up`}
                  aria-label={`Move ${name} up`}
                  disabled={index === 0}
                  onClick={() => move(tier, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="btn btn-icon btn-sm"
                  data-move={`${tier.id}:down`}
                  aria-label={`Move ${name} down`}
                  disabled={index === tiers.length - 1}
                  onClick={() => move(tier, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="btn btn-sm btn-danger"
                  aria-label={`Delete ${name}`}
                  aria-expanded={count > 0 ? confirming === tier.id : undefined}
                  aria-describedby={onlyOne ? ids.onlyOne : undefined}
                  disabled={onlyOne}
                  onClick={() => remove(tier)}
                >
                  Delete
                </button>
              </div>
              {confirming === tier.id && (
                <TierDeleteConfirm
                  tier={tier}
                  name={name}
                  count={count}
                  tiers={tiers}
                  onDone={deleted}
                  onCancel={() => setConfirming(null)}
                />
              )}
            </li>
          );
        })}
      </ol>
      {onlyOne && (
        <p id={ids.onlyOne} className="settings-hint">
          A map needs at least one tier.
        </p>
      )}
      <form className="settings-add-tier" onSubmit={add} noValidate>
        <div className="field settings-add-field">
          <label className="field-label" htmlFor={ids.add}>
            New tier
          </label>
          <input
            ref={addRef}
            id={ids.add}
            value={newName}
            autoComplete="off"
            maxLength={MAX_LENGTH.name}
            disabled={full !== undefined}
            aria-invalid={addError ? true : undefined}
            aria-describedby={addError ? ids.error : full ? ids.full : undefined}
            onChange={(event) => {
              setNewName(event.target.value);
              setAddError(null);
            }}
          />
        </div>
        <button
          type="submit"
          className="btn"
          disabled={full !== undefined}
          aria-describedby={full ? ids.full : undefined}
        >
          Add tier
        </button>
      </form>
      {full && (
        <p id={ids.full} className="settings-hint settings-full">
          {full}
        </p>
      )}
      {addError && (
        <p id={ids.error} role="alert" className="error-text settings-error">
          {addError}
        </p>
      )}
      <p role="status" className="settings-notice">
        {notice.message}
        {canUndo && (
          <button
            type="button"
            className="btn btn-sm btn-ghost settings-undo"
            onClick={() => {
              undo();
              setNotice({ message: "Undone.", map: null });
            }}
          >
            Undo
          </button>
        )}
      </p>
    </fieldset>
  );
}
