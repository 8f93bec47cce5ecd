/**
 * The focus (spotlight) on the open map: a view setting, like the zoom, so it is neither in
 * the document nor in the undo history. The canvas dims by it; the notice names it.
 */
import { create } from "zustand";
import type { Spotlight } from "../domain/spotlight";
import { useMapStore } from "./mapStore";

interface SpotlightState {
  spotlight: Spotlight | null;
  setSpotlight: (spotlight: Spotlight | null) => void;
}

export const useSpotlight = create<SpotlightState>()((set) => ({
  spotlight: null,
  setSpotlight: (spotlight) => set({ spotlight }),
}));

const same = (a: Spotlight | null, b: Spotlight): boolean =>
  a !== null && a.kind === b.kind && a.id === b.id;

/** Focus on it, or clear the focus if it is what is focused already (F twice). */
export function toggleSpotlight(spotlight: Spotlight): void {
  const current = useSpotlight.getState().spotlight;
  useSpotlight.getState().setSpotlight(same(current, spotlight) ? null : spotlight);
}

/** Clears the focus; false when there was none (so Esc can clear the selection instead). */
export function clearSpotlight(): boolean {
  if (!useSpotlight.getState().spotlight) return false;
  useSpotlight.getState().setSpotlight(null);
  return true;
}

/** F: the one selected person, or the focus cleared if there is one and no single person. */
export function toggleSpotlightOnSelection(): boolean {
  const people = useMapStore.getState().selection.people;
  if (people.length === 1) {
    toggleSpotlight({ kind: "person", id: people[0] as string });
    return true;
  }
  return clearSpotlight();
}

// Another map opened (or none): its focus was about the map before.
useMapStore.subscribe((state, previous) => {
  if (state.map?.id !== previous.map?.id) useSpotlight.getState().setSpotlight(null);
});
