/**
 * Maps in storage: list, load, save whole, save changes, delete/restore, duplicate, rename.
 * Every multi-record write is one transaction. Works on either backend (IndexedDB or memory).
 */
import { remapActionIds } from "../domain/actions";
import { newId } from "../domain/ids";
import type { PeerMap, Person, Relationship } from "../domain/model";
import type { RawMapRows, StorageBackend, WriteResult } from "./backend";
import type { MapRow, RecordKey } from "./db";
import { diffMaps, HEADER_FIELDS, type HeaderField, isEmptyDiff } from "./diff";
import { assembleMap, type LoadedMap } from "./readMap";
import { parseRemoteRecords, type RemoteRecords } from "./remoteRecords";
import {
  type MapSummary,
  sortSummaries,
  toMapRow,
  toPersonRow,
  toRelationshipRow,
  toSummary,
} from "./rows";

/** One batch of edits to a stored map. */
export interface MapChanges {
  /** The new header row (with summary fields); written whenever anything changed. */
  header?: MapRow;
  /**
   * The header fields this tab changed: applyChanges writes only these over the stored header
   * (another tab may have changed the others). Without it, all of them.
   */
  headerFields?: readonly HeaderField[];
  putPeople: readonly Person[];
  deletePeopleIds: readonly string[];
  putRelationships: readonly Relationship[];
  deleteRelationshipIds: readonly string[];
  /** Actions this tab removed (the rest of another tab's stored actions stay). */
  deleteActionIds?: readonly string[];
}

/** A deleted map exactly as it was stored, for undo. */
export type DeletedMap = RawMapRows;

export interface MapRepository {
  readonly backend: StorageBackend;
  /** Summaries, most recently changed first. */
  listMaps(): Promise<MapSummary[]>;
  /** The map with damaged records skipped (see warnings), or undefined when there is none. */
  loadMap(id: string): Promise<LoadedMap | undefined>;
  /** Replaces everything stored for the map with this document. */
  saveMap(map: PeerMap): Promise<void>;
  /**
   * Fails with MapGoneError when the map's header is no longer stored (deleted elsewhere).
   * Keeps links whole: a deleted person's stored relationships go too, and a relationship
   * whose person is no longer stored is not written; both are reported.
   */
  applyChanges(mapId: string, changes: MapChanges): Promise<WriteResult>;
  /**
   * For a page being unloaded: issues the changes (without them, the whole map) in one
   * transaction that commits without waiting on anything (see StorageBackend.writeNow).
   * Unlike applyChanges it cannot check that the map is still stored. False when not issued.
   */
  saveNow(map: PeerMap, changes?: MapChanges): boolean;
  deleteMap(id: string): Promise<DeletedMap | undefined>;
  restoreMap(snapshot: DeletedMap): Promise<void>;
  /** Copies a map with new ids everywhere; returns the new id. */
  duplicateMap(id: string, newName?: string, now?: string): Promise<string | undefined>;
  renameMap(id: string, name: string, now?: string): Promise<boolean>;
  /** The current stored versions of some records, checked, for merging into an open map. */
  readRecords(
    mapId: string,
    personIds: string[],
    relationshipIds: string[],
  ): Promise<RemoteRecords>;
}

const isoNow = (): string => new Date().toISOString();

/**
 * The changes that turn `prev` into `next`, or undefined when they are the same. `coverageOf`
 * gives the header's coverage of `next` when it is known already (see toMapRow).
 */
export function changesFor(
  prev: PeerMap,
  next: PeerMap,
  coverageOf?: (map: PeerMap) => number | null,
): MapChanges | undefined {
  const diff = diffMaps(prev, next);
  if (isEmptyDiff(diff)) return undefined;
  return {
    header: coverageOf ? toMapRow(next, coverageOf(next)) : toMapRow(next),
    headerFields: diff.headerFields,
    putPeople: diff.putPeople,
    deletePeopleIds: diff.deletePeopleIds,
    putRelationships: diff.putRelationships,
    deleteRelationshipIds: diff.deleteRelationshipIds,
    deleteActionIds: diff.deleteActionIds,
  };
}

/** The same map under new ids (map, tiers, people, relationships), references remapped. */
export function copyWithNewIds(map: PeerMap, name: string, now: string): PeerMap {
  const tierIds = new Map(map.tiers.map((t) => [t.id, newId("t")]));
  const personIds = new Map(map.people.map((p) => [p.id, newId("p")]));
  const relationshipIds = new Map(map.relationships.map((r) => [r.id, newId("r")]));
  const remap = (ids: Map<string, string>, id: string) => ids.get(id) ?? id;
  return {
    ...map,
    id: newId("m"),
    name,
    orgs: { a: { ...map.orgs.a }, b: { ...map.orgs.b } },
    tiers: map.tiers.map((t) => ({ ...t, id: remap(tierIds, t.id) })),
    people: map.people.map((p) => {
      const person: Person = { ...p, id: remap(personIds, p.id), tierId: remap(tierIds, p.tierId) };
      if (p.position) person.position = { ...p.position };
      return person;
    }),
    relationships: map.relationships.map((r) => ({
      ...r,
      id: remap(relationshipIds, r.id),
      source: remap(personIds, r.source),
      target: remap(personIds, r.target),
    })),
    actions: remapActionIds(map.actions, {
      tiers: tierIds,
      people: personIds,
      relationships: relationshipIds,
    }),
    settings: { ...map.settings },
    createdAt: now,
    updatedAt: now,
  };
}

export function createMapRepository(backend: StorageBackend): MapRepository {
  /** One transaction: a failure (say, storage full) leaves what was stored exactly as it was. */
  const saveMap = async (map: PeerMap) => {
    await backend.write({
      clearRecords: [map.id],
      putMaps: [toMapRow(map)],
      putPeople: map.people.map((p) => toPersonRow(map.id, p)),
      putRelationships: map.relationships.map((r) => toRelationshipRow(map.id, r)),
    });
  };
  const loadMap = async (id: string) => {
    const rows = await backend.readMap(id);
    return rows ? assembleMap(id, rows, isoNow()) : undefined;
  };

  return {
    backend,
    listMaps: () =>
      backend
        .readHeaders()
        .then((rows) => sortSummaries(rows.flatMap((row) => toSummary(row) ?? []))),
    loadMap,
    saveMap,
    applyChanges: (mapId, changes) => {
      const key = (id: string): RecordKey => [mapId, id];
      const { header } = changes;
      return backend.write({
        requireMap: mapId,
        linksOf: mapId,
        deletePeople: changes.deletePeopleIds.map(key),
        deleteRelationships: changes.deleteRelationshipIds.map(key),
        putPeople: changes.putPeople.map((p) => toPersonRow(mapId, p)),
        putRelationships: changes.putRelationships.map((r) => toRelationshipRow(mapId, r)),
        ...(header && {
          patchMap: {
            row: header,
            fields: changes.headerFields ?? HEADER_FIELDS,
            deletedActions: changes.deleteActionIds ?? [],
          },
        }),
      });
    },
    saveNow: (map, changes) => {
      if (!changes) {
        return backend.writeNow({
          putMaps: [toMapRow(map)],
          putPeople: map.people.map((p) => toPersonRow(map.id, p)),
          putRelationships: map.relationships.map((r) => toRelationshipRow(map.id, r)),
        });
      }
      const key = (id: string): RecordKey => [map.id, id];
      return backend.writeNow({
        deletePeople: changes.deletePeopleIds.map(key),
        deleteRelationships: changes.deleteRelationshipIds.map(key),
        putPeople: changes.putPeople.map((p) => toPersonRow(map.id, p)),
        putRelationships: changes.putRelationships.map((r) => toRelationshipRow(map.id, r)),
        putMaps: changes.header ? [changes.header] : [],
      });
    },
    deleteMap: (id) => backend.takeMap(id),
    restoreMap: async (snapshot) => {
      const id = snapshot.header.id;
      if (typeof id !== "string") return;
      await backend.write({
        clearMaps: [id],
        putMaps: [snapshot.header],
        putPeople: snapshot.people,
        putRelationships: snapshot.relationships,
        putSnapshots: snapshot.snapshots ?? [],
      });
    },
    duplicateMap: async (id, newName, now = isoNow()) => {
      const loaded = await loadMap(id);
      if (!loaded) return undefined;
      const name = newName?.trim() || `${loaded.map.name} (copy)`;
      const copy = copyWithNewIds(loaded.map, name, now);
      await saveMap(copy);
      return copy.id;
    },
    renameMap: (id, name, now = isoNow()) => {
      const value = name.trim();
      if (!value) return Promise.resolve(false);
      return backend.updateHeader(id, (row) => ({ ...row, name: value, updatedAt: now }));
    },
    readRecords: async (mapId, personIds, relationshipIds) =>
      parseRemoteRecords(
        await backend.readRecords(mapId, personIds, relationshipIds),
        personIds,
        relationshipIds,
      ),
  };
}
