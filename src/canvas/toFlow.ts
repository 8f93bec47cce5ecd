/**
 * The React Flow view of a map: nodes and edges derived from the document, never stored
 * beside it (flowProjector.ts keeps the previous call's objects where nothing they show changed).
 */
import type { Edge, Node } from "@xyflow/react";
import { handlesFor } from "../design/geometry";
import { ghostLinkId } from "../design/routing";
import { lineLabel, STRENGTH_STYLES } from "../design/strokes";
import type { MapAnalysis } from "../domain/gaps";
import { type CanvasLayout, canvasPosition } from "../domain/layout";
import type { PeerMap, Person, Position, Relationship, Strength } from "../domain/model";
import { removedLinkId } from "../domain/report/changeSentences";
import type { Lit } from "../domain/spotlight";
import type { Selection } from "../store/selection";
import { fixedCardSize } from "./cardSize";
import { type FlowComparison, type LinkChange, leftNode, linkChange } from "./compareFlow";
import { type FlowMemo, NO_MEMO } from "./flowMemo";
import { type RoutedData, routeEdges, UNROUTED } from "./flowRoutes";

export type { RoutedData } from "./flowRoutes";

export interface PersonNodeData extends Record<string, unknown> {
  person: Person;
  tierName: string;
  orgName: string;
  color: string;
  unpaired: boolean;
  /** Comparing: this person joined since the earlier map. */
  joined?: boolean;
  /** Comparing: this person left since; a faint card where they were, not on the map. */
  left?: boolean;
}

export interface RelationshipEdgeData extends RoutedData, Record<string, unknown> {
  strength: Strength;
  targetStrength?: Strength;
  planned: boolean;
  internal: boolean;
  sourceName: string;
  targetName: string;
  /** Comparing: how this link changed since the earlier map, and its earlier strength. */
  change?: LinkChange;
  was?: Strength;
}

export interface GhostEdgeData extends RoutedData, Record<string, unknown> {
  tierId: string;
  sourceName: string;
  targetName: string;
}

export type PersonNode = Node<PersonNodeData, "person">;
export type RelationshipEdge = Edge<RelationshipEdgeData, "relationship">;
export type GhostEdge = Edge<GhostEdgeData, "ghost">;
export type PeerEdge = RelationshipEdge | GhostEdge;

export interface FlowInput {
  map: PeerMap;
  analysis: MapAnalysis;
  layout: CanvasLayout;
  selection: Selection;
  /** What stays bright under the focus; everything else is dimmed. Absent: no focus. */
  lit?: Lit;
  /** Comparing with an earlier map: what to mark. Absent: not comparing. */
  comparison?: FlowComparison;
}

export interface Flow {
  nodes: PersonNode[];
  edges: PeerEdge[];
}

const personLabel = (person: Person, orgName: string, tierName = "", unpaired = false): string =>
  [person.name, person.title, orgName, tierName, unpaired ? "no counterpart link yet" : ""]
    .filter(Boolean)
    .join(", ");

/** The class a dimmed card or line gets (the canvas styles it only while focusing). */
export const DIMMED_CLASS = "is-dimmed";
const dimmed = (isLit: boolean | undefined) =>
  isLit === false ? { className: DIMMED_CLASS } : undefined;

/** Everything a card shows beyond its person and place. */
interface CardFacts {
  tierName: string;
  org: { name: string; color: string };
  unpaired: boolean;
  selected: boolean;
  lit: boolean | undefined;
  joined: boolean;
}

function personNode(person: Person, at: Position, facts: CardFacts): PersonNode {
  const { tierName, org, unpaired, selected, lit, joined } = facts;
  return {
    id: person.id,
    type: "person",
    position: at,
    ...fixedCardSize(),
    selected,
    data: {
      person,
      tierName,
      orgName: org.name,
      color: org.color,
      unpaired,
      ...(joined && { joined: true }),
    },
    ariaLabel: personLabel(person, org.name, tierName, unpaired),
    domAttributes: unpaired ? { "data-gap": "unpaired" } : undefined,
    ...dimmed(lit),
  } as PersonNode;
}

/**
 * The map as React Flow nodes and edges. `memo` (the projector's) hands back last time's card
 * or line wherever everything it is built from is the same.
 */
export function toFlow(
  { map, analysis, layout, selection, lit, comparison }: FlowInput,
  memo: { cards: FlowMemo; links: FlowMemo; routed: FlowMemo } = {
    cards: NO_MEMO,
    links: NO_MEMO,
    routed: NO_MEMO,
  },
): Flow {
  const tierNames = new Map(map.tiers.map((t) => [t.id, t.name]));
  const selectedPeople = new Set(selection.people);
  const selectedRelationships = new Set(selection.relationships);
  const placed = new Map<string, { person: Person; x: number; y: number }>();
  const nodes: PersonNode[] = [];
  for (const person of map.people) {
    const at = canvasPosition(layout, person);
    if (!at) continue;
    placed.set(person.id, { person, ...at });
    const facts: CardFacts = {
      tierName: tierNames.get(person.tierId) ?? "",
      org: map.orgs[person.org],
      unpaired: analysis.unpairedIds.has(person.id),
      selected: selectedPeople.has(person.id),
      lit: lit?.people.has(person.id),
      joined: comparison?.joined.has(person.id) === true,
    };
    const { tierName, org, unpaired, selected, joined } = facts;
    nodes.push(
      memo.cards.keep(
        person.id,
        [person, at.x, at.y, tierName, org.name, org.color, unpaired, selected, facts.lit, joined],
        () => personNode(person, at, facts),
      ),
    );
  }
  for (const ghost of comparison?.left ?? []) {
    const at = canvasPosition(layout, ghost.person);
    if (!at) continue;
    placed.set(ghost.person.id, { person: ghost.person, ...at });
    nodes.push(leftNode(ghost, at));
  }
  const edges: PeerEdge[] = [];
  const edgeBetween = (from: string, to: string) => {
    const a = placed.get(from);
    const b = placed.get(to);
    return a && b ? { a, b, ...handlesFor(a, b) } : undefined;
  };
  for (const r of map.relationships) {
    const ends = edgeBetween(r.source, r.target);
    const isLit = lit?.relationships.has(r.id);
    const changed = linkChange(r, comparison);
    const selected = selectedRelationships.has(r.id);
    const inputs: unknown[] = [
      r,
      ends?.a.person,
      ends?.b.person,
      ends?.sourceHandle,
      ends?.targetHandle,
      selected,
      isLit,
      changed.change,
      changed.was,
    ];
    edges.push(
      ...memo.links.keep(r.id, inputs, () =>
        relationshipEdge(r, ends, selectedRelationships, isLit, changed),
      ),
    );
  }
  // Removed links are drawn where they were, ending on the faint card of anyone who left.
  for (const r of comparison?.removed ?? [])
    edges.push(
      ...relationshipEdge(
        { ...r, id: removedLinkId(r.id) },
        edgeBetween(r.source, r.target),
        selectedRelationships,
        undefined,
        { change: "removed" },
      ),
    );
  for (const s of analysis.suggestions) {
    const ends = edgeBetween(s.source, s.target);
    if (!ends) continue;
    edges.push({
      id: ghostLinkId(s),
      type: "ghost",
      source: s.source,
      target: s.target,
      sourceHandle: ends.sourceHandle,
      targetHandle: ends.targetHandle,
      selectable: false,
      focusable: false,
      ariaLabel: `Suggested missing link: ${ends.a.person.name} and ${ends.b.person.name}. Click to add it.`,
      data: {
        tierId: s.tierId,
        sourceName: ends.a.person.name,
        targetName: ends.b.person.name,
        ...UNROUTED,
      },
      // A suggestion stays bright only between two people in the light.
      ...dimmed(lit?.people.has(s.source) && lit.people.has(s.target)),
    });
  }
  return { nodes, edges: routeEdges(nodes, edges, layout, memo.routed) };
}

type Changed = { change?: LinkChange; was?: Strength };

function relationshipEdge(
  r: Relationship,
  ends:
    | { a: { person: Person }; b: { person: Person }; sourceHandle: string; targetHandle: string }
    | undefined,
  selected: Set<string>,
  isLit: boolean | undefined,
  changed: Changed = {},
): RelationshipEdge[] {
  if (!ends) return [];
  const internal: boolean = ends.a.person.org === ends.b.person.org;
  const names = `${ends.a.person.name} and ${ends.b.person.name}`;
  return [
    {
      id: r.id,
      type: "relationship",
      source: r.source,
      target: r.target,
      sourceHandle: ends.sourceHandle,
      targetHandle: ends.targetHandle,
      selected: selected.has(r.id),
      ariaLabel: edgeLabel(names, r, internal, changed),
      data: {
        strength: r.strength,
        ...(r.targetStrength !== undefined && { targetStrength: r.targetStrength }),
        planned: r.planned === true,
        internal,
        sourceName: ends.a.person.name,
        targetName: ends.b.person.name,
        ...changed,
        ...UNROUTED,
      },
      ...dimmed(isLit),
    },
  ];
}

/** A line's accessible name: who, how strong, and, comparing, how it changed. */
function edgeLabel(
  names: string,
  link: Pick<Relationship, "strength" | "targetStrength" | "planned">,
  internal: boolean,
  changed: Changed,
): string {
  const { strength } = link;
  const rated = `${names}: ${lineLabel(link)}${internal ? " (internal)" : ""}`;
  const { change, was } = changed;
  if (change === "added") return `New link: ${rated}`;
  if (change === "removed") return `Removed link: ${names}, was ${STRENGTH_STYLES[strength].label}`;
  if (change && was !== undefined) return `${rated}, ${change}, was ${STRENGTH_STYLES[was].label}`;
  return rated;
}
