/**
 * Present mode: the editor with its chrome hidden, showing the map tier by tier. Only how the
 * map is shown lives here; every edit still goes through the map store (one undo history, one
 * autosave), so presenting is not a second copy of the editor.
 */
import { create } from "zustand";
import type { PeerMap } from "../domain/model";
import { firstReveal, hideLast, type Revealed, revealNext, revealTiers } from "../domain/reveal";
import { useMapStore } from "./mapStore";

interface PresentationState {
  presenting: boolean;
  /** Tiers shown from the top while presenting; null: all of them. */
  revealed: Revealed;
  /** The compact add-person form is open. */
  adding: boolean;
  /** A short line the room should notice ("Ada and Ben: now Trusted"), or null. */
  announcement: string | null;
  start: () => void;
  stop: () => void;
  next: () => void;
  previous: () => void;
  showAll: () => void;
  setAdding: (adding: boolean) => void;
  announce: (text: string | null) => void;
}

const tierCount = () => useMapStore.getState().map?.tiers.length ?? 0;

/** A hidden tier's people must not stay selected: 1–5 or Delete would act on what nobody sees. */
function dropHiddenSelection(revealed: Revealed): void {
  const { map, selection, select } = useMapStore.getState();
  if (!map || revealed === null) return;
  const shown = revealTiers(map, revealed);
  const people = new Set(shown.people.map((p) => p.id));
  const links = new Set(shown.relationships.map((r) => r.id));
  select({
    people: selection.people.filter((id) => people.has(id)),
    relationships: selection.relationships.filter((id) => links.has(id)),
  });
}

export const usePresentation = create<PresentationState>()((set, get) => {
  const reveal = (revealed: Revealed) => {
    dropHiddenSelection(revealed);
    set({ revealed });
  };
  return {
    presenting: false,
    revealed: null,
    adding: false,
    announcement: null,
    start: () => {
      if (get().presenting) return;
      const revealed = firstReveal(tierCount());
      dropHiddenSelection(revealed);
      set({ presenting: true, revealed, adding: false, announcement: null });
    },
    stop: () => set({ presenting: false, revealed: null, adding: false, announcement: null }),
    next: () => reveal(revealNext(get().revealed, tierCount())),
    previous: () => reveal(hideLast(get().revealed, tierCount())),
    showAll: () => reveal(null),
    setAdding: (adding) => set({ adding }),
    announce: (announcement) => set({ announcement }),
  };
});

// One restricted map per map version and step, so the canvas and the bottom bar share it, and
// with it the cached gap analysis.
const shownCache = new WeakMap<PeerMap, { revealed: Revealed; shown: PeerMap }>();

/** What is on screen: the whole map, or its revealed tiers while presenting. */
export function shownMap(map: PeerMap, revealed: Revealed): PeerMap {
  const cached = shownCache.get(map);
  if (cached && cached.revealed === revealed) return cached.shown;
  const shown = revealTiers(map, revealed);
  shownCache.set(map, { revealed, shown });
  return shown;
}

/** The tiers shown, for the canvas: null (all) whenever the editor is not presenting. */
export const useRevealed = (): Revealed =>
  usePresentation((s) => (s.presenting ? s.revealed : null));
