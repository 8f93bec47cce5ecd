/**
 * Snapshots for the UI: save, list, rename, delete (with a way back), restore as a new map.
 * Components use these, never Dexie. Other tabs see changes through Dexie's liveQuery, which
 * follows writes made in any tab of this browser.
 */
import { useLiveQuery } from "dexie-react-hooks";
import { useEffect, useRef, useState } from "react";
import { newId } from "../domain/ids";
import type { PeerMap } from "../domain/model";
import { byDate, checkLabel, restoredName, type Snapshot } from "../domain/snapshots";
import { flushSaves, getSession, importStoredMap } from "./defaultSession";
import { describeStorageError } from "./errors";
import { copyWithNewIds } from "./mapRepository";
import type { SnapshotListing, SnapshotStore } from "./snapshotStore";
import { SnapshotLimitError } from "./snapshotStore";

export type { SnapshotListing } from "./snapshotStore";

export type SnapshotResult = { ok: true } | { ok: false; reason: string };

async function store(): Promise<SnapshotStore> {
  const session = getSession();
  await session.ready();
  const repository = session.runtime.getState().repository;
  if (!repository) throw new Error("storage is not open");
  return repository.backend.snapshots;
}

const failed = (what: string, error: unknown): SnapshotResult => ({
  ok: false,
  reason:
    error instanceof SnapshotLimitError
      ? error.message
      : `Could not ${what}: ${describeStorageError(error)}. Your map is unchanged; try again.`,
});

/** Saves `map` as it is now (pending edits stored first) under a label and review date. */
export async function saveSnapshot(
  map: PeerMap,
  label: string,
  date: string,
  now: string = new Date().toISOString(),
): Promise<SnapshotResult> {
  try {
    await flushSaves();
    await (await store()).add({
      id: newId("snap-"),
      mapId: map.id,
      label,
      date,
      takenAt: now,
      map,
    });
    return { ok: true };
  } catch (error) {
    return failed("save the snapshot", error);
  }
}

export async function readSnapshot(id: string): Promise<Snapshot | undefined> {
  return (await store()).get(id);
}

export async function renameSnapshot(id: string, text: string): Promise<SnapshotResult> {
  const label = checkLabel(text);
  if (!label.ok) return label;
  try {
    const found = await (await store()).rename(id, label.value);
    return found ? { ok: true } : { ok: false, reason: "That snapshot was deleted meanwhile." };
  } catch (error) {
    return failed("rename the snapshot", error);
  }
}

/** Deletes a snapshot; the returned function puts it back (for an Undo toast). */
export async function deleteSnapshot(id: string): Promise<() => Promise<void>> {
  const snapshots = await store();
  const row = await snapshots.remove(id);
  return () => snapshots.restore(row);
}

/** Stores the snapshot's map as a new map, "<map> (<label>)"; returns its id. */
export async function restoreSnapshot(id: string): Promise<string | undefined> {
  const snapshot = await readSnapshot(id);
  if (!snapshot) return undefined;
  const name = restoredName(snapshot.map.name, snapshot.label);
  return importStoredMap(copyWithNewIds(snapshot.map, name, new Date().toISOString()));
}

/** A map's snapshots with their frozen maps, oldest first: what a map file carries. */
export async function snapshotsOf(mapId: string): Promise<Snapshot[]> {
  const snapshots = await store();
  const found = await Promise.all((await snapshots.list(mapId)).map(({ id }) => snapshots.get(id)));
  return found.filter((s): s is Snapshot => s !== undefined).sort(byDate);
}

/**
 * Stores snapshots that came with an imported map (each names its map in `mapId`). One that is
 * already stored (same id: the same file imported again) is left as it is.
 */
export async function importSnapshots(incoming: readonly Snapshot[]): Promise<SnapshotResult> {
  try {
    const snapshots = await store();
    for (const snapshot of incoming) {
      if (!(await snapshots.get(snapshot.id))) await snapshots.add(snapshot);
    }
    return { ok: true };
  } catch (error) {
    return failed("store the map's snapshots", error);
  }
}

/** A map's snapshots (unordered); undefined while loading. Follows other tabs too. */
export const useSnapshots = (mapId: string | undefined): SnapshotListing[] | undefined =>
  useSnapshotQuery(mapId === undefined ? undefined : (store) => store.list(mapId), mapId ?? "");

/** Every map's snapshots, for the home screen; undefined while loading. */
export const useAllSnapshots = (): SnapshotListing[] | undefined =>
  useSnapshotQuery((store) => store.listAll(), "*");

type Query = (store: SnapshotStore) => Promise<SnapshotListing[]>;

/** Runs `read` now and after every change to storage; `name` says what it reads. */
function useSnapshotQuery(read: Query | undefined, name: string): SnapshotListing[] | undefined {
  const session = getSession();
  useEffect(() => void session.ready(), [session]);
  const { repository, revision } = session.runtime();
  const live = repository?.backend.kind === "indexeddb";
  const fromIndexedDb = useLiveQuery(
    () =>
      live && read
        ? read(repository.backend.snapshots).catch((): SnapshotListing[] => [])
        : undefined,
    [repository, revision, live, name],
  );
  // liveQuery never runs without IndexedDB: memory storage bumps `revision` on every write.
  const [fromMemory, setFromMemory] = useState<{ key: unknown; rows: SnapshotListing[] }>();
  const key = `${revision}:${name}`;
  // The latest `read`: a new closure each render must not read again (`key` says when to).
  const reader = useRef(read);
  reader.current = read;
  useEffect(() => {
    const query = reader.current;
    if (live || !repository || !query || !key) return;
    let current = true;
    void query(repository.backend.snapshots)
      .catch((): SnapshotListing[] => [])
      .then((rows) => current && setFromMemory({ key, rows }));
    return () => {
      current = false;
    };
  }, [key, repository, live]);
  if (live) return fromIndexedDb;
  return fromMemory?.key === key ? fromMemory.rows : undefined;
}
