/**
 * The peer table's rows (peerTable.ts writes them as CSV): one row per counterpart pair,
 * grouped by tier (most senior first), with the gaps in place: the people who have no
 * counterpart, the tiers nobody links across, the weak links.
 */
import { actionLine, openActionsAbout } from "../actionLines";
import { type Gap, gapsFromIndex } from "../gaps";
import {
  type ActionSubject,
  isBelowTarget,
  isExisting,
  type PeerMap,
  type Person,
  type Relationship,
  STRENGTH_LABELS,
  type Strength,
  strengthLabel,
} from "../model";
import { type LinkSuggestion, suggestionsFromIndex } from "../suggestions";
import {
  buildTierIndex,
  personIn,
  rankInTierOf,
  type TierIndex,
  type TierLane,
} from "../tierIndex";

/** What the Gap column says. */
export const PEER_TABLE_GAPS = {
  weak: "Weak",
  missingLink: "Missing link",
  missingCounterpart: "Missing counterpart",
  unpaired: "Unpaired",
  belowTarget: "Below target",
  planned: "Planned",
} as const;

export interface PeerTableRow {
  tier: string;
  ourPerson: string;
  ourTitle: string;
  theirPerson: string;
  theirTitle: string;
  /** The tier of their person; "" when nobody of theirs is on the row. */
  theirTier: string;
  /** "1" … "5", or "" on a gap row. */
  strength: string;
  strengthLabel: string;
  /** The strength the link should reach ("4 Strong"), or "" when none is set. */
  target: string;
  lastContact: string;
  /** The relationship's own notes, never a gap's explanation. */
  notes: string;
  /** A short label to filter on ({@link PEER_TABLE_GAPS}), "" when nothing is missing. */
  gap: string;
  /** What is missing, in the gaps panel's words. */
  gapDetails: string;
  /** The open actions on the row's relationship or gap, "; " between them. */
  actions: string;
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
  index: TierIndex,
  tier: string,
  ours: Person | undefined,
  theirs: Person | undefined,
  gap: string,
  gapDetails: string,
  gapId: string,
  today: string,
): PeerTableRow {
  const our = personCells(ours);
  const their = personCells(theirs);
  return {
    tier,
    ourPerson: our.name,
    ourTitle: our.title,
    theirPerson: their.name,
    theirTitle: their.title,
    theirTier: theirs ? tierNameOf(index, theirs) : "",
    strength: "",
    strengthLabel: "",
    target: "",
    lastContact: "",
    notes: "",
    gap,
    gapDetails,
    actions: actionsText(index, { kind: "gap", id: gapId }, today),
  };
}

/** The open actions on `subject` as one cell. */
const actionsText = (index: TierIndex, subject: ActionSubject, today: string): string =>
  openActionsAbout(index.map, subject)
    .map((action) => actionLine(index.map, action, today))
    .join("; ");

const tierNameOf = (index: TierIndex, person: Person): string =>
  index.laneByTierId.get(person.tierId)?.tier.name ?? "";

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

/** The Gap and Gap details of a link's row: planned, weak, below its target, or nothing. */
function linkGap(relationship: Relationship, threshold: Strength): [string, string] {
  const target =
    relationship.targetStrength === undefined
      ? ""
      : `target ${strengthLabel(relationship.targetStrength)}`;
  if (!isExisting(relationship))
    return [PEER_TABLE_GAPS.planned, `Planned, not linked yet${target ? ` (${target})` : ""}.`];
  const now = strengthLabel(relationship.strength);
  if (relationship.strength < threshold) {
    const weak = `${now} is below the healthy ${strengthLabel(threshold)}.`;
    return [PEER_TABLE_GAPS.weak, isBelowTarget(relationship) ? `${weak} Its ${target}.` : weak];
  }
  if (isBelowTarget(relationship)) return [PEER_TABLE_GAPS.belowTarget, `${now}, ${target}.`];
  return ["", ""];
}

function linkRow(index: TierIndex, lane: TierLane, link: Link, today: string): PeerTableRow {
  const { relationship, ours, theirs } = link;
  const [gap, gapDetails] = linkGap(relationship, index.map.settings.healthyThreshold);
  const planned = !isExisting(relationship);
  return {
    tier: lane.tier.name,
    ourPerson: ours.name,
    ourTitle: ours.title ?? "",
    theirPerson: theirs.name,
    theirTitle: theirs.title ?? "",
    theirTier: tierNameOf(index, theirs),
    // A planned link has no rating yet: the strength it was drawn with means nothing.
    strength: planned ? "" : String(relationship.strength),
    strengthLabel: planned ? "" : STRENGTH_LABELS[relationship.strength],
    target:
      relationship.targetStrength === undefined ? "" : strengthLabel(relationship.targetStrength),
    lastContact: relationship.lastContact ?? "",
    notes: relationship.notes ?? "",
    gap,
    gapDetails,
    actions: actionsText(index, { kind: "relationship", id: relationship.id }, today),
  };
}

function missingLinkRows(
  index: TierIndex,
  lane: TierLane,
  gap: Gap,
  suggestions: readonly LinkSuggestion[],
  today: string,
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
      gapRow(
        index,
        name,
        ours,
        theirs,
        PEER_TABLE_GAPS.missingLink,
        `Not linked yet. ${gap.message}`,
        gap.id,
        today,
      ),
    );
  }
  for (const person of lane.people) {
    if (paired.has(person.id)) continue;
    const [ours, theirs] = person.org === "a" ? [person, undefined] : [undefined, person];
    rows.push(
      gapRow(index, name, ours, theirs, PEER_TABLE_GAPS.missingLink, gap.message, gap.id, today),
    );
  }
  return rows;
}

interface Analysis {
  gaps: readonly Gap[];
  suggestions: readonly LinkSuggestion[];
  /** YYYY-MM-DD, to mark overdue actions. */
  today: string;
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
        if (person)
          rows.push(
            gapRow(index, name, ...side(person), label, gap.message, gap.id, analysis.today),
          );
      }
    } else if (gap.kind === "missing-peer-link") {
      rows.push(...missingLinkRows(index, lane, gap, analysis.suggestions, analysis.today));
    }
  }
  return rows;
}

/**
 * Every row of the peer table. Under each tier: its cross-organisation relationships (those
 * whose other end sits in another tier are listed under our person's tier, their tier in its
 * own column), rated
 * below the healthy threshold = "Weak"; then its unpaired people, the missing links (with the
 * pairing the canvas suggests) and missing counterparts, with "—" for the absent side.
 */
export function peerTableRows(map: PeerMap, today = ""): PeerTableRow[] {
  const index = buildTierIndex(map);
  const analysis = {
    gaps: gapsFromIndex(index),
    suggestions: suggestionsFromIndex(index),
    today,
  };
  const links = linksByOurTier(index);
  const rows: PeerTableRow[] = [];
  for (const lane of index.lanes) {
    for (const link of links.get(lane.tier.id) ?? []) rows.push(linkRow(index, lane, link, today));
    rows.push(...gapRows(index, lane, analysis));
  }
  return rows;
}
