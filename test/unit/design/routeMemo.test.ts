import { describe, expect, it } from "vitest";
import { memoisedRouting } from "../../../src/design/routeMemo";
import { type RouteCard, routeLinks } from "../../../src/design/routing";

const gutter = { a: 400, b: 700 };
const cardsAt = (y: number) =>
  new Map<string, RouteCard>([
    ["p", { x: 100, y: 100, org: "a" }],
    ["q", { x: 100, y, org: "a" }],
    ["r", { x: 720, y: 100, org: "b" }],
  ]);
const links = [
  { id: "l1", source: "p", target: "r" },
  { id: "l2", source: "q", target: "r" },
];

describe("memoisedRouting", () => {
  it("hands back the very same routes when nothing they depend on changed", () => {
    const route = memoisedRouting();
    const first = route(gutter, cardsAt(300), links);
    // New but equal inputs, as the canvas builds them on a selection change.
    const again = route(
      { ...gutter },
      cardsAt(300),
      links.map((l) => ({ ...l })),
    );
    expect(again).toBe(first);
    expect(first).toEqual(routeLinks(gutter, cardsAt(300), links));
  });

  it("routes again when a card moved, a link changed or the gutter moved", () => {
    const route = memoisedRouting();
    const first = route(gutter, cardsAt(300), links);
    const moved = route(gutter, cardsAt(420), links);
    expect(moved).not.toBe(first);
    expect(moved).toEqual(routeLinks(gutter, cardsAt(420), links));
    const relinked = route(gutter, cardsAt(420), [links[0] as (typeof links)[0]]);
    expect([...relinked.keys()]).toEqual(["l1"]);
    const wider = route({ a: 380, b: 700 }, cardsAt(420), [links[0] as (typeof links)[0]]);
    expect(wider).toEqual(
      routeLinks({ a: 380, b: 700 }, cardsAt(420), [links[0] as (typeof links)[0]]),
    );
    expect(wider).not.toBe(relinked);
  });
});
