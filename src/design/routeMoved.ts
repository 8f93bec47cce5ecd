/**
 * While cards are dragged, only their lines follow them: routing every line of a large map
 * on every frame of a drag took longer than the frame. Their lines are routed together with
 * every line of the cards at their other ends, so those ends keep their places in their cards'
 * fans; the other lines keep where they were (a line sharing a channel with a dragged one may
 * overlap it for a moment) until the drop changes the map and the whole map is routed again.
 */
import { type Gutter, type Route, type RouteCard, type RouteLink, routeLinks } from "./routing";

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
  const routes = routeLinks(gutter, cards, nearby);
  for (const link of nearby) if (!touches(link)) routes.delete(link.id);
  return routes;
}
