import { useEffect } from "react";
import { isStrength } from "../domain/model";
import { redo, undo, useMapStore } from "../store/mapStore";

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

/**
 * Editor shortcuts: 1–5 rate the selected relationship, Delete/Backspace delete the selection,
 * Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, Escape clears the selection.
 */
export function useHotkeys(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      // A modal dialog owns the keyboard while it is open.
      if (document.querySelector("dialog[open]")) return;
      const store = useMapStore.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === "z") {
        event.preventDefault();
        if (event.shiftKey) redo();
        else undo();
      } else if (mod && key === "y") {
        event.preventDefault();
        redo();
      } else if (mod || event.altKey) {
        return;
      } else if (event.key === "Delete" || event.key === "Backspace") {
        event.preventDefault();
        store.deleteSelection();
      } else if (event.key === "Escape") {
        store.clearSelection();
      } else {
        const strength = Number(event.key);
        if (isStrength(strength) && store.rateSelection(strength)) event.preventDefault();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [enabled]);
}
