/**
 * What changed in an alliance between two versions of its map (a snapshot and now, or two
 * snapshots): who joined, left or moved, which links were added, removed or re-rated, which
 * gaps opened or closed, and the coverage on both dates. People and links are matched by id,
 * gaps by their stable ids, so a rename is never read as someone leaving.
 */
import { analyseMap, type Gap } from "./gaps";
import type { OrgKey, PeerMap, Person, Relationship, Strength } from "./model";

export interface PlaceInMap {
  org: OrgKey;
  tierId: string;
}

export interface PersonMove {
  person: Person;
  from: PlaceInMap;
  to: PlaceInMap;
}

export interface StrengthChange {
  relationship: Relationship;
  from: Strength;
  to: Strength;
}

export interface MapComparison {
  people: { joined: Person[]; left: Person[]; moved: PersonMove[] };
  relationships: { added: Relationship[]; removed: Relationship[]; rated: StrengthChange[] };
  gaps: { opened: Gap[]; closed: Gap[] };
  coverage: { before: number | null; after: number | null };
  peopleCoverage: { before: number | null; after: number | null };
}

const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> =>
  new Map(list.map((item) => [item.id, item]));

/** Items of `list` whose id `other` does not have, in `list`'s order. */
const missingFrom = <T extends { id: string }>(list: readonly T[], other: Map<string, T>): T[] =>
  list.filter((item) => !other.has(item.id));

/** A link that now joins other people is a different link: the old one went, a new one came. */
const sameEnds = (a: Relationship, b: Relationship) =>
  a.source === b.source && a.target === b.target;

export function compareMaps(before: PeerMap, after: PeerMap): MapComparison {
  const peopleBefore = byId(before.people);
  const peopleAfter = byId(after.people);
  const moved: PersonMove[] = [];
  for (const person of after.people) {
    const was = peopleBefore.get(person.id);
    if (was && (was.org !== person.org || was.tierId !== person.tierId)) {
      moved.push({
        person,
        from: { org: was.org, tierId: was.tierId },
        to: { org: person.org, tierId: person.tierId },
      });
    }
  }

  const linksBefore = byId(before.relationships);
  const linksAfter = byId(after.relationships);
  const added: Relationship[] = [];
  const rated: StrengthChange[] = [];
  for (const link of after.relationships) {
    const was = linksBefore.get(link.id);
    if (!was || !sameEnds(was, link)) added.push(link);
    else if (was.strength !== link.strength)
      rated.push({ relationship: link, from: was.strength, to: link.strength });
  }
  const removed = before.relationships.filter((link) => {
    const now = linksAfter.get(link.id);
    return !now || !sameEnds(link, now);
  });

  const analysisBefore = analyseMap(before);
  const analysisAfter = analyseMap(after);
  const gapsBefore = byId(analysisBefore.gaps);
  const gapsAfter = byId(analysisAfter.gaps);

  return {
    people: {
      joined: missingFrom(after.people, peopleBefore),
      left: missingFrom(before.people, peopleAfter),
      moved,
    },
    relationships: { added, removed, rated },
    gaps: {
      opened: missingFrom(analysisAfter.gaps, gapsBefore),
      closed: missingFrom(analysisBefore.gaps, gapsAfter),
    },
    coverage: { before: analysisBefore.coverage, after: analysisAfter.coverage },
    peopleCoverage: { before: analysisBefore.peopleCoverage, after: analysisAfter.peopleCoverage },
  };
}

/** True when nothing a facilitator would report changed (coverage follows from the rest). */
export function nothingChanged(comparison: MapComparison): boolean {
  const { people, relationships, gaps } = comparison;
  return [
    people.joined,
    people.left,
    people.moved,
    relationships.added,
    relationships.removed,
    relationships.rated,
    gaps.opened,
    gaps.closed,
  ].every((list) => list.length === 0);
}
