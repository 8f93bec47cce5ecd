/**
 * The peer table: the map as a spreadsheet a facilitator can hand out after a workshop. One
 * row per counterpart pair, grouped by tier (most senior first), with the gaps in place: the
 * people who have no counterpart, the tiers nobody links across, the weak links.
 */
import { type Gap, gapsFromIndex } from "../gaps";
import { type PeerMap, type Person, type Relationship, STRENGTH_LABELS } from "../model";
import { type LinkSuggestion, suggestionsFromIndex } from "../suggestions";
import {
  buildTierIndex,
  personIn,
  rankInTierOf,
  type TierIndex,
  type TierLane,
} from "../tierIndex";
import { toCsv } from "./csvText";

export const PEER_TABLE_HEADERS = [
  "Tier",
  "Our person",
  "Our title",
  "Their person",
  "Their title",
  "Strength",
  "Strength label",
  "Last contact",
  "Notes",
  "Gap",
] as const;

/** What the Gap column says. */
export const PEER_TABLE_GAPS = {
  weak: "Weak",
  missingLink: "Missing link",
  missingCounterpart: "Missing counterpart",
  unpaired: "Unpaired",
} as const;

export interface PeerTableRow {
  tier: string;
  ourPerson: string;
  ourTitle: string;
  theirPerson: string;
  theirTitle: string;
  /** "1" … "5", or "" on a gap row. */
  strength: string;
  strengthLabel: string;
  lastContact: string;
  notes: string;
  gap: string;
}

/** Stands in for the person who is not there. */
export const NOBODY = "—";

interface Link {
  relationship: Relationship;
  ours: Person;
  theirs: Person;
}

const personCells = (person: Person | undefined) =>
  person ? { name: person.name, title: person.title ?? "" } : { name: NOBODY, title: "" };

function gapRow(
  tier: string,
  ours: Person | undefined,
  theirs: Person | undefined,
  gap: string,
  notes: string,
): PeerTableRow {
  const our = personCells(ours);
  const their = personCells(theirs);
  return {
    tier,
    ourPerson: our.name,
    ourTitle: our.title,
    theirPerson: their.name,
    theirTitle: their.title,
    strength: "",
    strengthLabel: "",
    lastContact: "",
    notes,
    gap,
  };
}

/** Cross-organisation links by the tier of our person (organisation a). */
function linksByOurTier(index: TierIndex): Map<string, Link[]> {
  const byTier = new Map<string, Link[]>();
  for (const relationship of index.map.relationships) {
    const source = personIn(index, relationship.source);
    const target = personIn(index, relationship.target);
    if (!source || !target || source.org === target.org) continue;
    const [ours, theirs] = source.org === "a" ? [source, target] : [target, source];
    const list = byTier.get(ours.tierId);
    const link = { relationship, ours, theirs };
    if (list) list.push(link);
    else byTier.set(ours.tierId, [link]);
  }
  const rank = (person: Person) => Math.max(rankInTierOf(index, person.id), 0);
  const tierRank = (person: Person) => index.laneByTierId.get(person.tierId)?.rank ?? 0;
  for (const links of byTier.values()) {
    links.sort(
      (p, q) =>
        rank(p.ours) - rank(q.ours) ||
        Number(p.theirs.tierId !== p.ours.tierId) - Number(q.theirs.tierId !== q.ours.tierId) ||
        tierRank(p.theirs) - tierRank(q.theirs) ||
        rank(p.theirs) - rank(q.theirs),
    );
  }
  return byTier;
}

function linkRow(index: TierIndex, lane: TierLane, link: Link): PeerTableRow {
  const { relationship, ours, theirs } = link;
  const theirTier = index.laneByTierId.get(theirs.tierId)?.tier.name ?? "";
  const crossTier = theirs.tierId !== ours.tierId;
  const healthy = relationship.strength >= index.map.settings.healthyThreshold;
  return {
    tier: crossTier ? `${lane.tier.name} (cross-tier with ${theirTier})` : lane.tier.name,
    ourPerson: ours.name,
    ourTitle: ours.title ?? "",
    theirPerson: theirs.name,
    theirTitle: theirs.title ?? "",
    strength: String(relationship.strength),
    strengthLabel: STRENGTH_LABELS[relationship.strength],
    lastContact: relationship.lastContact ?? "",
    notes: relationship.notes ?? "",
    gap: healthy ? "" : PEER_TABLE_GAPS.weak,
  };
}

function missingLinkRows(
  index: TierIndex,
  lane: TierLane,
  gap: Gap,
  suggestions: readonly LinkSuggestion[],
): PeerTableRow[] {
  const name = lane.tier.name;
  const rows: PeerTableRow[] = [];
  const paired = new Set<string>();
  for (const suggestion of suggestions) {
    if (suggestion.tierId !== lane.tier.id) continue;
    const ours = personIn(index, suggestion.source);
    const theirs = personIn(index, suggestion.target);
    paired.add(suggestion.source);
    paired.add(suggestion.target);
    rows.push(
      gapRow(name, ours, theirs, PEER_TABLE_GAPS.missingLink, `Not linked yet. ${gap.message}`),
    );
  }
  for (const person of lane.people) {
    if (paired.has(person.id)) continue;
    const [ours, theirs] = person.org === "a" ? [person, undefined] : [undefined, person];
    rows.push(gapRow(name, ours, theirs, PEER_TABLE_GAPS.missingLink, gap.message));
  }
  return rows;
}

interface Analysis {
  gaps: readonly Gap[];
  suggestions: readonly LinkSuggestion[];
}

function gapRows(index: TierIndex, lane: TierLane, analysis: Analysis): PeerTableRow[] {
  const rows: PeerTableRow[] = [];
  const gaps = analysis.gaps.filter((gap) => gap.tierId === lane.tier.id);
  // Where nobody links across the tier, the missing-link rows already list everyone.
  const noLinks = gaps.some((gap) => gap.kind === "missing-peer-link");
  const name = lane.tier.name;
  const side = (person: Person): [Person | undefined, Person | undefined] =>
    person.org === "a" ? [person, undefined] : [undefined, person];
  for (const gap of gaps) {
    if (gap.kind === "unpaired" && noLinks) continue;
    if (gap.kind === "unpaired" || gap.kind === "missing-counterpart") {
      const label =
        gap.kind === "unpaired" ? PEER_TABLE_GAPS.unpaired : PEER_TABLE_GAPS.missingCounterpart;
      for (const id of gap.personIds) {
        const person = personIn(index, id);
        if (person) rows.push(gapRow(name, ...side(person), label, gap.message));
      }
    } else if (gap.kind === "missing-peer-link") {
      rows.push(...missingLinkRows(index, lane, gap, analysis.suggestions));
    }
  }
  return rows;
}

/**
 * Every row of the peer table. Under each tier: its cross-organisation relationships (those
 * whose other end sits in another tier are listed under our person's tier and say so), rated
 * below the healthy threshold = "Weak"; then its unpaired people, the missing links (with the
 * pairing the canvas suggests) and missing counterparts, with "—" for the absent side.
 */
export function peerTableRows(map: PeerMap): PeerTableRow[] {
  const index = buildTierIndex(map);
  const analysis = { gaps: gapsFromIndex(index), suggestions: suggestionsFromIndex(index) };
  const links = linksByOurTier(index);
  const rows: PeerTableRow[] = [];
  for (const lane of index.lanes) {
    for (const link of links.get(lane.tier.id) ?? []) rows.push(linkRow(index, lane, link));
    rows.push(...gapRows(index, lane, analysis));
  }
  return rows;
}

const cells = (row: PeerTableRow): string[] => [
  row.tier,
  row.ourPerson,
  row.ourTitle,
  row.theirPerson,
  row.theirTitle,
  row.strength,
  row.strengthLabel,
  row.lastContact,
  row.notes,
  row.gap,
];

/** The peer table as CSV: the headers, then {@link peerTableRows}. */
export function peerTableCsv(map: PeerMap): string {
  return toCsv([[...PEER_TABLE_HEADERS], ...peerTableRows(map).map(cells)]);
}
