/** Pure helpers behind the roster: grouping by tier, searching, the tier a new person gets. */
import type { OrgKey, Person, Tier } from "../../domain/model";

/** The roster offers a search box once a map has more people than this. */
export const SEARCH_THRESHOLD = 12;

export interface RosterGroup {
  /** The tier's id; for people whose tier no longer exists, the id they point at. */
  tierId: string;
  /** Null when the tier is unknown (a damaged or half-imported map). */
  tier: Tier | null;
  people: Person[];
}

/**
 * One organisation's people, grouped by tier in tier order (most senior first), each group
 * in map order. Empty tiers are left out; people of unknown tiers come last, in one group
 * per unknown id so nobody disappears from the roster.
 */
export function groupByTier(
  people: readonly Person[],
  tiers: readonly Tier[],
  org: OrgKey,
): RosterGroup[] {
  const known = new Map<string, RosterGroup>();
  for (const tier of tiers) {
    if (!known.has(tier.id)) known.set(tier.id, { tierId: tier.id, tier, people: [] });
  }
  const unknown = new Map<string, RosterGroup>();
  for (const person of people) {
    if (person.org !== org) continue;
    let group = known.get(person.tierId) ?? unknown.get(person.tierId);
    if (!group) {
      group = { tierId: person.tierId, tier: null, people: [] };
      unknown.set(person.tierId, group);
    }
    group.people.push(person);
  }
  return [...known.values(), ...unknown.values()].filter((group) => group.people.length > 0);
}

/** Lower case without accents, so "jose" finds "José". */
export const foldText = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/** Every word of the query appears in the person's name, title or email. */
export function matchesQuery(person: Person, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText([person.name, person.title ?? "", person.email ?? ""].join(" "));
  return words.every((word) => haystack.includes(word));
}

export function filterPeople(people: readonly Person[], query: string): readonly Person[] {
  return query.trim() ? people.filter((person) => matchesQuery(person, query)) : people;
}

/** The tier the "Add person" form starts on: the one last used if it still exists, else the first. */
export function defaultTierId(tiers: readonly Tier[], lastUsed: string | null): string | undefined {
  if (lastUsed && tiers.some((tier) => tier.id === lastUsed)) return lastUsed;
  return tiers[0]?.id;
}

/** "1 person", "3 people". */
export const peopleCount = (count: number): string =>
  `${count} ${count === 1 ? "person" : "people"}`;
