import {
  coverageFromIndex,
  peopleCoverageFromIndex,
  type TierCoverage,
  tierStatesFromIndex,
} from "./coverage";
import {
  DEFAULT_ORGS,
  type OrgKey,
  otherOrg,
  type PeerMap,
  type Person,
  strengthLabel,
  type Tier,
} from "./model";
import { type LinkSuggestion, suggestionsFromIndex } from "./suggestions";
import {
  buildTierIndex,
  isPeerLinked,
  lacksPeerLink,
  personIn,
  rankInTierOf,
  type TierIndex,
  type TierLane,
} from "./tierIndex";

/** In the fixed order gaps of equal severity and tier are listed in. */
export const GAP_KINDS = [
  "missing-counterpart",
  "missing-peer-link",
  "weak-peer-link",
  "below-target",
  "single-point-of-failure",
  "unpaired",
] as const;

export type GapKind = (typeof GAP_KINDS)[number];

/** Most severe first. */
export const GAP_SEVERITIES = ["critical", "warning", "info"] as const;

export type GapSeverity = (typeof GAP_SEVERITIES)[number];

/** Each severity's name, as the panel, the report and the pictures say it. */
export const SEVERITY_NAMES: Readonly<Record<GapSeverity, string>> = {
  critical: "Critical",
  warning: "Warning",
  info: "Info",
};

export interface Gap {
  /**
   * Stable across edits and reloads: kind + tier id (+ person id, or the relationship's id for
   * a link below its target), never random.
   */
  id: string;
  kind: GapKind;
  severity: GapSeverity;
  tierId?: string;
  /** The people the gap is about, in their tier's roster order. */
  personIds: string[];
  /** One plain sentence a facilitator can read out loud. */
  message: string;
}

export interface MapAnalysis {
  gaps: Gap[];
  /** Tier coverage, 0..100, or null until both organisations have someone placed. */
  coverage: number | null;
  /** People coverage, 0..100, or null like `coverage`. */
  peopleCoverage: number | null;
  /** Each tier's coverage state, in tier order. */
  tiers: TierCoverage[];
  suggestions: LinkSuggestion[];
  /** People with no cross-organisation link to anyone of their own tier on the other side. */
  unpairedIds: Set<string>;
}

const gapId = (kind: GapKind, tierId: string, subjectId?: string): string =>
  subjectId === undefined ? `${kind}:${tierId}` : `${kind}:${tierId}:${subjectId}`;

// Names are free text and may be blank mid-edit; a sentence with a hole in it reads badly.
const orgName = (map: PeerMap, org: OrgKey): string =>
  map.orgs[org].name.trim() || DEFAULT_ORGS[org].name;
const personName = (person: Person): string => person.name.trim() || "An unnamed person";
const tierName = (tier: Tier): string => tier.name.trim() || "an unnamed tier";

const ids = (people: readonly Person[]): string[] => people.map((person) => person.id);

function tierGap(index: TierIndex, lane: TierLane): Gap | undefined {
  const { map } = index;
  const tierId = lane.tier.id;
  const tier = tierName(lane.tier);
  const [a, b] = [orgName(map, "a"), orgName(map, "b")];
  // The top tier is where the alliance is sponsored; a hole there endangers everything.
  const severity: GapSeverity = lane.rank === 0 ? "critical" : "warning";
  const ours = lane.byOrg.a.length > 0;
  const theirs = lane.byOrg.b.length > 0;

  if (ours !== theirs) {
    const absent = ours ? b : a;
    return {
      id: gapId("missing-counterpart", tierId),
      kind: "missing-counterpart",
      severity,
      tierId,
      personIds: ids(lane.people),
      message: `${absent} has nobody at ${tier}.`,
    };
  }
  if (!ours) return undefined;
  if (lacksPeerLink(lane)) {
    return {
      id: gapId("missing-peer-link", tierId),
      kind: "missing-peer-link",
      severity,
      tierId,
      personIds: ids(lane.people),
      message: `Nobody from ${a} is linked to anyone from ${b} at ${tier}.`,
    };
  }
  if (lane.hasHealthyPeerLink) return undefined;

  const involved = new Set<string>();
  let best = lane.peerLinks[0]?.strength ?? 1;
  for (const link of lane.peerLinks) {
    involved.add(link.source);
    involved.add(link.target);
    if (link.strength > best) best = link.strength;
  }
  return {
    id: gapId("weak-peer-link", tierId),
    kind: "weak-peer-link",
    // Weak links are something to nurture, not an absence, even at the top.
    severity: "warning",
    tierId,
    personIds: ids(lane.people.filter((person) => involved.has(person.id))),
    message:
      `The best link between ${a} and ${b} at ${tier} is ${strengthLabel(best)}, ` +
      `below the healthy ${strengthLabel(map.settings.healthyThreshold)}.`,
  };
}

function addUnpairedGaps(index: TierIndex, lane: TierLane, gaps: Gap[]): void {
  for (const person of lane.people) {
    if (lane.byOrg[otherOrg(person.org)].length === 0) continue;
    if (isPeerLinked(index, person.id)) continue;
    gaps.push({
      id: gapId("unpaired", lane.tier.id, person.id),
      kind: "unpaired",
      severity: "info",
      tierId: lane.tier.id,
      personIds: [person.id],
      message:
        `${personName(person)} has no link to anyone from ` +
        `${orgName(index.map, otherOrg(person.org))} at ${tierName(lane.tier)}.`,
    });
  }
}

/**
 * An existing link rated below the strength the user set as its target. Filed under our
 * person's tier (as the peer table files a link), naming our person first.
 */
function addBelowTargetGaps(index: TierIndex, gaps: Gap[]): void {
  for (const link of index.belowTarget) {
    const source = personIn(index, link.source);
    const target = personIn(index, link.target);
    if (!source || !target || link.targetStrength === undefined) continue;
    const [ours, theirs] = source.org === "a" ? [source, target] : [target, source];
    gaps.push({
      id: gapId("below-target", ours.tierId, link.id),
      kind: "below-target",
      severity: "warning",
      tierId: ours.tierId,
      personIds: [ours.id, theirs.id],
      message:
        `${personName(ours)} ↔ ${personName(theirs)} is ${strengthLabel(link.strength)}, ` +
        `target ${strengthLabel(link.targetStrength)}.`,
    });
  }
}

// Below four links "everything goes through one person" is just what a young map looks like.
const MIN_LINKS_FOR_CONCENTRATION = 4;

function addConcentrationGaps(index: TierIndex, gaps: Gap[]): void {
  const total = index.crossOrgLinkCount;
  if (total < MIN_LINKS_FOR_CONCENTRATION) return;
  const between = `${orgName(index.map, "a")} and ${orgName(index.map, "b")}`;
  index.people.forEach((person, slot) => {
    const degree = index.crossOrgDegree[slot] ?? 0;
    if (degree * 2 <= total) return;
    gaps.push({
      id: gapId("single-point-of-failure", person.tierId, person.id),
      kind: "single-point-of-failure",
      severity: "warning",
      tierId: person.tierId,
      personIds: [person.id],
      message: `All contact runs through ${personName(person)} (${degree} of ${total} links between ${between}).`,
    });
  });
}

const rankOf = <T>(list: readonly T[], value: T): number => list.indexOf(value);

function sortGaps(index: TierIndex, gaps: Gap[]): Gap[] {
  const tierRank = (gap: Gap) =>
    gap.tierId === undefined ? -1 : (index.laneByTierId.get(gap.tierId)?.rank ?? -1);
  const personRank = (gap: Gap) => {
    const first = gap.personIds[0];
    return first === undefined ? -1 : rankInTierOf(index, first);
  };
  const keyed = gaps.map((gap) => ({
    gap,
    key: [
      rankOf(GAP_SEVERITIES, gap.severity),
      tierRank(gap),
      rankOf(GAP_KINDS, gap.kind),
      personRank(gap),
    ],
  }));
  // Only links below target can share a key (one person, two such links); their ids settle it.
  keyed.sort((p, q) => {
    const at = p.key.findIndex((value, i) => value !== q.key[i]);
    if (at >= 0) return (p.key[at] ?? 0) - (q.key[at] ?? 0);
    return p.gap.id < q.gap.id ? -1 : p.gap.id > q.gap.id ? 1 : 0;
  });
  return keyed.map(({ gap }) => gap);
}

export function gapsFromIndex(index: TierIndex): Gap[] {
  // Appended one by one: spreading thousands of unpaired gaps into push() can overflow the stack.
  const gaps: Gap[] = [];
  for (const lane of index.lanes) {
    const gap = tierGap(index, lane);
    if (gap) gaps.push(gap);
    addUnpairedGaps(index, lane, gaps);
  }
  addBelowTargetGaps(index, gaps);
  addConcentrationGaps(index, gaps);
  return sortGaps(index, gaps);
}

/**
 * Every gap in the alliance coverage, most severe first, then by tier, kind and the
 * people's roster order. Only cross-organisation relationships count; dangling
 * relationships and people in unknown tiers are ignored.
 */
export function findGaps(map: PeerMap): Gap[] {
  return gapsFromIndex(buildTierIndex(map));
}

/** Everything the UI shows about gaps, from a single indexing pass, for every edit. */
export function analyseMap(map: PeerMap): MapAnalysis {
  const index = buildTierIndex(map);
  const gaps = gapsFromIndex(index);
  const unpairedIds = new Set<string>();
  for (const gap of gaps) {
    if (gap.kind === "unpaired") for (const id of gap.personIds) unpairedIds.add(id);
  }
  return {
    gaps,
    coverage: coverageFromIndex(index),
    peopleCoverage: peopleCoverageFromIndex(index),
    tiers: tierStatesFromIndex(index),
    suggestions: suggestionsFromIndex(index),
    unpairedIds,
  };
}
