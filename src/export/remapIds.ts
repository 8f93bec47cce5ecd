/**
 * "Import as a copy": the same map under fresh ids, so it can sit beside the original in
 * storage. Pure: ids come from `newId`, everything else is copied as is.
 */
import { newId as randomId } from "../domain/ids";
import type { PeerMap } from "../domain/model";

/**
 * A copy of `map` with a new id for the map and for every tier, person and relationship, and
 * every reference (a person's tier, a relationship's two ends) pointing at the new ids. A
 * reference that pointed nowhere keeps its old value, so a broken map stays broken the same way.
 */
export function remapIds(map: PeerMap, newId: (prefix: string) => string = randomId): PeerMap {
  const tierIds = new Map(map.tiers.map((tier) => [tier.id, newId("t")]));
  const personIds = new Map(map.people.map((person) => [person.id, newId("p")]));
  const tier = (id: string) => tierIds.get(id) ?? id;
  const person = (id: string) => personIds.get(id) ?? id;
  return {
    ...map,
    id: newId("m"),
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
      id: newId("r"),
      source: person(r.source),
      target: person(r.target),
    })),
    settings: { ...map.settings },
  };
}
