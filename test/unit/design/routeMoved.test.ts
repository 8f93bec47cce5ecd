import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardsBehind } from "../../../src/design/routeEnds";
import { cardsRoutingReads, routeMoved } from "../../../src/design/routeMoved";
import { gutterOf, type RouteCard, type RouteLink, routeLinks } from "../../../src/design/routing";
import { canvasPosition, computeLayout } from "../../../src/domain/layout";
import { GRAPHS, generateMap } from "../../bench/generate";

const map = generateMap(GRAPHS.medium);
const layout = computeLayout(map);
const gutter = gutterOf(layout);
const placed = new Map<string, RouteCard>(
  map.people.flatMap((p) => {
    const at = canvasPosition(layout, p);
    return at ? [[p.id, { org: p.org, ...at }] as const] : [];
  }),
);
const links: RouteLink[] = map.relationships.map(({ id, source, target }) => ({
  id,
  source,
  target,
}));
const ids = [...placed.keys()];

/** The routes of the lines touching `moved` as routing every card gives them. */
function routedWithEveryCard(cards: ReadonlyMap<string, RouteCard>, moved: ReadonlySet<string>) {
  const touches = (l: RouteLink) => moved.has(l.source) || moved.has(l.target);
  const near = new Set(moved);
  for (const l of links.filter(touches)) near.add(l.source).add(l.target);
  const nearby = links.filter((l) => near.has(l.source) || near.has(l.target));
  const routes = routeLinks(gutter, cards, nearby);
  for (const l of nearby) if (!touches(l)) routes.delete(l.id);
  return routes;
}

/** Some cards moved by an offset, as a drag frame has them. */
const aDragFrame = fc
  .record({
    picks: fc.uniqueArray(fc.nat(ids.length - 1), { minLength: 1, maxLength: 3 }),
    dx: fc.integer({ min: -400, max: 400 }),
    dy: fc.integer({ min: -300, max: 300 }),
  })
  .map(({ picks, dx, dy }) => {
    const moved = new Set(picks.map((i) => ids[i] as string));
    const cards = new Map(placed);
    for (const id of moved) {
      const card = placed.get(id) as RouteCard;
      cards.set(id, { ...card, x: card.x + dx, y: card.y + dy });
    }
    return { moved, cards };
  });

describe("routeMoved", () => {
  it("routes a drag frame's lines as routing with every card would", () => {
    fc.assert(
      fc.property(aDragFrame, ({ moved, cards }) => {
        expect(routeMoved(gutter, cards, links, moved)).toEqual(routedWithEveryCard(cards, moved));
      }),
      { numRuns: 40 },
    );
  });
});

describe("cardsRoutingReads", () => {
  it("keeps every end, and finds the same ends behind another card as every card does", () => {
    fc.assert(
      fc.property(aDragFrame, ({ moved, cards }) => {
        const nearby = links.filter((l) => moved.has(l.source) || moved.has(l.target));
        const read = cardsRoutingReads(cards, nearby);
        const ends = new Set(nearby.flatMap((l) => [l.source, l.target]));
        for (const id of ends) expect(read.get(id)).toBe(cards.get(id));
        const [all, few] = [cardsBehind(cards), cardsBehind(read)];
        for (const id of ends) expect(few.has(id)).toBe(all.has(id));
      }),
      { numRuns: 60 },
    );
  });

  it("leaves out the cards level with no end", () => {
    const hub = links[0] as RouteLink;
    const read = cardsRoutingReads(placed, [hub]);
    expect(read.size).toBeGreaterThanOrEqual(2);
    expect(read.size).toBeLessThan(placed.size / 4);
  });
});
