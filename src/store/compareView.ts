/**
 * The comparison on screen, if any: an earlier map (a snapshot) against a later one (another
 * snapshot, or the live map as it was when the comparison began). The later map is shown in
 * the editor read only, through the snapshot view (snapshotView.ts), so the map store's guard
 * refuses every edit and nothing here enters the map's undo history.
 */
import { create } from "zustand";
import { compareMaps, type MapComparison } from "../domain/compare";
import type { PeerMap } from "../domain/model";
import { type ChangeSummary, changeSentences } from "../domain/report/changeSentences";

/** One side of a comparison: a snapshot's label and review date, or "now". */
export interface ComparedSide {
  label: string;
  /** YYYY-MM-DD; for now, today. */
  date: string;
  isNow: boolean;
}

export interface Comparing {
  before: ComparedSide;
  after: ComparedSide;
  beforeMap: PeerMap;
  comparison: MapComparison;
  summary: ChangeSummary;
}

export const useCompareView = create<{ comparing: Comparing | null }>()(() => ({
  comparing: null,
}));

/** Everything the canvas and the summary need, computed once per comparison. */
export function comparingOf(
  before: ComparedSide & { map: PeerMap },
  after: ComparedSide & { map: PeerMap },
): Comparing {
  const comparison = compareMaps(before.map, after.map);
  return {
    before: { label: before.label, date: before.date, isNow: before.isNow },
    after: { label: after.label, date: after.date, isNow: after.isNow },
    beforeMap: before.map,
    comparison,
    summary: changeSentences(before.map, after.map, comparison),
  };
}
