/**
 * A text control that edits a draft and saves it as it is typed: DRAFT_SAVE_MS after the last
 * keystroke, and at once when the page is hidden or closed, the route changes, the field loses
 * focus (or Enter, for single-line fields) or unmounts. Every save of one field edit (focus to
 * blur) joins one undo step, so undo takes back the whole edit rather than one keystroke.
 * Escape throws the edit away, saved parts included. Changes made elsewhere (undo, another
 * tab) show at once while the field is not being edited.
 */
import { type ChangeEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { setDraftUnsaved } from "../../store/drafts";
import { discardStep, inOneStep } from "../../store/mapStore";

export interface CommitDraftOptions {
  value: string;
  onCommit: (value: string) => void;
  /** A sentence saying what is wrong, or null when the value can be saved. */
  validate?: ((value: string) => string | null) | undefined;
  /** Enter inserts a line break; Ctrl/Cmd+Enter saves. */
  multiline?: boolean | undefined;
}

type Control = HTMLInputElement | HTMLTextAreaElement;

/** How long typing may pause before the draft is saved. */
export const DRAFT_SAVE_MS = 300;

/** Events after which the page may be gone or show another screen: drafts are saved first. */
const LEAVING_EVENTS = ["pagehide", "visibilitychange", "hashchange", "popstate"] as const;

/** Numbers field edits: each gets its own undo step key, whichever field it is in. */
let edits = 0;

export function useCommitDraft({ value, onCommit, validate, multiline }: CommitDraftOptions) {
  const fieldId = useId();
  // null: not editing, the stored value shows.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ draft, value, onCommit, validate });
  latest.current = { draft: latest.current.draft, value, onCommit, validate };
  /** The edit under way: its undo step's key and the value the field had when it began. */
  const edit = useRef<{ key: string; original: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const changeDraft = (next: string | null) => {
    latest.current.draft = next;
    setDraft(next);
  };

  /** Puts a valid draft in the map (as part of this edit's undo step); false when invalid. */
  const save = (): boolean => {
    clearTimeout(timer.current);
    const { draft: current, value: stored, onCommit: commit, validate: check } = latest.current;
    // An invalid draft cannot be saved; the field says why when it is left.
    setDraftUnsaved(fieldId, false);
    if (current === null) return true;
    if (check?.(current)) return false;
    if (current !== stored) {
      const key = edit.current?.key ?? `draft-${++edits}`;
      inOneStep(key, () => commit(current));
      latest.current.value = current;
    }
    return true;
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  /**
   * Ends the edit, saving the draft; `leaving` means the field loses focus, so an invalid
   * draft is dropped (and the field says so).
   */
  const finish = (leaving: boolean): boolean => {
    const current = latest.current.draft;
    if (current !== null && !save()) {
      const problem = latest.current.validate?.(current) ?? "";
      if (leaving) {
        changeDraft(null);
        edit.current = null;
        setError(`${problem} The previous value was kept.`);
      } else {
        setError(problem);
      }
      return false;
    }
    changeDraft(null);
    setError(null);
    edit.current = null;
    return true;
  };

  /** Escape: the field goes back to what it held when the edit began. */
  const discard = () => {
    clearTimeout(timer.current);
    setDraftUnsaved(fieldId, false);
    const started = edit.current;
    edit.current = null;
    changeDraft(null);
    setError(null);
    if (!started || discardStep(started.key)) return;
    // Something else was done since (so the step is not the last one): put the value back.
    if (latest.current.value !== started.original) latest.current.onCommit(started.original);
  };

  useEffect(() => {
    const leaving = (event: Event) => {
      if (event.type === "visibilitychange" && document.visibilityState !== "hidden") return;
      saveRef.current();
    };
    // Capturing on window runs before the autosave's and the router's own listeners, so the
    // draft is in the map before the map is written or closed.
    for (const type of LEAVING_EVENTS) window.addEventListener(type, leaving, true);
    return () => {
      for (const type of LEAVING_EVENTS) window.removeEventListener(type, leaving, true);
      // A field unmounted mid-edit (the selection changed under it) still saves its draft.
      saveRef.current();
    };
  }, []);

  return {
    error,
    props: {
      value: draft ?? value,
      "aria-invalid": error ? true : undefined,
      onChange: (event: ChangeEvent<Control>) => {
        const next = event.target.value;
        edit.current ??= { key: `draft-${++edits}`, original: latest.current.value };
        changeDraft(next);
        setError(null);
        setDraftUnsaved(fieldId, next !== latest.current.value);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => saveRef.current(), DRAFT_SAVE_MS);
      },
      onFocus: () => {
        // A "previous value was kept" note has done its job once the field is back in use.
        if (latest.current.draft === null) setError(null);
      },
      onBlur: () => {
        finish(true);
      },
      onKeyDown: (event: KeyboardEvent<Control>) => {
        if (event.key === "Enter" && (!multiline || event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          finish(false);
        } else if (event.key === "Escape" && (draft !== null || error)) {
          // Only swallow Escape when there is something to undo; otherwise it closes dialogs.
          event.preventDefault();
          event.stopPropagation();
          discard();
        }
      },
    },
  };
}
