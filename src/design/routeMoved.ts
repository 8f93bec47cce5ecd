/**
 * While cards are dragged, only their lines follow them: routing every line of a large map
 * on every frame of a drag took longer than the frame. Their lines are routed together with
 * every line of the cards at their other ends, so those ends keep their places in their cards'
 * fans; the other lines keep where they were (a line sharing a channel with a dragged one may
 * overlap it for a moment) until the drop changes the map and the whole map is routed again.
 */
import { LEVEL_REACH } from "./routeEnds";
import { type Gutter, type Route, type RouteCard, type RouteLink, routeLinks } from "./routing";

/**
 * The cards routing `links` reads: their ends, and each card of an end's organisation level
 * with it (`LEVEL_REACH`), which decides whether that end is behind another card
 * (`cardsBehind`). Routing with these alone gives the routes routing with every card gives,
 * without sorting every card of a big map on each drag frame.
 */
export function cardsRoutingReads(
  cards: ReadonlyMap<string, RouteCard>,
  links: readonly RouteLink[],
): Map<string, RouteCard> {
  const read = new Map<string, RouteCard>();
  for (const { source, target } of links)
    for (const id of [source, target]) {
      const card = cards.get(id);
      if (card) read.set(id, card);
    }
  const levels = { a: [] as number[], b: [] as number[] };
  for (const card of read.values()) levels[card.org].push(card.y);
  for (const list of Object.values(levels)) list.sort((p, q) => p - q);
  for (const [id, card] of cards) {
    if (read.has(id)) continue;
    const ys = levels[card.org];
    // The first end not above this card's reach; level with it if within a card's height.
    let low = 0;
    let high = ys.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((ys[mid] as number) <= card.y - LEVEL_REACH) low = mid + 1;
      else high = mid;
    }
    if (low < ys.length && (ys[low] as number) < card.y + LEVEL_REACH) read.set(id, card);
  }
  return read;
}

/** The routes of the lines touching `moved`, the cards where they are now; no other line. */
export function routeMoved(
  gutter: Gutter,
  cards: ReadonlyMap<string, RouteCard>,
  links: readonly RouteLink[],
  moved: ReadonlySet<string>,
): Map<string, Route> {
  const touches = (link: RouteLink) => moved.has(link.source) || moved.has(link.target);
  const near = new Set(moved);
  for (const link of links)
    if (touches(link)) {
      near.add(link.source);
      near.add(link.target);
    }
  // In the map's order, so lines tied in a fan keep the order the full routing gives them.
  const nearby = links.filter((link) => near.has(link.source) || near.has(link.target));
  const routes = routeLinks(gutter, cardsRoutingReads(cards, nearby), nearby);
  for (const link of nearby) if (!touches(link)) routes.delete(link.id);
  return routes;
}
