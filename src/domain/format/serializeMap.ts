import type { PeerMap } from "../model";
import type { Snapshot } from "../snapshots";
import { mapToFile } from "./convert";
import { FORMAT_ID, LIMITS } from "./limits";
import { CURRENT_FORMAT_VERSION } from "./migrations";
import type { MapFile, MapFileSnapshot } from "./schema";

const snapshotToFile = (snapshot: Snapshot): MapFileSnapshot => ({
  id: snapshot.id,
  label: snapshot.label,
  date: snapshot.date,
  takenAt: snapshot.takenAt,
  map: mapToFile(snapshot.map),
});

/**
 * The file object: the wrapper, then the map with every declared field in the declaration's
 * order (./convert.ts), then its snapshots in the order given, so two exports of the same map
 * are byte-identical, which keeps diffs of backups clean.
 */
export function toMapFile(
  map: PeerMap,
  exportedAt: string,
  snapshots: readonly Snapshot[] = [],
): MapFile {
  return {
    format: FORMAT_ID,
    version: CURRENT_FORMAT_VERSION,
    exportedAt,
    map: mapToFile(map),
    snapshots: snapshots.map(snapshotToFile),
  };
}

/** The map as file text: 2-space indent, trailing newline, deterministic for a given input. */
export function serializeMap(
  map: PeerMap,
  exportedAt: string,
  snapshots: readonly Snapshot[] = [],
): string {
  return `${JSON.stringify(toMapFile(map, exportedAt, snapshots), null, 2)}\n`;
}

/** Bytes of `text` in UTF-8, which is what a saved file weighs and what import checks first. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: 2 + 2 for its two halves.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

export interface ExportText {
  text: string;
  /** Its size in UTF-8 bytes. */
  bytes: number;
  /** Whether Peermap can import it (within LIMITS.maxFileChars). */
  importable: boolean;
}

/**
 * The text to save for an export: indented (readable, diff-friendly) when that is small enough
 * to import back, otherwise compact (a map at the count limits is ~8.5 MB indented but ~4.5 MB
 * compact), so no map within the limits exports to a file Peermap refuses. When even the
 * compact text is too large, it is still returned (a backup is worth keeping) and marked so.
 */
export function exportText(
  map: PeerMap,
  exportedAt: string,
  snapshots: readonly Snapshot[] = [],
): ExportText {
  const indented = serializeMap(map, exportedAt, snapshots);
  const indentedBytes = utf8Bytes(indented);
  if (indentedBytes <= LIMITS.maxFileChars) {
    return { text: indented, bytes: indentedBytes, importable: true };
  }
  const compact = `${JSON.stringify(toMapFile(map, exportedAt, snapshots))}\n`;
  const bytes = utf8Bytes(compact);
  return { text: compact, bytes, importable: bytes <= LIMITS.maxFileChars };
}
