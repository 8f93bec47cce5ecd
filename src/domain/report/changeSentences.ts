/**
 * What changed between two versions of a map, in plain sentences grouped by kind ("People
 * joined", "Stronger links", "Gaps closed"…). The compare panel and the gap report's "Since"
 * section both read these, so the screen and the report always say the same thing.
 */
import { type MapComparison, nothingChanged } from "../compare";
import { percentText } from "../coverage";
import { SEVERITY_NAMES } from "../gaps";
import {
  DEFAULT_ORGS,
  type PeerMap,
  type Person,
  type Relationship,
  strengthLabel,
} from "../model";

/**
 * What a sentence is about on the canvas: a person or a link of the later map, a removed link,
 * or someone who left (drawn, while comparing, as a faint card where they were).
 */
export type ChangeFocus =
  | { kind: "person"; id: string }
  | { kind: "left"; id: string }
  | { kind: "link"; id: string; ends: [string, string] }
  | { kind: "removed-link"; id: string; ends: [string, string] }
  | { kind: "people"; ids: string[] };

export interface ChangeSentence {
  text: string;
  /** Absent when there is nothing to show on the canvas. */
  focus?: ChangeFocus;
}

export type ChangeGroupKey =
  | "joined"
  | "left"
  | "moved"
  | "added"
  | "removed"
  | "stronger"
  | "weaker"
  | "closed"
  | "opened";

export interface ChangeGroup {
  key: ChangeGroupKey;
  heading: string;
  sentences: ChangeSentence[];
}

export interface ChangeSummary {
  groups: ChangeGroup[];
  /** "Coverage: 40% → 60%". */
  coverage: string;
  nothingChanged: boolean;
}

/** The canvas id of a removed link, drawn where it was: never the id of a live link. */
export const removedLinkId = (id: string): string => `removed:${id}`;

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, " ").trim();

/** A person's name and place, read from the map they are on. */
function describer(map: PeerMap) {
  const tiers = new Map(map.tiers.map((tier) => [tier.id, oneLine(tier.name)]));
  const org = (person: Person) =>
    oneLine(map.orgs[person.org].name) || DEFAULT_ORGS[person.org].name;
  const people = new Map(map.people.map((person) => [person.id, person]));
  return {
    tier: (id: string) => tiers.get(id) ?? "no tier",
    place: (person: Person) => `${org(person)}, ${tiers.get(person.tierId) ?? "no tier"}`,
    name: (id: string) => oneLine(people.get(id)?.name ?? "someone"),
    /** "Marta Kowalczyk ↔ Hank Scorpio", the first organisation's person first. */
    pair: (link: Relationship) => {
      const source = people.get(link.source);
      const target = people.get(link.target);
      const flipped = source?.org === "b" && target?.org === "a";
      const [first, second] = flipped ? [link.target, link.source] : [link.source, link.target];
      return `${oneLine(people.get(first)?.name ?? "someone")} ↔ ${oneLine(people.get(second)?.name ?? "someone")}`;
    },
  };
}

const ends = (link: Relationship): [string, string] => [link.source, link.target];

/**
 * The changes from `before` to `after` (as `compareMaps(before, after)` found them) as
 * sentences, in a fixed order of groups; groups with nothing in them are left out.
 */
export function changeSentences(
  before: PeerMap,
  after: PeerMap,
  comparison: MapComparison,
): ChangeSummary {
  const was = describer(before);
  const now = describer(after);
  const { people, relationships, gaps } = comparison;
  const stronger = relationships.rated.filter((change) => change.to > change.from);
  const weaker = relationships.rated.filter((change) => change.to < change.from);
  const linkFocus = (link: Relationship): ChangeFocus => ({
    kind: "link",
    id: link.id,
    ends: ends(link),
  });
  const afterIds = new Set(after.people.map((person) => person.id));

  const groups: ChangeGroup[] = [
    {
      key: "joined",
      heading: "People joined",
      sentences: people.joined.map((person) => ({
        text: `${oneLine(person.name)} joined (${now.place(person)})`,
        focus: { kind: "person", id: person.id },
      })),
    },
    {
      key: "left",
      heading: "People left",
      sentences: people.left.map((person) => ({
        text: `${oneLine(person.name)} left (${was.place(person)})`,
        focus: { kind: "left", id: person.id },
      })),
    },
    {
      key: "moved",
      heading: "People moved tier",
      sentences: people.moved.map(({ person, from, to }) => ({
        text:
          from.org === to.org
            ? `${oneLine(person.name)} moved from ${was.tier(from.tierId)} to ${now.tier(to.tierId)}`
            : `${oneLine(person.name)} moved to ${now.place(person)}`,
        focus: { kind: "person", id: person.id },
      })),
    },
    {
      key: "added",
      heading: "New links",
      sentences: relationships.added.map((link) => ({
        text: `${now.pair(link)}: new link, ${strengthLabel(link.strength)}`,
        focus: linkFocus(link),
      })),
    },
    {
      key: "removed",
      heading: "Removed links",
      sentences: relationships.removed.map((link) => ({
        text: `${was.pair(link)}: link removed (was ${strengthLabel(link.strength)})`,
        // Drawn where it was; an end who left is there as a faint card.
        focus: { kind: "removed-link", id: link.id, ends: ends(link) } as const,
      })),
    },
    {
      key: "stronger",
      heading: "Stronger links",
      sentences: stronger.map(({ relationship, from, to }) => ({
        text: `${now.pair(relationship)}: stronger, ${strengthLabel(from)} → ${strengthLabel(to)}`,
        focus: linkFocus(relationship),
      })),
    },
    {
      key: "weaker",
      heading: "Weaker links",
      sentences: weaker.map(({ relationship, from, to }) => ({
        text: `${now.pair(relationship)}: weaker, ${strengthLabel(from)} → ${strengthLabel(to)}`,
        focus: linkFocus(relationship),
      })),
    },
    {
      key: "closed",
      heading: "Gaps closed",
      sentences: gaps.closed.map((gap) => ({
        text: `${gap.tierId ? `${was.tier(gap.tierId)}: ` : ""}gap closed — ${oneLine(gap.message)}`,
        ...peopleFocus(gap.personIds, afterIds),
      })),
    },
    {
      key: "opened",
      heading: "New gaps",
      sentences: gaps.opened.map((gap) => ({
        text: `${gap.tierId ? `${now.tier(gap.tierId)}: ` : ""}new ${SEVERITY_NAMES[gap.severity].toLowerCase()} gap — ${oneLine(gap.message)}`,
        ...peopleFocus(gap.personIds, afterIds),
      })),
    },
  ];
  const { before: from, after: to } = comparison.coverage;
  return {
    groups: groups.filter((group) => group.sentences.length > 0),
    coverage: `Coverage: ${percentText(from)} → ${percentText(to)}`,
    nothingChanged: nothingChanged(comparison),
  };
}

function peopleFocus(ids: readonly string[], onMap: ReadonlySet<string>): { focus?: ChangeFocus } {
  const shown = ids.filter((id) => onMap.has(id));
  return shown.length > 0 ? { focus: { kind: "people", ids: shown } } : {};
}
