import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ghostLinkId, gutterOf, type RouteCard, routeLinks } from "../../../src/design/routing";
import { slotPosition } from "../../../src/domain/cellPlaces";
import { analyseMap } from "../../../src/domain/gaps";
import { CARD_HEIGHT, CARD_WIDTH, canvasPosition, computeLayout } from "../../../src/domain/layout";
import type { OrgKey, PeerMap } from "../../../src/domain/model";
import { sampleAlliance } from "../../../src/domain/sampleAlliance";
import { aMap } from "../builders";
import { coincidingLines, type DrawnLink, linesUnderCards, samplePath } from "./routeChecks";

/** Every line of a map as the canvas and the picture draw it: relationships, then suggestions. */
function drawn(map: PeerMap): {
  links: (DrawnLink & { crowded: boolean })[];
  cards: (RouteCard & { id: string })[];
} {
  const layout = computeLayout(map);
  const cards = map.people.flatMap((p) => {
    const at = canvasPosition(layout, p);
    return at ? [{ id: p.id, org: p.org, ...at }] : [];
  });
  const wanted = [
    ...map.relationships,
    ...analyseMap(map).suggestions.map((s) => ({ ...s, id: ghostLinkId(s) })),
  ];
  const routes = routeLinks(
    gutterOf(layout),
    new Map(cards.map((c) => [c.id, c])),
    wanted.map(({ id, source, target }) => ({ id, source, target })),
  );
  const links = wanted.flatMap(({ id, source, target }) => {
    const route = routes.get(id);
    return route ? [{ id, source, target, d: route.d, crowded: route.crowded }] : [];
  });
  return { links, cards };
}

const TIERS = ["Executive sponsor", "Sales", "Marketing", "Technical / delivery"];

/** Cards per tier on each side, and links as [source, target, strength], ids as `a1-2`. */
interface GridMap {
  counts: [number, number][];
  links: [string, string, number][];
}

/** A map laid out on the grid: `a1-2` is the third card on our side in the second tier. */
function gridMap({ counts, links }: GridMap): PeerMap {
  let builder = aMap().withTiers(...TIERS.slice(0, counts.length));
  counts.forEach((pair, tier) => {
    pair.forEach((count, side) => {
      const org: OrgKey = side === 0 ? "a" : "b";
      for (let i = 0; i < count; i++) {
        const at = slotPosition(i, org);
        builder = builder.withPerson(`${org}${tier}-${i}`, {
          org,
          tier: TIERS[tier] as string,
          at,
        });
      }
    });
  });
  for (const [source, target, strength] of links)
    builder = builder.withLink(source, target, strength as 1 | 2 | 3 | 4 | 5);
  return builder.build();
}

/**
 * Maps laid out on the grid: up to four tiers, 0–6 cards per cell (so rows of three, a second
 * row, empty cells), links of every kind: across at the same tier, across tiers, internal.
 */
const arbGridMap = fc
  .record({
    counts: fc.array(fc.tuple(fc.nat(6), fc.nat(6)), { minLength: 2, maxLength: 4 }),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(1, 2, 3, 4, 5)), {
      maxLength: 24,
    }),
  })
  .map(({ counts, links }) => {
    const ids = counts.flatMap((pair, tier) =>
      pair.flatMap((count, side) =>
        Array.from({ length: count }, (_, i) => `${side === 0 ? "a" : "b"}${tier}-${i}`),
      ),
    );
    const seen = new Set<string>();
    const picked: [string, string, number][] = [];
    for (const [s, t, strength] of links) {
      if (ids.length < 2) break;
      const source = ids[s % ids.length] as string;
      const target = ids[t % ids.length] as string;
      const pair = [source, target].sort().join(" ");
      if (source === target || seen.has(pair)) continue;
      seen.add(pair);
      picked.push([source, target, strength]);
    }
    return gridMap({ counts, links: picked });
  });

/**
 * Maps the property below once failed on, each with what it found. Ten on the rule where every
 * S turned at the gutter's middle (about one map in 2,900): two S-curves running together
 * along their steep middles or crossing along them, and two loops both at the deepest a column
 * allowed. Three on first tries at turning lines: two that ignored how far each end ran
 * straight, and two nearly level S-curves, a track apart, moved towards each other.
 */
const COUNTEREXAMPLES = JSON.parse(
  readFileSync(new URL("../../fixtures/routing-counterexamples.json", import.meta.url), "utf8"),
) as (GridMap & { failed: string })[];

describe("routing lines on a grid-placed map", () => {
  it("never runs a line under a card that is not one of its ends", () => {
    fc.assert(
      fc.property(arbGridMap, (map) => {
        const { links, cards } = drawn(map);
        expect(linesUnderCards(links, cards)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("never lets two lines share a visible stretch, unless a channel holds more than it can", () => {
    fc.assert(
      fc.property(arbGridMap, (map) => {
        const { links, cards } = drawn(map);
        const apart = links.filter((l) => !l.crowded);
        expect(coincidingLines(apart, cards)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 15_000);

  it.each(COUNTEREXAMPLES)("keeps apart what once read: $failed", (example) => {
    const { links, cards } = drawn(gridMap(example));
    expect(links.filter((l) => l.crowded)).toEqual([]);
    expect(coincidingLines(links, cards)).toEqual([]);
    expect(linesUnderCards(links, cards)).toEqual([]);
  });

  it("starts and ends every line on its own two cards", () => {
    fc.assert(
      fc.property(arbGridMap, (map) => {
        const { links, cards } = drawn(map);
        const byId = new Map(cards.map((c) => [c.id, c]));
        for (const link of links) {
          const points = samplePath(link.d);
          for (const [end, id] of [
            [points[0], link.source],
            [points.at(-1), link.target],
          ] as const) {
            const card = byId.get(id);
            if (!end || !card) throw new Error(`${link.id} has no end at ${id}`);
            expect(end.x).toBeGreaterThanOrEqual(card.x - 0.1);
            expect(end.x).toBeLessThanOrEqual(card.x + CARD_WIDTH + 0.1);
            expect(end.y).toBeGreaterThanOrEqual(card.y - 0.1);
            expect(end.y).toBeLessThanOrEqual(card.y + CARD_HEIGHT + 0.1);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe("routing lines on the sample alliance", () => {
  const map = sampleAlliance("2024-05-14T09:00:00.000Z");
  const { links, cards } = drawn(map);
  const id = (name: string) => map.people.find((p) => p.name === name)?.id ?? name;
  const between = (a: string, b: string) => {
    const found = links.find(
      (l) =>
        (l.source === id(a) && l.target === id(b)) || (l.source === id(b) && l.target === id(a)),
    );
    if (!found) throw new Error(`No line between ${a} and ${b}`);
    return found;
  };

  it("draws every relationship and no line under another card or along another line", () => {
    expect(links.filter((l) => !l.id.startsWith("ghost:"))).toHaveLength(map.relationships.length);
    expect(linesUnderCards(links, cards)).toEqual([]);
    expect(coincidingLines(links, cards)).toEqual([]);
    expect(links.filter((l) => l.crowded)).toEqual([]);
  });

  it("keeps Sofia Alvarez's line to Ken Watanabe out from under Jordan Lee's card", () => {
    const jordan = cards.find((c) => c.id === id("Jordan Lee"));
    const sofia = between("Sofia Alvarez", "Ken Watanabe");
    const lee = between("Jordan Lee", "Ken Watanabe");
    expect(jordan).toBeDefined();
    expect(linesUnderCards([sofia], cards)).toEqual([]);
    expect(coincidingLines([sofia, lee], cards)).toEqual([]);
  });

  it("keeps Chloe Dubois–Sam Morgan apart from Amir Haddad–Elena Petrova", () => {
    const pair = [between("Chloe Dubois", "Sam Morgan"), between("Amir Haddad", "Elena Petrova")];
    expect(linesUnderCards(pair, cards)).toEqual([]);
    expect(coincidingLines(pair, cards)).toEqual([]);
  });

  it("fans Priya Nair's links out of her card at different points", () => {
    const starts = ["Tom Becker", "Lina Costa", "Marcus Okafor", "Dana Whitfield"].map((other) => {
      const link = between("Priya Nair", other);
      const points = samplePath(link.d);
      const end = link.source === id("Priya Nair") ? points[0] : points.at(-1);
      return `${Math.round(end?.x ?? 0)},${Math.round(end?.y ?? 0)}`;
    });
    expect(new Set(starts).size).toBe(starts.length);
  });
});
