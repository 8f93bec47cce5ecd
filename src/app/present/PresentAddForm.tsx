import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { ORG_KEYS, type OrgKey, type PeerMap } from "../../domain/model";
import { quickAdd } from "../../panels/quickEntry/quickAdd";
import { usePresentation } from "../../store/presentation";

interface PresentAddFormProps {
  map: PeerMap;
  /** The tier the room is looking at: the last one revealed. */
  tierInView: string | undefined;
}

/**
 * N while presenting: name, title and organisation for the tier in view. Enter adds the person
 * (one undo step, saved like any edit) and keeps the form open for the next; Esc closes it.
 */
export function PresentAddForm({ map, tierInView }: PresentAddFormProps) {
  const setAdding = usePresentation((s) => s.setAdding);
  const announce = usePresentation((s) => s.announce);
  const [name, setName] = useState("");
  const [title, setTitle] = useState("");
  const [org, setOrg] = useState<OrgKey>("a");
  const [tierId, setTierId] = useState(tierInView ?? map.tiers[0]?.id ?? "");
  const [error, setError] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => nameRef.current?.focus(), []);
  // A reveal step moves the room on to the next tier; the form follows it.
  useEffect(() => {
    if (tierInView) setTierId(tierInView);
  }, [tierInView]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The same add as the editor's quick-entry bar: placed in the cell, one undo step.
    const added = quickAdd({ org, tierId, name, title });
    if (!added.ok) {
      setError(added.reason || null);
      nameRef.current?.focus();
      return;
    }
    announce(added.sentence);
    setError(null);
    setName("");
    setTitle("");
    nameRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    // Esc closes the form, not present mode.
    event.preventDefault();
    event.stopPropagation();
    setAdding(false);
  };

  return (
    <form className="present-add" aria-label="Add a person" onSubmit={submit} onKeyDown={onKeyDown}>
      <label htmlFor={`${id}-name`}>Name</label>
      <input
        id={`${id}-name`}
        ref={nameRef}
        value={name}
        onChange={(e) => setName(e.target.value)}
        autoComplete="off"
      />
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        autoComplete="off"
      />
      <label htmlFor={`${id}-org`}>Organisation</label>
      <select id={`${id}-org`} value={org} onChange={(e) => setOrg(e.target.value as OrgKey)}>
        {ORG_KEYS.map((key) => (
          <option key={key} value={key}>
            {map.orgs[key].name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-tier`}>Tier</label>
      <select id={`${id}-tier`} value={tierId} onChange={(e) => setTierId(e.target.value)}>
        {map.tiers.map((tier) => (
          <option key={tier.id} value={tier.id}>
            {tier.name}
          </option>
        ))}
      </select>
      <button type="submit" className="btn btn-primary">
        Add
      </button>
      <button type="button" className="btn" onClick={() => setAdding(false)}>
        Close
      </button>
      {error && (
        <p role="alert" className="error-text present-add-error">
          {error}
        </p>
      )}
    </form>
  );
}
