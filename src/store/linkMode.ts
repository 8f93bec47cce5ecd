/**
 * Link mode: click one person, then another, and rate the new relationship at once. A way of
 * working, like the focus, so it lives outside the map and its undo history; the link itself
 * is made by the store's `connect`, one undo step like any other.
 */
import { create } from "zustand";
import { pairKey } from "../domain/model";
import { useMapStore } from "./mapStore";
import { isViewingSnapshot, READ_ONLY_NOTICE } from "./snapshotView";
import { showToast } from "./toasts";

export type LinkMode =
  | { step: "idle" }
  /** Waiting for a click: on the first person when `from` is null, else on the other. */
  | { step: "picking"; from: string | null }
  /** The relationship just made (or found): its rating picker is open. */
  | { step: "rating"; relationshipId: string; created: boolean };

interface LinkModeState {
  mode: LinkMode;
  /** Said once, in the cue, when link mode ended without a link ("Link cancelled"). */
  message: string | null;
}

const IDLE: LinkMode = { step: "idle" };

export const useLinkMode = create<LinkModeState>()(() => ({ mode: IDLE, message: null }));

const set = (mode: LinkMode, message: string | null = null) =>
  useLinkMode.setState({ mode, message });

/** L or "Link to…": from the one selected person, or from the next person clicked. */
export function startLinking(from?: string): void {
  // A snapshot is read only: say so now, not after the two clicks.
  if (isViewingSnapshot()) {
    showToast(READ_ONLY_NOTICE);
    return;
  }
  const people = useMapStore.getState().selection.people;
  set({ step: "picking", from: from ?? (people.length === 1 ? (people[0] as string) : null) });
}

/** Esc, or a click on nothing: leaves link mode and says so. False when it was not on. */
export function cancelLinking(message = "Link cancelled — nothing was added."): boolean {
  if (useLinkMode.getState().mode.step === "idle") return false;
  set(IDLE, message);
  return true;
}

/** The picker closed: the rating (or the default) stays. */
export function finishRating(): void {
  set(IDLE);
}

/** A click on a person while linking; true when link mode took the click. */
export function pickPerson(id: string): boolean {
  const { mode } = useLinkMode.getState();
  if (mode.step !== "picking") return false;
  if (mode.from === null) {
    useMapStore.getState().select({ people: [id], relationships: [] });
    set({ step: "picking", from: id });
    return true;
  }
  if (mode.from === id) return cancelLinking("Link cancelled — that is the same person.");
  const store = useMapStore.getState();
  const key = pairKey(mode.from, id);
  // The pair already has a relationship: rate that one rather than refuse a duplicate.
  const existing = store.map?.relationships.find((r) => pairKey(r.source, r.target) === key);
  if (existing) {
    store.select({ people: [], relationships: [existing.id] });
    set({ step: "rating", relationshipId: existing.id, created: false });
    return true;
  }
  const created = store.connect(mode.from, id);
  if (created) set({ step: "rating", relationshipId: created, created: true });
  else set(IDLE); // refused: the store's toast says why
  return true;
}

// Another map opened (or none): a half-drawn link belonged to the map before.
useMapStore.subscribe((state, previous) => {
  if (state.map?.id !== previous.map?.id) set(IDLE);
});
