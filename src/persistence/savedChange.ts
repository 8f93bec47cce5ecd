/** What another tab needs to hear about a committed save, built the same way by every write. */
import type { PeerMap } from "../domain/model";
import type { MapChanges } from "./mapRepository";

export interface SavedChange {
  mapId: string;
  map: PeerMap;
  people: string[];
  relationships: string[];
  header: boolean;
}

/**
 * The records a save touched: with `changes`, those it put or deleted (plus relationships the
 * storage deleted with their people); without, the whole map.
 */
export function savedChangeOf(
  mapId: string,
  map: PeerMap,
  changes: MapChanges | undefined,
  alsoDeletedRelationships: readonly string[] = [],
): SavedChange {
  const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);
  if (!changes) {
    return {
      mapId,
      map,
      people: ids(map.people),
      relationships: ids(map.relationships),
      header: true,
    };
  }
  return {
    mapId,
    map,
    people: [...ids(changes.putPeople), ...changes.deletePeopleIds],
    relationships: [
      ...ids(changes.putRelationships),
      ...changes.deleteRelationshipIds,
      ...alsoDeletedRelationships,
    ],
    header: changes.header !== undefined,
  };
}
