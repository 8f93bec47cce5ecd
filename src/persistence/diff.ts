/**
 * What changed between two versions of a map, by object identity: the store replaces the map
 * immutably on every edit and keeps every untouched person and relationship object, so a
 * record whose object is the same has not changed. One pass over each list.
 */
import type { PeerMap, Person, Relationship } from "../domain/model";

/** The map's own header fields: compared by identity. */
const MAP_HEADER_FIELDS = [
  "name",
  "orgs",
  "tiers",
  "settings",
  "actions",
  "createdAt",
  "updatedAt",
] as const;

/** Header parts compared separately, so a merge can tell which of them a tab changed. */
export const HEADER_FIELDS = [...MAP_HEADER_FIELDS, "peopleOrder", "relationshipOrder"] as const;

export type HeaderField = (typeof HEADER_FIELDS)[number];

export interface MapDiff {
  /** True when the header row must be written (any header field, including record order). */
  header: boolean;
  headerFields: HeaderField[];
  putPeople: Person[];
  deletePeopleIds: string[];
  putRelationships: Relationship[];
  deleteRelationshipIds: string[];
  /**
   * Actions this change removed. Actions are saved with the header, whole; the save keeps any
   * action another tab stored meanwhile unless this tab removed it (see headerPatch).
   */
  deleteActionIds: string[];
}

interface ListDiff<T> {
  put: T[];
  deleted: string[];
  /** The sequence of ids differs (something added, removed or moved). */
  reordered: boolean;
}

function diffList<T extends { id: string }>(prev: readonly T[], next: readonly T[]): ListDiff<T> {
  if (prev === next) return { put: [], deleted: [], reordered: false };
  const before = new Map<string, T>();
  for (const item of prev) before.set(item.id, item);
  const put: T[] = [];
  let reordered = prev.length !== next.length;
  next.forEach((item, i) => {
    if (!reordered && prev[i]?.id !== item.id) reordered = true;
    if (before.get(item.id) !== item) put.push(item);
    before.delete(item.id);
  });
  return { put, deleted: [...before.keys()], reordered };
}

export function diffMaps(prev: PeerMap, next: PeerMap): MapDiff {
  const people = diffList(prev.people, next.people);
  const relationships = diffList(prev.relationships, next.relationships);
  const headerFields: HeaderField[] = [];
  for (const field of MAP_HEADER_FIELDS) {
    if (prev[field] !== next[field]) headerFields.push(field);
  }
  if (people.reordered) headerFields.push("peopleOrder");
  if (relationships.reordered) headerFields.push("relationshipOrder");
  return {
    header: headerFields.length > 0,
    headerFields,
    putPeople: people.put,
    deletePeopleIds: people.deleted,
    putRelationships: relationships.put,
    deleteRelationshipIds: relationships.deleted,
    deleteActionIds: diffList(prev.actions, next.actions).deleted,
  };
}

export const isEmptyDiff = (diff: MapDiff): boolean =>
  !diff.header &&
  diff.putPeople.length === 0 &&
  diff.deletePeopleIds.length === 0 &&
  diff.putRelationships.length === 0 &&
  diff.deleteRelationshipIds.length === 0;
