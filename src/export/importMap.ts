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
  /** Deletes a stored map; resolves to a function that puts it back exactly as it was. */
  deleteStoredMap(id: string): Promise<() => Promise<void>>;
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
 * new ids beside that one and "replace" deletes that one first, putting it back if storing the
 * new one fails, so a failed replace loses nothing. Resolves to the stored map's id.
 */
export async function storeImportedMap(
  map: PeerMap,
  exists: boolean,
  choice: ImportChoice,
  storage: MapImportStorage,
): Promise<string> {
  if (!exists) return storage.importStoredMap(map);
  if (choice === "copy") return storage.importStoredMap(importedCopy(map));
  const restore = await storage.deleteStoredMap(map.id);
  try {
    return await storage.importStoredMap(map);
  } catch (error) {
    await restore();
    throw error;
  }
}
