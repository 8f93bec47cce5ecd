/**
 * A text control that edits a draft and saves it in one go (on blur, and on Enter for
 * single-line fields), so undo takes back a whole field edit rather than one keystroke.
 * Escape throws the draft away. Changes made elsewhere (undo, another tab) show at once
 * while the field is not being edited.
 */
import { type ChangeEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";

export interface CommitDraftOptions {
  value: string;
  onCommit: (value: string) => void;
  /** A sentence saying what is wrong, or null when the value can be saved. */
  validate?: ((value: string) => string | null) | undefined;
  /** Enter inserts a line break; Ctrl/Cmd+Enter saves. */
  multiline?: boolean | undefined;
}

type Control = HTMLInputElement | HTMLTextAreaElement;

export function useCommitDraft({ value, onCommit, validate, multiline }: CommitDraftOptions) {
  // null: not editing, the stored value shows.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ draft, value, onCommit, validate });
  latest.current = { draft, value, onCommit, validate };

  /** Save the draft; `leaving` means the field loses focus, so an invalid draft is dropped. */
  const commit = (leaving: boolean): boolean => {
    const current = latest.current.draft;
    if (current === null) return true;
    const problem = validate?.(current) ?? null;
    if (problem) {
      if (leaving) {
        latest.current.draft = null;
        setDraft(null);
        setError(`${problem} The previous value was kept.`);
      } else {
        setError(problem);
      }
      return false;
    }
    latest.current.draft = null;
    setDraft(null);
    setError(null);
    if (current !== value) onCommit(current);
    return true;
  };

  // A field unmounted mid-edit (the selection changed under it) still saves its draft.
  useEffect(
    () => () => {
      const { draft: pending, value: stored, onCommit: save, validate: check } = latest.current;
      if (pending !== null && pending !== stored && !check?.(pending)) save(pending);
    },
    [],
  );

  return {
    error,
    props: {
      value: draft ?? value,
      "aria-invalid": error ? true : undefined,
      onChange: (event: ChangeEvent<Control>) => {
        setDraft(event.target.value);
        setError(null);
      },
      onFocus: () => {
        // A "previous value was kept" note has done its job once the field is back in use.
        if (latest.current.draft === null) setError(null);
      },
      onBlur: () => {
        commit(true);
      },
      onKeyDown: (event: KeyboardEvent<Control>) => {
        if (event.key === "Enter" && (!multiline || event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          commit(false);
        } else if (event.key === "Escape" && (draft !== null || error)) {
          // Only swallow Escape when there is something to undo; otherwise it closes dialogs.
          event.preventDefault();
          event.stopPropagation();
          setDraft(null);
          setError(null);
        }
      },
    },
  };
}
