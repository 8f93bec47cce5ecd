/**
 * Where rows live: IndexedDB (through Dexie) or, when IndexedDB is unavailable, a plain Map in
 * memory. Both offer the same few atomic operations, so the repository above them is shared and
 * the app works the same either way (minus surviving a reload).
 *
 * Reads return `unknown`: what comes out of storage may be damaged or written by another
 * version, and is checked before it reaches the document.
 */
import type { Transaction } from "dexie";
import type { MapRow, PeermapDb, PersonRow, RecordKey, RelationshipRow } from "./db";
import { MapGoneError } from "./errors";
import { isObject } from "./rows";

export interface RawMapRows {
  header: Record<string, unknown>;
  people: unknown[];
  relationships: unknown[];
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

/** One atomic write. Applied in this order: require, clear, delete, put. */
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
}

/** A write that needs no reads: deletes by key and puts (see StorageBackend.writeNow). */
export type ImmediateBatch = Pick<
  WriteBatch,
  "deletePeople" | "deleteRelationships" | "putMaps" | "putPeople" | "putRelationships"
>;

export interface StorageBackend {
  readonly kind: "indexeddb" | "memory";
  readHeaders(): Promise<unknown[]>;
  readMap(id: string): Promise<RawMapRows | undefined>;
  readRecords(mapId: string, personIds: string[], relationshipIds: string[]): Promise<RawRecords>;
  /** Reads and deletes a map in one step, so the snapshot restores exactly what was there. */
  takeMap(id: string): Promise<RawMapRows | undefined>;
  /** Read-modify-write of a header; `change` returning undefined leaves it alone. */
  updateHeader(
    id: string,
    change: (row: Record<string, unknown>) => Record<string, unknown> | undefined,
  ): Promise<boolean>;
  write(batch: WriteBatch): Promise<void>;
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
  const tables = [db.maps, db.people, db.relationships];
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
        if (rows) await Promise.all([db.maps.delete(id), clearRecords(id)]);
        return rows;
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
            if (batch.putPeople?.length) await db.people.bulkPut(asPeople(batch.putPeople));
            if (batch.putRelationships?.length) {
              await db.relationships.bulkPut(asRelationships(batch.putRelationships));
            }
            if (batch.putMaps?.length) await db.maps.bulkPut(asHeaders(batch.putMaps));
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
      return changed(rows);
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
      void write(batch);
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

  function write(batch: WriteBatch): Promise<void> {
    // Check first, then change: a refused batch leaves everything as it was.
    if (batch.requireMap !== undefined && !maps.has(batch.requireMap)) {
      return Promise.reject(new MapGoneError(batch.requireMap));
    }
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
    for (const row of batch.putPeople ?? []) put(people, row);
    for (const row of batch.putRelationships ?? []) put(relationships, row);
    for (const row of batch.putMaps ?? []) putHeader(row);
    return changed(undefined);
  }
}
