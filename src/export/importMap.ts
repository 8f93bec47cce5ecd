/**
 * Storing an imported map, as a copy beside the stored one with the same id or in its place.
 * Storage is passed in (the app passes src/persistence's functions), so this is testable with
 * fakes and never touches the database itself.
 */
import { LIMITS } from "../domain/format";
import { newId as randomId } from "../domain/ids";
import type { PeerMap } from "../domain/model";
import type { Snapshot } from "../domain/snapshots";
import { idTables, remapIds } from "./remapIds";

export type ImportChoice = "copy" | "replace";

export interface MapImportStorage {
  /** Stores the map; resolves to the id it was stored under. */
  importStoredMap(map: PeerMap): Promise<string>;
  /** Stores the map in place of the stored one with its id; a failure changes nothing. */
  replaceStoredMap(map: PeerMap): Promise<string>;
  /** Stores the snapshots that came with the map (each names its map); says itself if it fails. */
  importSnapshots?(snapshots: readonly Snapshot[]): Promise<void>;
}

const COPY_SUFFIX = " (copy)";

/** The map under new ids everywhere, named "<name> (copy)" (cut to fit the name limit). */
export function importedCopy(map: PeerMap, newId?: (prefix: string) => string): PeerMap {
  return importedCopyWithSnapshots(map, [], newId).map;
}

/**
 * The map and its snapshots under new ids, one table for all of them so each snapshot still
 * matches the map record for record; each snapshot gets a new id of its own and names the copy.
 */
export function importedCopyWithSnapshots(
  map: PeerMap,
  snapshots: readonly Snapshot[],
  newId: (prefix: string) => string = randomId,
): { map: PeerMap; snapshots: Snapshot[] } {
  const ids = idTables([map, ...snapshots.map((s) => s.map)], newId);
  const copy = remapIds(map, newId, ids);
  const room = LIMITS.maxNameLength - COPY_SUFFIX.length;
  return {
    map: { ...copy, name: `${map.name.slice(0, room).trimEnd()}${COPY_SUFFIX}` },
    snapshots: snapshots.map((snapshot) => ({
      ...snapshot,
      id: newId("snap-"),
      mapId: copy.id,
      map: remapIds(snapshot.map, newId, ids),
    })),
  };
}

/**
 * Stores `map` and then its snapshots. When a map with its id is already stored (`exists`),
 * "copy" stores it (and its snapshots) under new ids beside that one and "replace" stores it
 * in that one's place, in one step that a failure (say, storage full) leaves undone; the
 * stored map's own snapshots stay, and the file's are added beside them. Resolves to the
 * stored map's id.
 */
export async function storeImportedMap(
  map: PeerMap,
  exists: boolean,
  choice: ImportChoice,
  storage: MapImportStorage,
  snapshots: readonly Snapshot[] = [],
): Promise<string> {
  const copy = exists && choice === "copy" ? importedCopyWithSnapshots(map, snapshots) : undefined;
  const id = copy
    ? await storage.importStoredMap(copy.map)
    : exists
      ? await storage.replaceStoredMap(map)
      : await storage.importStoredMap(map);
  const toStore = copy?.snapshots ?? snapshots;
  if (toStore.length > 0) await storage.importSnapshots?.(toStore);
  return id;
}
