import { analyseMap, type MapAnalysis } from "../domain/gaps";
import type { PeerMap } from "../domain/model";
import { useMapStore } from "./mapStore";

// One analysis per map version, shared by every panel and the canvas: an edit costs one pass.
const cache = new WeakMap<PeerMap, MapAnalysis>();

export function analysisOf(map: PeerMap): MapAnalysis {
  let analysis = cache.get(map);
  if (!analysis) {
    analysis = analyseMap(map);
    cache.set(map, analysis);
  }
  return analysis;
}

/** The gap analysis of the open map, recomputed only when the map changes. */
export function useAnalysis(): MapAnalysis | null {
  const map = useMapStore((s) => s.map);
  return map ? analysisOf(map) : null;
}
