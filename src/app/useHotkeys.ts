import { useEffect } from "react";
import { keyboardCardId } from "../canvas/focusedCard";
import { isStrength } from "../domain/model";
import { cancelLinking, startLinking } from "../store/linkMode";
import { redo, undo, useMapStore } from "../store/mapStore";
import { usePresentation } from "../store/presentation";
import { clearSpotlight, toggleSpotlightOnSelection } from "../store/spotlight";
import { openFind } from "./findState";
import { useKeyboardHelp } from "./keyboardHelpState";
import { startPresenting, stopPresenting } from "./present/presenting";
import { type EditorShortcutId, editorShortcutFor } from "./shortcuts";
import { openSaveSnapshot } from "./snapshotState";

/** Typing in a field must never rate, delete or undo anything on the canvas. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !["button", "checkbox", "radio", "range", "color", "submit", "reset"].includes(
      target.type,
    );
  }
  return false;
}

const isDialogOpen = () => document.querySelector("dialog[open]") !== null;

/** What a shortcut does; returns false when it did nothing, so the key keeps its default. */
type Handler = (event: KeyboardEvent) => boolean;

const EDITOR_HANDLERS: Record<EditorShortcutId, Handler> = {
  undo: () => {
    undo();
    return true;
  },
  redo: () => {
    redo();
    return true;
  },
  rate: (event) => {
    const strength = Number(event.key);
    return isStrength(strength) && useMapStore.getState().rateSelection(strength);
  },
  delete: () => {
    useMapStore.getState().deleteSelection();
    return true;
  },
  link: () => {
    if (!useMapStore.getState().map) return false;
    // From the card the keyboard is on (its Link to… shows), else from the one selected.
    startLinking(keyboardCardId());
    return true;
  },
  clearSelection: () => {
    // The first Esc cancels linking or takes the focus away, the next the selection (unless a
    // card has the keyboard: React Flow clears the selection on Esc itself).
    if (!cancelLinking() && !clearSpotlight()) useMapStore.getState().clearSelection();
    // Escape also closes menus and leaves fields: never swallow it.
    return false;
  },
  present: () => {
    startPresenting();
    return true;
  },
  leavePresent: () => {
    // Linking while presenting: the first Esc cancels the link, the next leaves.
    if (!cancelLinking()) stopPresenting();
    return true;
  },
  revealNext: () => {
    usePresentation.getState().next();
    return true;
  },
  hideLast: () => {
    usePresentation.getState().previous();
    return true;
  },
  showAll: () => {
    usePresentation.getState().showAll();
    return true;
  },
  addPerson: () => {
    usePresentation.getState().setAdding(true);
    return true;
  },
  keyboardHelp: () => {
    useKeyboardHelp.getState().show();
    return true;
  },
  find: () => {
    if (!useMapStore.getState().map) return false;
    openFind();
    return true;
  },
  focusPerson: () => toggleSpotlightOnSelection(),
  saveSnapshot: () => {
    // A field being typed in keeps its text: leaving it commits the draft into the map first.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    openSaveSnapshot();
    // Always taken: the browser's "Save page" would save a useless copy of the app.
    return true;
  },
};

/** Editor shortcuts, as listed in `SHORTCUTS` (src/app/shortcuts.ts). */
export function useHotkeys(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const mode = usePresentation.getState().presenting ? "presenting" : "editing";
      const shortcut = editorShortcutFor(event, mode);
      // Ctrl/Cmd+S never saves the page, even from a field or a dialog.
      if (shortcut?.id === "saveSnapshot" && (isTyping(event.target) || isDialogOpen())) {
        event.preventDefault();
        if (!isDialogOpen()) EDITOR_HANDLERS.saveSnapshot(event);
        return;
      }
      if (isTyping(event.target)) return;
      // A modal dialog owns the keyboard while it is open.
      if (isDialogOpen()) return;
      if (shortcut && EDITOR_HANDLERS[shortcut.id](event)) event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}
