/**
 * The tab's one persistence session, bound to the app's map store, and the functions the UI
 * calls. Call initPersistence() once at startup; every function also starts it on first use.
 */
import type { MapNames } from "../domain/createMap";
import type { PeerMap } from "../domain/model";
import { useMapStore } from "../store/mapStore";
import { createPersistenceSession } from "./session";
import type { CreateKind, PersistenceSession, SessionOptions } from "./sessionTypes";

let session: PersistenceSession | undefined;

export function getSession(options?: Omit<SessionOptions, "store">): PersistenceSession {
  session ??= createPersistenceSession({ ...options, store: useMapStore });
  return session;
}

/** Opens storage (or falls back to memory). Safe to call more than once; never rejects. */
export const initPersistence = (options?: Omit<SessionOptions, "store">): Promise<void> =>
  getSession(options).ready();

/** Loads a stored map into the editor and starts saving and syncing it. */
export const openStoredMap = (id: string): Promise<"ok" | "not-found"> =>
  getSession().openStoredMap(id);

/** Saves what is pending and closes the open map. */
export const closeStoredMap = (): Promise<void> => getSession().closeStoredMap();

/** Creates and stores a new map; returns its id (open it with openStoredMap). */
export const createStoredMap = (
  kind: CreateKind,
  now?: string,
  names?: MapNames,
): Promise<string> => getSession().createStoredMap(kind, now, names);

/** Deletes a map; the returned function puts it back exactly as it was (for an Undo toast). */
export const deleteStoredMap = (id: string): Promise<() => Promise<void>> =>
  getSession().deleteStoredMap(id);

export const duplicateStoredMap = (id: string, newName?: string): Promise<string | undefined> =>
  getSession().duplicateStoredMap(id, newName);

export const renameStoredMap = (id: string, name: string): Promise<boolean> =>
  getSession().renameStoredMap(id, name);

/** Stores an imported map (under a new id if its id is taken); returns the id. */
export const importStoredMap = (map: PeerMap): Promise<string> => getSession().importStoredMap(map);

/** Stores an imported map in place of the stored one with its id; rejects, changing nothing. */
export const replaceStoredMap = (map: PeerMap): Promise<string> =>
  getSession().replaceStoredMap(map);

/** Writes every pending change now (e.g. before an export); true when all is stored. */
export const flushSaves = (): Promise<boolean> => getSession().flushSaves();
