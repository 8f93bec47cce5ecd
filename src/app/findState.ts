/**
 * Whether the find box is open, and where the keyboard was before, so closing it puts the
 * user back where they were. Its own tiny store: the key handler opens it, the editor shows it.
 */
import { create } from "zustand";

interface FindState {
  open: boolean;
  returnTo: HTMLElement | null;
}

export const useFind = create<FindState>()(() => ({ open: false, returnTo: null }));

export function openFind(): void {
  if (useFind.getState().open) return;
  const active = document.activeElement;
  useFind.setState({ open: true, returnTo: active instanceof HTMLElement ? active : null });
}

/** Closes it; `restore` false when the user picked someone (the canvas takes over). */
export function closeFind(restore: boolean): void {
  const { returnTo } = useFind.getState();
  useFind.setState({ open: false, returnTo: null });
  if (restore && returnTo?.isConnected) returnTo.focus();
}
