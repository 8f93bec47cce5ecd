/**
 * Where rows live: IndexedDB (through Dexie) or, when IndexedDB is unavailable, a plain Map in
 * memory. Both offer the same few atomic operations, so the repository above them is shared and
 * the app works the same either way (minus surviving a reload).
 *
 * Reads return `unknown`: what comes out of storage may be damaged or written by another
 * version, and is checked before it reaches the document.
 */
import type { Transaction } from "dexie";
import type { MapRow, PeermapDb, PersonRow, RecordKey, RelationshipRow, SnapshotRow } from "./db";
import { MapGoneError } from "./errors";
import { type HeaderPatch, patchHeaderRow } from "./headerPatch";
import {
  deletedRelationshipIds,
  nothingExtra,
  peopleLinkedBy,
  rowId,
  rowsTouching,
  type WriteResult,
  withStoredPeople,
} from "./linkCheck";
import { isObject } from "./rows";
import { dexieSnapshots, type SnapshotStore } from "./snapshotStore";

export type { WriteResult } from "./linkCheck";
export { memoryBackend } from "./memoryBackend";

export interface RawMapRows {
  header: Record<string, unknown>;
  people: unknown[];
  relationships: unknown[];
  /** The map's snapshots, taken with it when it is deleted (so Undo brings them back). */
  snapshots?: unknown[];
}

export interface RawRecords {
  /** undefined when the map has no header (deleted). */
  header: unknown;
  /** Aligned with the ids asked for; undefined where there is no such record. */
  people: unknown[];
  relationships: unknown[];
}

export interface AllRows {
  maps: unknown[];
  people: unknown[];
  relationships: unknown[];
}

/** One atomic write. Applied in this order: require, clear, delete, put, patch. */
export interface WriteBatch {
  /** Fail with MapGoneError unless this map's header exists. */
  requireMap?: string;
  /** Maps deleted whole: header and records. */
  clearMaps?: string[];
  /** Maps whose people and relationships are deleted (header kept). */
  clearRecords?: string[];
  deletePeople?: RecordKey[];
  deleteRelationships?: RecordKey[];
  /** Header rows; `unknown` because a restore puts back exactly what was stored. */
  putMaps?: unknown[];
  putPeople?: unknown[];
  putRelationships?: unknown[];
  /** Snapshot rows put back by a restore. */
  putSnapshots?: unknown[];
  /**
   * Keep this map's relationships whole (see linkCheck): deleting a person deletes every stored
   * relationship of theirs, and a relationship whose person is not stored is not written.
   */
  linksOf?: string;
  /** Header fields laid over the stored header row, after the records (see headerPatch). */
  patchMap?: HeaderPatch;
}

/** A write that needs no reads: deletes by key and puts (see StorageBackend.writeNow). */
export type ImmediateBatch = Pick<
  WriteBatch,
  "deletePeople" | "deleteRelationships" | "putMaps" | "putPeople" | "putRelationships"
>;

export interface StorageBackend {
  readonly kind: "indexeddb" | "memory";
  readonly snapshots: SnapshotStore;
  readHeaders(): Promise<unknown[]>;
  readMap(id: string): Promise<RawMapRows | undefined>;
  readRecords(mapId: string, personIds: string[], relationshipIds: string[]): Promise<RawRecords>;
  /**
   * Reads and deletes a map, and its snapshots, in one step, so the copy restores exactly what
   * was there.
   */
  takeMap(id: string): Promise<RawMapRows | undefined>;
  /** Read-modify-write of a header; `change` returning undefined leaves it alone. */
  updateHeader(
    id: string,
    change: (row: Record<string, unknown>) => Record<string, unknown> | undefined,
  ): Promise<boolean>;
  write(batch: WriteBatch): Promise<WriteResult>;
  /**
   * Issues every request of the batch at once, in one transaction, and commits it without
   * waiting for anything: the only kind of write that still lands when the page is unloaded
   * straight after (a pagehide handler cannot wait for results, so `write`, which reads first,
   * never gets past its first request). False when it could not be issued.
   */
  writeNow(batch: ImmediateBatch): boolean;
  readAll(): Promise<AllRows>;
}

// Rows put back by a restore are whatever was stored; Dexie's typed tables cannot know that.
const asPeople = (rows: unknown[]) => rows as PersonRow[];
const asRelationships = (rows: unknown[]) => rows as RelationshipRow[];
const asHeaders = (rows: unknown[]) => rows as MapRow[];

export function dexieBackend(db: PeermapDb): StorageBackend {
  const tables = [db.maps, db.people, db.relationships, db.snapshots];
  /** Transactions of write() in progress, and those writeNow aborted to go first. */
  const writing = new Set<Transaction>();
  const preempted = new WeakSet<Transaction>();
  const recordsOf = (mapId: string) =>
    Promise.all([
      db.people.where("mapId").equals(mapId).toArray(),
      db.relationships.where("mapId").equals(mapId).toArray(),
    ]);
  const readMap = async (id: string): Promise<RawMapRows | undefined> => {
    const header: unknown = await db.maps.get(id);
    if (!isObject(header)) return undefined;
    const [people, relationships] = await recordsOf(id);
    return { header, people, relationships };
  };
  const clearRecords = (mapId: string) =>
    Promise.all([
      db.people.where("mapId").equals(mapId).delete(),
      db.relationships.where("mapId").equals(mapId).delete(),
    ]);

  return {
    kind: "indexeddb",
    snapshots: dexieSnapshots(db),
    readHeaders: () => db.maps.toArray(),
    readMap: (id) => db.transaction("r", tables, () => readMap(id)),
    readRecords: (mapId, personIds, relationshipIds) =>
      db.transaction("r", tables, async () => {
        const [header, people, relationships] = await Promise.all([
          db.maps.get(mapId),
          db.people.bulkGet(personIds.map((id): RecordKey => [mapId, id])),
          db.relationships.bulkGet(relationshipIds.map((id): RecordKey => [mapId, id])),
        ]);
        return { header, people, relationships };
      }),
    takeMap: (id) =>
      db.transaction("rw", tables, async () => {
        const rows = await readMap(id);
        if (!rows) return undefined;
        const snapshots = await db.snapshots.where("mapId").equals(id).toArray();
        await Promise.all([
          db.maps.delete(id),
          clearRecords(id),
          db.snapshots.where("mapId").equals(id).delete(),
        ]);
        return { ...rows, snapshots };
      }),
    updateHeader: (id, change) =>
      db.transaction("rw", db.maps, async () => {
        const row: unknown = await db.maps.get(id);
        const next = isObject(row) ? change(row) : undefined;
        if (next) await db.maps.bulkPut(asHeaders([next]));
        return next !== undefined;
      }),
    write: async (batch) => {
      for (;;) {
        let current: Transaction | undefined;
        try {
          return await db.transaction("rw", tables, async (tx) => {
            current = tx;
            writing.add(tx);
            const extra = nothingExtra();
            if (batch.requireMap !== undefined && !(await db.maps.get(batch.requireMap))) {
              throw new MapGoneError(batch.requireMap);
            }
            for (const id of batch.clearMaps ?? [])
              await Promise.all([db.maps.delete(id), clearRecords(id)]);
            for (const id of batch.clearRecords ?? []) await clearRecords(id);
            if (batch.deletePeople?.length) await db.people.bulkDelete(batch.deletePeople);
            if (batch.deleteRelationships?.length) {
              await db.relationships.bulkDelete(batch.deleteRelationships);
            }
            const mapId = batch.linksOf;
            const gone = new Set(
              (batch.deletePeople ?? []).filter(([m]) => m === mapId).map(([, id]) => id),
            );
            if (mapId !== undefined && gone.size > 0) {
              const stored = await db.relationships.where("mapId").equals(mapId).toArray();
              extra.deletedRelationships = rowsTouching(stored, gone).map(rowId);
              const keys = extra.deletedRelationships.map((id): RecordKey => [mapId, id]);
              if (keys.length > 0) await db.relationships.bulkDelete(keys);
            }
            if (batch.putPeople?.length) await db.people.bulkPut(asPeople(batch.putPeople));
            let relationships = batch.putRelationships ?? [];
            if (mapId !== undefined && relationships.length > 0) {
              const linked = peopleLinkedBy(relationships);
              const rows = await db.people.bulkGet(linked.map((id): RecordKey => [mapId, id]));
              const stored = new Set(linked.filter((_, i) => rows[i] !== undefined));
              const checked = withStoredPeople(relationships, (id) => stored.has(id));
              relationships = checked.keep;
              extra.droppedRelationships = checked.dropped;
            }
            if (relationships.length)
              await db.relationships.bulkPut(asRelationships(relationships));
            if (batch.putMaps?.length) await db.maps.bulkPut(asHeaders(batch.putMaps));
            if (batch.putSnapshots?.length) {
              await db.snapshots.bulkPut(batch.putSnapshots as SnapshotRow[]);
            }
            const patch = batch.patchMap;
            const header: unknown = patch && (await db.maps.get(patch.row.id));
            if (patch && isObject(header)) {
              const id = patch.row.id;
              const [people, relationshipCount] = await Promise.all([
                db.people.where("mapId").equals(id).count(),
                db.relationships.where("mapId").equals(id).count(),
              ]);
              const row = patchHeaderRow(header, patch, {
                people,
                relationships: relationshipCount,
                deletedPeople: gone,
                deletedRelationships: deletedRelationshipIds(batch.deleteRelationships, extra),
              });
              await db.maps.bulkPut(asHeaders([row]));
            }
            return extra;
          });
        } catch (error) {
          // Aborted by writeNow so that its write could go first: if the page lives on,
          // write again, after it.
          if (!current || !preempted.has(current)) throw error;
        } finally {
          if (current) writing.delete(current);
        }
      }
    },
    writeNow: (batch) => {
      if (!db.isOpen()) return false;
      // A write still waiting on a result would hold this one back until the page is gone,
      // and both would be lost: abort it (write() does it again if the page lives on).
      for (const pending of writing) {
        try {
          pending.idbtrans?.abort();
          preempted.add(pending);
        } catch {
          // Already committing: it lands by itself, and this write is queued after it.
        }
      }
      let tx: IDBTransaction | undefined;
      try {
        // The native database: Dexie's own transactions only issue a request once the one
        // before it has answered.
        tx = db.backendDB().transaction(["maps", "people", "relationships"], "readwrite");
        const people = tx.objectStore("people");
        const relationships = tx.objectStore("relationships");
        const maps = tx.objectStore("maps");
        for (const key of batch.deletePeople ?? []) people.delete(key);
        for (const key of batch.deleteRelationships ?? []) relationships.delete(key);
        for (const row of batch.putPeople ?? []) people.put(row);
        for (const row of batch.putRelationships ?? []) relationships.put(row);
        for (const row of batch.putMaps ?? []) maps.put(row);
        tx.commit?.();
        return true;
      } catch {
        try {
          tx?.abort();
        } catch {
          // Already finished or never started: nothing was written either way.
        }
        return false;
      }
    },
    readAll: () =>
      db.transaction("r", tables, async () => {
        const [maps, people, relationships] = await Promise.all([
          db.maps.toArray(),
          db.people.toArray(),
          db.relationships.toArray(),
        ]);
        return { maps, people, relationships };
      }),
  };
}
