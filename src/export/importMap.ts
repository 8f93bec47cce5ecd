/**
 * Storing an imported map, as a copy beside the stored one with the same id or in its place.
 * Storage is passed in (the app passes src/persistence's functions), so this is testable with
 * fakes and never touches the database itself.
 */
import { LIMITS } from "../domain/format";
import type { PeerMap } from "../domain/model";
import { remapIds } from "./remapIds";

export type ImportChoice = "copy" | "replace";

export interface MapImportStorage {
  /** Stores the map; resolves to the id it was stored under. */
  importStoredMap(map: PeerMap): Promise<string>;
  /** Stores the map in place of the stored one with its id; a failure changes nothing. */
  replaceStoredMap(map: PeerMap): Promise<string>;
}

const COPY_SUFFIX = " (copy)";

/** The map under new ids everywhere, named "<name> (copy)" (cut to fit the name limit). */
export function importedCopy(map: PeerMap, newId?: (prefix: string) => string): PeerMap {
  const copy = remapIds(map, newId);
  const room = LIMITS.maxNameLength - COPY_SUFFIX.length;
  return { ...copy, name: `${map.name.slice(0, room).trimEnd()}${COPY_SUFFIX}` };
}

/**
 * Stores `map`. When a map with its id is already stored (`exists`), "copy" stores it under
 * new ids beside that one and "replace" stores it in that one's place, in one step that a
 * failure (say, storage full) leaves undone. Resolves to the stored map's id.
 */
export async function storeImportedMap(
  map: PeerMap,
  exists: boolean,
  choice: ImportChoice,
  storage: MapImportStorage,
): Promise<string> {
  if (!exists) return storage.importStoredMap(map);
  if (choice === "copy") return storage.importStoredMap(importedCopy(map));
  return storage.replaceStoredMap(map);
}
