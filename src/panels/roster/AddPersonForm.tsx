import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { MAX_LENGTH, peopleLimitReason } from "../../domain/mapLimits";
import type { OrgKey, Tier } from "../../domain/model";
import { useMapStore } from "../../store/mapStore";
import { quickAdd } from "../quickEntry/quickAdd";
import { defaultTierId } from "./rosterModel";

export interface AddPersonFormProps {
  org: OrgKey;
  orgName: string;
  tiers: readonly Tier[];
  /** The tier of the last person added (shared by both forms). */
  lastTierId: string | null;
  onTierUsed: (tierId: string) => void;
  onClose: () => void;
}

/**
 * Quick entry: type a name, Enter, next name. The tier and focus stay, name and title
 * clear; each person lands in the roster and on the canvas at once.
 */
export function AddPersonForm({
  org,
  orgName,
  tiers,
  lastTierId,
  onTierUsed,
  onClose,
}: AddPersonFormProps) {
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState("");
  const [title, setTitle] = useState("");
  const [chosenTier, setChosenTier] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState("");
  const tierId = defaultTierId(tiers, chosenTier ?? lastTierId);
  const full = useMapStore((s) => (s.map ? peopleLimitReason(s.map) : undefined));

  useEffect(() => {
    nameRef.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    nameRef.current?.focus();
    if (full || !tierId) return;
    // The same add as the quick-entry bar's; a refusal (a blank name) is said beside the field.
    const added = quickAdd({ org, name, title, tierId });
    if (!added.ok) {
      if (added.reason) setError(added.reason);
      setAttempt((n) => n + 1);
      return;
    }
    const tierName = tiers.find((t) => t.id === tierId)?.name ?? "";
    setStatus(`Added ${name.trim()}${tierName ? ` to ${tierName}` : ""}.`);
    setName("");
    setTitle("");
    setError(null);
    onTierUsed(tierId);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <form
      className="roster-add"
      aria-label={`Add person to ${orgName}`}
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
    >
      <label className="field">
        <span>Name</span>
        <input
          ref={nameRef}
          value={name}
          autoComplete="off"
          maxLength={MAX_LENGTH.name}
          aria-required="true"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : full ? `${id}-full` : undefined}
          onChange={(event) => {
            setName(event.target.value);
            if (error) setError(null);
          }}
        />
      </label>
      {error && (
        <p key={attempt} id={`${id}-error`} role="alert" className="error-text roster-add-error">
          {error}
        </p>
      )}
      <label className="field">
        <span>Job title</span>
        <input
          value={title}
          autoComplete="off"
          maxLength={MAX_LENGTH.title}
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
      <label className="field">
        <span>Tier</span>
        <select value={tierId ?? ""} onChange={(event) => setChosenTier(event.target.value)}>
          {tiers.map((tier) => (
            <option key={tier.id} value={tier.id}>
              {tier.name}
            </option>
          ))}
        </select>
      </label>
      <div className="roster-add-actions">
        <button type="submit" className="btn btn-primary" disabled={full !== undefined}>
          Add
        </button>
        <button type="button" className="btn btn-ghost" onClick={onClose}>
          Done
        </button>
      </div>
      {full ? (
        <p id={`${id}-full`} role="alert" className="error-text roster-add-error">
          {full}
        </p>
      ) : (
        <p className="roster-add-hint">
          Enter adds the person and keeps the form open for the next.
        </p>
      )}
      <p role="status" className="roster-add-status">
        {status}
      </p>
    </form>
  );
}
