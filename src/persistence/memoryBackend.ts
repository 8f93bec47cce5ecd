/** The storage backend on plain Maps, for when IndexedDB is unavailable (see backend.ts). */
import type { AllRows, RawMapRows, StorageBackend, WriteBatch } from "./backend";
import type { RecordKey } from "./db";
import { MapGoneError } from "./errors";
import { patchHeaderRow } from "./headerPatch";
import {
  deletedRelationshipIds,
  nothingExtra,
  rowId,
  rowsTouching,
  type WriteResult,
  withStoredPeople,
} from "./linkCheck";
import { isObject } from "./rows";
import { memorySnapshots } from "./snapshotStore";

type Records = Map<string, Map<string, unknown>>;

const keyOf = (row: unknown): RecordKey | undefined =>
  isObject(row) && typeof row.mapId === "string" && typeof row.id === "string"
    ? [row.mapId, row.id]
    : undefined;

/**
 * The same operations on Maps. Values are cloned on the way in and out, as IndexedDB does, so
 * nobody can change stored rows by mutating an object. `onChange` runs after every write.
 */
export function memoryBackend(seed?: AllRows, onChange?: () => void): StorageBackend {
  const maps = new Map<string, unknown>();
  const people: Records = new Map();
  const relationships: Records = new Map();
  const snapshotRows = new Map<string, unknown>();
  const snapshotsOf = (mapId: string) =>
    [...snapshotRows].filter(([, row]) => isObject(row) && row.mapId === mapId);
  const put = (records: Records, row: unknown) => {
    const key = keyOf(row);
    if (!key) return;
    let forMap = records.get(key[0]);
    if (!forMap) {
      forMap = new Map();
      records.set(key[0], forMap);
    }
    forMap.set(key[1], structuredClone(row));
  };
  const putHeader = (row: unknown) => {
    if (isObject(row) && typeof row.id === "string") maps.set(row.id, structuredClone(row));
  };
  const all = (records: Records, mapId: string) => [...(records.get(mapId)?.values() ?? [])];
  const readMap = (id: string): RawMapRows | undefined => {
    const header = maps.get(id);
    if (!isObject(header)) return undefined;
    return structuredClone({
      header,
      people: all(people, id),
      relationships: all(relationships, id),
    });
  };
  const changed = <T>(value: T): Promise<T> => {
    onChange?.();
    return Promise.resolve(value);
  };
  for (const row of seed?.maps ?? []) putHeader(row);
  for (const row of seed?.people ?? []) put(people, row);
  for (const row of seed?.relationships ?? []) put(relationships, row);

  return {
    kind: "memory",
    snapshots: memorySnapshots(snapshotRows, onChange),
    readHeaders: () => Promise.resolve(structuredClone([...maps.values()])),
    readMap: (id) => Promise.resolve(readMap(id)),
    readRecords: (mapId, personIds, relationshipIds) =>
      Promise.resolve(
        structuredClone({
          header: maps.get(mapId),
          people: personIds.map((id) => people.get(mapId)?.get(id)),
          relationships: relationshipIds.map((id) => relationships.get(mapId)?.get(id)),
        }),
      ),
    takeMap: (id) => {
      const rows = readMap(id);
      if (!rows) return Promise.resolve(undefined);
      maps.delete(id);
      people.delete(id);
      relationships.delete(id);
      const snapshots = snapshotsOf(id);
      for (const [key] of snapshots) snapshotRows.delete(key);
      return changed({ ...rows, snapshots: snapshots.map(([, row]) => row) });
    },
    updateHeader: (id, change) => {
      const row = maps.get(id);
      const next = isObject(row) ? change(structuredClone(row)) : undefined;
      if (!next) return Promise.resolve(false);
      putHeader(next);
      return changed(true);
    },
    write,
    writeNow: (batch) => {
      void write(batch).catch(() => undefined);
      return true;
    },
    readAll: () => {
      const flat = (records: Records) => [...records.values()].flatMap((m) => [...m.values()]);
      return Promise.resolve(
        structuredClone({
          maps: [...maps.values()],
          people: flat(people),
          relationships: flat(relationships),
        }),
      );
    },
  };

  function write(batch: WriteBatch): Promise<WriteResult> {
    // Check first, then change: a refused batch leaves everything as it was.
    if (batch.requireMap !== undefined && !maps.has(batch.requireMap)) {
      return Promise.reject(new MapGoneError(batch.requireMap));
    }
    const extra = nothingExtra();
    for (const id of batch.clearMaps ?? []) {
      maps.delete(id);
      people.delete(id);
      relationships.delete(id);
    }
    for (const id of batch.clearRecords ?? []) {
      people.delete(id);
      relationships.delete(id);
    }
    for (const [mapId, id] of batch.deletePeople ?? []) people.get(mapId)?.delete(id);
    for (const [mapId, id] of batch.deleteRelationships ?? []) relationships.get(mapId)?.delete(id);
    const mapId = batch.linksOf;
    const gone = new Set(
      (batch.deletePeople ?? []).filter(([m]) => m === mapId).map(([, id]) => id),
    );
    if (mapId !== undefined && gone.size > 0) {
      extra.deletedRelationships = rowsTouching(all(relationships, mapId), gone).map(rowId);
      for (const id of extra.deletedRelationships) relationships.get(mapId)?.delete(id);
    }
    for (const row of batch.putPeople ?? []) put(people, row);
    let linked = batch.putRelationships ?? [];
    if (mapId !== undefined) {
      const checked = withStoredPeople(linked, (id) => !!people.get(mapId)?.has(id));
      linked = checked.keep;
      extra.droppedRelationships = checked.dropped;
    }
    for (const row of linked) put(relationships, row);
    for (const row of batch.putMaps ?? []) putHeader(row);
    for (const row of batch.putSnapshots ?? []) {
      if (isObject(row) && typeof row.id === "string")
        snapshotRows.set(row.id, structuredClone(row));
    }
    const patch = batch.patchMap;
    const header = patch && maps.get(patch.row.id);
    if (patch && isObject(header)) {
      const id = patch.row.id;
      putHeader(
        patchHeaderRow(header, patch, {
          people: people.get(id)?.size ?? 0,
          relationships: relationships.get(id)?.size ?? 0,
          deletedPeople: gone,
          deletedRelationships: deletedRelationshipIds(batch.deleteRelationships, extra),
        }),
      );
    }
    return changed(extra);
  }
}
