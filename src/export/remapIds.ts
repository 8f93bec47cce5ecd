/**
 * "Import as a copy": the same map under fresh ids, so it can sit beside the original in
 * storage. Pure: ids come from `newId`, everything else is copied as is.
 */
import { remapActionIds } from "../domain/actions";
import { newId as randomId } from "../domain/ids";
import type { PeerMap } from "../domain/model";

/** Old id → new id, per kind of record. */
export interface IdTables {
  map: string;
  tiers: Map<string, string>;
  people: Map<string, string>;
  relationships: Map<string, string>;
}

/**
 * New ids for every record of every map given: a map and its snapshots share one table, so a
 * person keeps one id across them (compare matches people and links by id), even one who is
 * only in a snapshot.
 */
export function idTables(
  maps: readonly PeerMap[],
  newId: (prefix: string) => string = randomId,
): IdTables {
  const tables: IdTables = {
    map: newId("m"),
    tiers: new Map(),
    people: new Map(),
    relationships: new Map(),
  };
  const add = (table: Map<string, string>, id: string, prefix: string) => {
    if (!table.has(id)) table.set(id, newId(prefix));
  };
  for (const map of maps) {
    for (const tier of map.tiers) add(tables.tiers, tier.id, "t");
    for (const person of map.people) add(tables.people, person.id, "p");
    for (const link of map.relationships) add(tables.relationships, link.id, "r");
  }
  return tables;
}

/**
 * A copy of `map` with a new id for the map and for every tier, person, relationship and
 * action, and every reference (a person's tier, a relationship's two ends, what an action is
 * about and who owns it) pointing at the new ids. A reference that pointed nowhere keeps its
 * old value, so a broken map stays broken the same way.
 */
export function remapIds(
  map: PeerMap,
  newId: (prefix: string) => string = randomId,
  ids: IdTables = idTables([map], newId),
): PeerMap {
  const tier = (id: string) => ids.tiers.get(id) ?? id;
  const person = (id: string) => ids.people.get(id) ?? id;
  return {
    ...map,
    id: ids.map,
    orgs: { a: { ...map.orgs.a }, b: { ...map.orgs.b } },
    tiers: map.tiers.map((t) => ({ ...t, id: tier(t.id) })),
    people: map.people.map((p) => ({
      ...p,
      id: person(p.id),
      tierId: tier(p.tierId),
      ...(p.position ? { position: { ...p.position } } : {}),
    })),
    relationships: map.relationships.map((r) => ({
      ...r,
      id: ids.relationships.get(r.id) ?? r.id,
      source: person(r.source),
      target: person(r.target),
    })),
    actions: remapActionIds(map.actions, ids),
    settings: { ...map.settings },
  };
}
