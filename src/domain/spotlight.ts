/**
 * Focus ("spotlight"): what stays bright when a facilitator focuses the room on one person or
 * one tier. Everything else on the canvas is dimmed. Named spotlight in code so it is never
 * confused with keyboard focus.
 */
import { ownLinks, type PeerMap } from "./model";

export type Spotlight = { kind: "person"; id: string } | { kind: "tier"; id: string };

export interface Lit {
  people: ReadonlySet<string>;
  relationships: ReadonlySet<string>;
}

/**
 * A person: them, their relationships and the people at the other ends. A tier: its people
 * and every relationship touching one of them. Undefined when the person or tier is gone
 * (deleted, here or in another tab), so nothing is dimmed for something no longer there.
 */
export function litBy(map: PeerMap, spotlight: Spotlight): Lit | undefined {
  const people = new Set<string>();
  const relationships = new Set<string>();
  if (spotlight.kind === "person") {
    if (!map.people.some((p) => p.id === spotlight.id)) return undefined;
    people.add(spotlight.id);
    for (const { relationship, otherId } of ownLinks(map.relationships, spotlight.id)) {
      relationships.add(relationship.id);
      people.add(otherId);
    }
    return { people, relationships };
  }
  if (!map.tiers.some((t) => t.id === spotlight.id)) return undefined;
  for (const p of map.people) if (p.tierId === spotlight.id) people.add(p.id);
  for (const r of map.relationships) {
    if (people.has(r.source) || people.has(r.target)) relationships.add(r.id);
  }
  return { people, relationships };
}

/** What the notice calls the spotlight ("Hank Scorpio", "the Sales tier"). */
export function spotlightName(map: PeerMap, spotlight: Spotlight): string | undefined {
  if (spotlight.kind === "person") {
    const person = map.people.find((p) => p.id === spotlight.id);
    return person ? person.name || "Unnamed person" : undefined;
  }
  const tier = map.tiers.find((t) => t.id === spotlight.id);
  return tier ? `the ${tier.name} tier` : undefined;
}
