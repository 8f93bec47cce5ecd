/**
 * Routing depends only on the gutter, where the cards are and which links there are. The
 * canvas recomputes its view on every selection or focus change, which moves nothing: a memo
 * of the last call hands back the same routes then instead of routing the whole map again.
 */
import { sameItems } from "../domain/equality";
import { type Gutter, type Route, type RouteCard, type RouteLink, routeLinks } from "./routing";

type Key = (string | number)[];

/** Everything the routes depend on, flattened, so two calls compare in one cheap pass. */
function keyOf(gutter: Gutter, cards: ReadonlyMap<string, RouteCard>, links: readonly RouteLink[]) {
  const key: Key = [gutter.a, gutter.b, cards.size];
  for (const [id, c] of cards) key.push(id, c.x, c.y, c.org);
  for (const l of links) key.push(l.id, l.source, l.target);
  return key;
}

/** `routeLinks` that returns the previous call's routes (the same object) for the same input. */
export function memoisedRouting(): typeof routeLinks {
  let last: { key: Key; routes: Map<string, Route> } | undefined;
  return (gutter, cards, links) => {
    const key = keyOf(gutter, cards, links);
    if (last && sameItems(last.key, key)) return last.routes;
    last = { key, routes: routeLinks(gutter, cards, links) };
    return last.routes;
  };
}
