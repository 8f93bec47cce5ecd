/**
 * Where the canvas's lines run: the routing (src/design/routing.ts) put on the edges, and
 * during a drag the routes of the dragged cards' lines alone.
 */
import type { Box } from "../design/lineHits";
import { memoisedRouting } from "../design/routeMemo";
import { routeMoved } from "../design/routeMoved";
import { gutterOf, type Route, type RouteCard } from "../design/routing";
import type { CanvasLayout } from "../domain/layout";
import { type FlowMemo, NO_MEMO } from "./flowMemo";
import type { PeerEdge, PersonNode } from "./toFlow";

/** Where an edge's line runs (src/design/routing.ts): the path and the hover label's point. */
export interface RoutedData {
  path: string;
  /** Holds the whole path. */
  box: Box;
  labelX: number;
  labelY: number;
}

/** One memo for the canvas: a selection or focus change moves no card, so it reroutes nothing. */
const routeLinks = memoisedRouting();

export const UNROUTED: RoutedData = {
  path: "",
  box: { x: 0, y: 0, width: 0, height: 0 },
  labelX: 0,
  labelY: 0,
};

// Per node object: a drag frame hands every card but the dragged ones over unchanged.
const routeCards = new WeakMap<PersonNode, RouteCard>();
const cardOf = (n: PersonNode): RouteCard => {
  let card = routeCards.get(n);
  if (!card) {
    card = { x: n.position.x, y: n.position.y, org: n.data.person.org };
    routeCards.set(n, card);
  }
  return card;
};

const cardsOf = (nodes: readonly PersonNode[]) =>
  new Map<string, RouteCard>(nodes.map((n) => [n.id, cardOf(n)]));

/** A route as an edge carries it. */
const routedData = (route: Route): RoutedData => ({
  path: route.d,
  box: route.box,
  labelX: route.label.x,
  labelY: route.label.y,
});

/** The edges with these routes; only edges whose line moved are new objects. */
function withRoutes(
  edges: readonly PeerEdge[],
  routes: ReadonlyMap<string, Route>,
  memo: FlowMemo,
): PeerEdge[] {
  return edges.map((edge) => {
    const route = routes.get(edge.id);
    if (!route || !edge.data || route.d === edge.data.path) return edge;
    return memo.keep(
      edge.id,
      [edge, route],
      () => ({ ...edge, data: { ...edge.data, ...routedData(route) } }) as PeerEdge,
    );
  });
}

/**
 * The edges with their lines routed around the cards where the nodes are now. Only edges
 * whose line moved are new objects, so React Flow redraws only those.
 */
export function routeEdges(
  nodes: readonly PersonNode[],
  edges: readonly PeerEdge[],
  layout: CanvasLayout,
  memo: FlowMemo = NO_MEMO,
): PeerEdge[] {
  return withRoutes(edges, routeLinks(gutterOf(layout), cardsOf(nodes), edges), memo);
}

/**
 * During a drag, every frame: where the lines of the `moved` cards run now (see `routeMoved`),
 * and no other line.
 */
export function draggedRoutes(
  nodes: readonly PersonNode[],
  edges: readonly PeerEdge[],
  layout: CanvasLayout,
  moved: ReadonlySet<string>,
): Map<string, RoutedData> {
  const routes = new Map<string, RoutedData>();
  if (moved.size === 0) return routes;
  for (const [id, route] of routeMoved(gutterOf(layout), cardsOf(nodes), edges, moved))
    routes.set(id, routedData(route));
  return routes;
}
