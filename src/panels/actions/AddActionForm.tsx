import { type FormEvent, useId, useState } from "react";
import type { ActionSubject } from "../../domain/model";
import { useMapStore } from "../../store/mapStore";

export interface AddActionFormProps {
  about: ActionSubject;
  /** Called after the action is saved, or when the user cancels. */
  onDone: () => void;
}

/**
 * What to do, an owner (typed, or picked from the map's people by name) and a due date. Enter
 * saves; a refusal is shown by the store as a toast, and what was typed stays.
 */
export function AddActionForm({ about, onDone }: AddActionFormProps) {
  const people = useMapStore((s) => s.map?.people);
  const [text, setText] = useState("");
  const [owner, setOwner] = useState("");
  const [due, setDue] = useState("");
  const [problem, setProblem] = useState("");
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setProblem("Say what is to be done.");
      return;
    }
    const picked = people?.find((p) => p.name === owner.trim());
    const saved = useMapStore
      .getState()
      .addAction({ text, about, owner, ownerId: picked?.id ?? "", due });
    if (saved) onDone();
  };

  return (
    <form className="action-form" onSubmit={submit} aria-label="Add an action">
      <label htmlFor={`${id}-text`}>What to do</label>
      <input
        id={`${id}-text`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setProblem("");
        }}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        // biome-ignore lint/a11y/noAutofocus: the form opens on the user's click, to type at once.
        autoFocus
      />
      {problem && (
        <p id={`${id}-problem`} className="action-form-problem" role="alert">
          {problem}
        </p>
      )}
      <label htmlFor={`${id}-owner`}>Owner</label>
      <input
        id={`${id}-owner`}
        list={`${id}-people`}
        value={owner}
        onChange={(e) => setOwner(e.target.value)}
        placeholder="A name, or pick someone on the map"
      />
      <datalist id={`${id}-people`}>
        {people?.map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
      <label htmlFor={`${id}-due`}>Due date</label>
      <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      <div className="action-form-buttons">
        <button type="submit" className="btn btn-sm btn-primary">
          Add action
        </button>
        <button type="button" className="btn btn-sm" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
