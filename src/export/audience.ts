/**
 * Who the exports are for: us, or the partner ("For the partner's eyes"). One switch for every
 * export, remembered for the browser tab's session (a reload mid-workshop must not quietly
 * turn it off), and one place where it is applied: `mapToExport`.
 */
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import type { PeerMap } from "../domain/model";
import { forThePartnersEyes } from "../domain/partnerSafe";
import { useMapStore } from "../store/mapStore";

interface Audience {
  forPartner: boolean;
  setForPartner: (forPartner: boolean) => void;
}

export const useAudience = create<Audience>()(
  persist(
    (set) => ({
      forPartner: false,
      setForPartner: (forPartner) => set({ forPartner }),
    }),
    {
      name: "peermap-export-audience",
      storage: createJSONStorage(() => sessionStorage),
      partialize: ({ forPartner }) => ({ forPartner }),
    },
  ),
);

/** The open map as every export must show it: whole, or only what the partner may see. */
export function mapToExport(): PeerMap | null {
  const map = useMapStore.getState().map;
  if (!map) return null;
  return asExported(map);
}

/** Any map (the open one, or a snapshot a report looks back to) as the exports show it. */
export const asExported = (map: PeerMap): PeerMap =>
  useAudience.getState().forPartner ? forThePartnersEyes(map) : map;
