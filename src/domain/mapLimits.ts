/**
 * Peermap's limits (LIMITS, defined once in the file format) as the editor and storage apply
 * them: the sentence an edit is refused with, the `maxLength` of every field, and what to tell
 * the user about a stored map that is already over a limit. Such a map is kept whole, never
 * trimmed: it only cannot be exported and imported back until the user brings it within.
 */
import { LIMITS } from "./format/limits";
import type { PeerMap } from "./model";
import { isBlankName } from "./names";

/** The most characters each kind of text may hold; forms use these as `maxLength`. */
export const MAX_LENGTH = {
  name: LIMITS.maxNameLength,
  title: LIMITS.maxNameLength,
  email: LIMITS.maxEmailLength,
  notes: LIMITS.maxNotesLength,
} as const;

const amount = (n: number): string => n.toLocaleString("en-US");

/** Why `value` (a field called `label`, e.g. "Notes") cannot be saved, or undefined when it can. */
export function tooLong(label: string, value: string | undefined, max: number): string | undefined {
  const length = value?.trim().length ?? 0;
  if (length <= max) return undefined;
  return `${label} can be at most ${amount(max)} characters; this has ${amount(length)}. Shorten it and try again.`;
}

const full = (count: number, max: number, things: string, remedy: string): string | undefined =>
  count < max
    ? undefined
    : `This map already has ${amount(count)} ${things}, the most Peermap supports. ${remedy}`;

/** Why no person can be added, or undefined when one can. */
export const peopleLimitReason = (map: Pick<PeerMap, "people">): string | undefined =>
  full(map.people.length, LIMITS.maxPeople, "people", "Remove someone before adding another.");

/** Why `adding` people at once cannot be added, or undefined when there is room for them all. */
export function roomForPeopleReason(
  map: Pick<PeerMap, "people">,
  adding: number,
): string | undefined {
  const room = LIMITS.maxPeople - map.people.length;
  if (adding <= room) return undefined;
  if (room <= 0) return peopleLimitReason(map);
  return `This map has room for ${amount(room)} more people, the most Peermap supports; the list has ${amount(adding)}. Remove some lines and try again.`;
}

export const relationshipLimitReason = (map: Pick<PeerMap, "relationships">): string | undefined =>
  full(
    map.relationships.length,
    LIMITS.maxRelationships,
    "relationships",
    "Remove one before adding another.",
  );

export const tierLimitReason = (map: Pick<PeerMap, "tiers">): string | undefined =>
  full(map.tiers.length, LIMITS.maxTiers, "tiers", "Delete one before adding another.");

const KEEP = "nothing was removed, but";
const SO_IT_EXPORTS = "so the map can be exported and imported back";

/**
 * One sentence per limit the map is over: counts, text lengths, names with nothing visible.
 * Empty for every map the editor can make. Storage shows these when it opens such a map and
 * the JSON export before it saves one (Peermap would refuse that file on import).
 */
export function limitWarnings(map: PeerMap): string[] {
  const warnings: string[] = [];
  const counted = [
    [map.tiers.length, LIMITS.maxTiers, "tiers", "delete some"],
    [map.people.length, LIMITS.maxPeople, "people", "remove some"],
    [map.relationships.length, LIMITS.maxRelationships, "relationships", "remove some"],
  ] as const;
  for (const [count, max, things, remedy] of counted) {
    if (count > max) {
      warnings.push(
        `"${map.name}" has ${amount(count)} ${things}, more than the ${amount(max)} Peermap supports: ${KEEP} ${remedy} ${SO_IT_EXPORTS}.`,
      );
    }
  }
  const problems = new Map<string, number>();
  const note = (what: string) => problems.set(what, (problems.get(what) ?? 0) + 1);
  const check = (what: string, value: string | undefined, max: number) => {
    if (value !== undefined && value.length > max)
      note(`${what} longer than ${amount(max)} characters`);
  };
  const checkName = (what: string, value: string) => {
    if (isBlankName(value)) note(`${what} with no visible characters`);
    check(what, value, MAX_LENGTH.name);
  };
  checkName("the map's name", map.name);
  checkName("an organisation name", map.orgs.a.name);
  checkName("an organisation name", map.orgs.b.name);
  for (const tier of map.tiers) checkName("a tier name", tier.name);
  for (const person of map.people) {
    checkName("a person's name", person.name);
    check("a person's title", person.title, MAX_LENGTH.title);
    check("a person's email", person.email, MAX_LENGTH.email);
    check("a person's notes", person.notes, MAX_LENGTH.notes);
  }
  for (const relationship of map.relationships)
    check("a relationship's notes", relationship.notes, MAX_LENGTH.notes);
  for (const [what, count] of problems) {
    const times = count === 1 ? "" : ` (${amount(count)} times)`;
    warnings.push(
      `"${map.name}" has ${what}${times}: ${KEEP} change ${count === 1 ? "it" : "them"} ${SO_IT_EXPORTS}.`,
    );
  }
  return warnings;
}

/** The first length limit `fields` break, as the sentence to refuse the edit with. */
export function textProblem(
  fields: Partial<Record<keyof typeof MAX_LENGTH, string>>,
): string | undefined {
  const labels = { name: "A name", title: "A title", email: "An email address", notes: "Notes" };
  for (const key of Object.keys(labels) as (keyof typeof MAX_LENGTH)[]) {
    const problem = tooLong(labels[key], fields[key], MAX_LENGTH[key]);
    if (problem) return problem;
  }
  return undefined;
}
