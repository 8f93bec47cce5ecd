import type { PeerMap } from "../model";
import { mapToFile } from "./convert";
import { FORMAT_ID } from "./limits";
import { CURRENT_FORMAT_VERSION } from "./migrations";
import type { MapFile } from "./schema";

/**
 * The file object: the wrapper, then the map with every declared field in the declaration's
 * order (./convert.ts), so two exports of the same map are byte-identical, which keeps diffs of
 * backups clean.
 */
export function toMapFile(map: PeerMap, exportedAt: string): MapFile {
  return {
    format: FORMAT_ID,
    version: CURRENT_FORMAT_VERSION,
    exportedAt,
    map: mapToFile(map),
  };
}

/** The map as file text: 2-space indent, trailing newline, deterministic for a given input. */
export function serializeMap(map: PeerMap, exportedAt: string): string {
  return `${JSON.stringify(toMapFile(map, exportedAt), null, 2)}\n`;
}
