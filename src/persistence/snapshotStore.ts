/**
 * Snapshots in storage (their own table, see db.ts), on either backend. Rows come back checked:
 * a damaged row is left out of the list rather than breaking History.
 */
import { soundModelSchema } from "../domain/format/schema";
import { checkRoomFor, type Snapshot, summariseMap } from "../domain/snapshots";
import type { PeermapDb, SnapshotRow } from "./db";
import { isObject } from "./rows";

/** A snapshot as History lists it: everything but the frozen map. */
export type SnapshotListing = Omit<SnapshotRow, "map">;

export class SnapshotLimitError extends Error {}

export interface SnapshotStore {
  list(mapId: string): Promise<SnapshotListing[]>;
  /** Every map's snapshots (the home screen's sparklines). */
  listAll(): Promise<SnapshotListing[]>;
  get(id: string): Promise<Snapshot | undefined>;
  /** Adds a snapshot, refusing (SnapshotLimitError) when its map has no room left. */
  add(snapshot: Snapshot): Promise<void>;
  rename(id: string, label: string): Promise<boolean>;
  /** Deletes one; returns the row, to put back with `restore` (an Undo toast). */
  remove(id: string): Promise<unknown>;
  restore(row: unknown): Promise<void>;
}

export function toSnapshotRow(snapshot: Snapshot): SnapshotRow {
  return { ...snapshot, ...summariseMap(snapshot.map) };
}

const listing = (row: unknown): SnapshotListing | undefined => {
  if (!isObject(row)) return undefined;
  const { id, mapId, label, date, takenAt, coverage, people, links, openGaps } = row;
  if (![id, mapId, label, date, takenAt].every((v) => typeof v === "string")) return undefined;
  if (![people, links, openGaps].every((v) => typeof v === "number")) return undefined;
  if (coverage !== null && typeof coverage !== "number") return undefined;
  return { id, mapId, label, date, takenAt, coverage, people, links, openGaps } as SnapshotListing;
};

const snapshotOf = (row: unknown): Snapshot | undefined => {
  const head = listing(row);
  const map = isObject(row) ? soundModelSchema.safeParse(row.map) : undefined;
  if (!head || !map?.success) return undefined;
  return {
    id: head.id,
    mapId: head.mapId,
    label: head.label,
    date: head.date,
    takenAt: head.takenAt,
    map: map.data,
  };
};

const listingsOf = (rows: unknown[]) =>
  rows.map(listing).filter((row): row is SnapshotListing => row !== undefined);

const refuseWhenFull = (count: number) => {
  const room = checkRoomFor(count);
  if (!room.ok) throw new SnapshotLimitError(room.reason);
};

export function dexieSnapshots(db: PeermapDb): SnapshotStore {
  return {
    list: async (mapId) => listingsOf(await db.snapshots.where("mapId").equals(mapId).toArray()),
    listAll: async () => listingsOf(await db.snapshots.toArray()),
    get: async (id) => snapshotOf(await db.snapshots.get(id)),
    add: (snapshot) =>
      db.transaction("rw", db.snapshots, async () => {
        refuseWhenFull(await db.snapshots.where("mapId").equals(snapshot.mapId).count());
        await db.snapshots.put(toSnapshotRow(snapshot));
      }),
    rename: (id, label) =>
      db.transaction(
        "rw",
        db.snapshots,
        async () => (await db.snapshots.update(id, { label })) > 0,
      ),
    remove: (id) =>
      db.transaction("rw", db.snapshots, async () => {
        const row = await db.snapshots.get(id);
        await db.snapshots.delete(id);
        return row;
      }),
    restore: async (row) => {
      if (listing(row)) await db.snapshots.put(row as SnapshotRow);
    },
  };
}

/** The same on a Map, cloned in and out as IndexedDB does; `onChange` after every write. */
export function memorySnapshots(rows: Map<string, unknown>, onChange?: () => void): SnapshotStore {
  const changed = () => onChange?.();
  const of = (mapId: string) =>
    [...rows.values()].filter((row) => isObject(row) && row.mapId === mapId);
  return {
    list: async (mapId) => listingsOf(structuredClone(of(mapId))),
    listAll: async () => listingsOf(structuredClone([...rows.values()])),
    get: async (id) => snapshotOf(structuredClone(rows.get(id))),
    add: async (snapshot) => {
      refuseWhenFull(of(snapshot.mapId).length);
      rows.set(snapshot.id, structuredClone(toSnapshotRow(snapshot)));
      changed();
    },
    rename: async (id, label) => {
      const row = rows.get(id);
      if (!isObject(row)) return false;
      rows.set(id, { ...row, label });
      changed();
      return true;
    },
    remove: async (id) => {
      const row = rows.get(id);
      rows.delete(id);
      changed();
      return row;
    },
    restore: async (row) => {
      const head = listing(row);
      if (head) rows.set(head.id, structuredClone(row));
      changed();
    },
  };
}
