/**
 * The canvas's projector: toFlow, handing back the previous call's node and edge objects when
 * nothing they show changed, so React Flow (which compares by identity) re-renders only what
 * moved.
 */
import { sameItems, sameValue } from "../domain/equality";
import { createFlowMemo } from "./flowMemo";
import { type Flow, type FlowInput, type PeerEdge, type PersonNode, toFlow } from "./toFlow";

/**
 * Whether the new node or edge looks like the old one: every field, whatever it is called
 * (a field added to nodes or edges later is never overlooked). Records inside, such as
 * `data.person`, are the document's own objects, so unchanged ones compare by identity.
 */
const sameLook = (a: PersonNode | PeerEdge, b: PersonNode | PeerEdge): boolean => sameValue(a, b);

/** toFlow that hands back last call's objects for everything that looks the same. */
export function createFlowProjector(): (input: FlowInput) => Flow {
  let previous: Flow = { nodes: [], edges: [] };
  let previousNodes = new Map<string, PersonNode>();
  let previousEdges = new Map<string, PeerEdge>();
  const memo = { cards: createFlowMemo(), links: createFlowMemo(), routed: createFlowMemo() };
  return (input) => {
    const flow = toFlow(input, memo);
    for (const round of Object.values(memo)) round.nextRound();
    // Unchanged lists keep their identity too: React Flow then skips taking them in again (a
    // re-rating changes one line and no card, and a new card list cost every card a look).
    const nodes = keptList(
      previous.nodes,
      flow.nodes.map((n) => {
        const old = previousNodes.get(n.id);
        return old && sameLook(old, n) ? old : n;
      }),
    );
    const edges = keptList(
      previous.edges,
      flow.edges.map((e) => {
        const old = previousEdges.get(e.id);
        return old && sameLook(old, e) ? old : e;
      }),
    );
    if (nodes !== previous.nodes) previousNodes = new Map(nodes.map((n) => [n.id, n]));
    if (edges !== previous.edges) previousEdges = new Map(edges.map((e) => [e.id, e]));
    previous = { nodes, edges };
    return previous;
  };
}

/** `before` when `after` holds the same objects in the same order, else `after`. */
const keptList = <T>(before: T[], after: T[]): T[] => (sameItems(before, after) ? before : after);
