/**
 * The routes of a few maps, recorded before the routing was made faster: a change meant only
 * to speed it up must draw every line exactly as before (path data, label point, crowding).
 * Small maps are recorded in full; the bench maps one short digest per line (the whole paths
 * would be a quarter of a megabyte). A deliberate change of the rule re-records the fixture:
 * `UPDATE_ROUTES=1 npx vitest run test/unit/design/routingGolden.test.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gutterOf, linksOf, type RouteCard, routeLinks } from "../../../src/design/routing";
import { analyseMap } from "../../../src/domain/gaps";
import { canvasPosition, computeLayout } from "../../../src/domain/layout";
import type { PeerMap } from "../../../src/domain/model";
import { sampleAlliance } from "../../../src/domain/sampleAlliance";
import { GRAPHS, generateMap, mulberry32 } from "../../bench/generate";

const FIXTURE = new URL("../../fixtures/routes-golden.json", import.meta.url);

type Recorded = Record<string, string>;

/** One line as text: its path, label point (every digit) and whether it is crowded. */
const asText = (d: string, label: { x: number; y: number }, crowded: boolean) =>
  `${d}|${label.x},${label.y}|${crowded ? "crowded" : ""}`;

/** FNV-1a, 32 bits: enough to tell a changed line from the one recorded. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * The map's routes. `jitter` moves every card up to that many px each way (seeded), as cards
 * dragged anywhere in their cell are: the rule's best-effort branches run then.
 */
function routesOf(map: PeerMap, jitter = 0, seed = 1): Recorded {
  const layout = computeLayout(map);
  const random = mulberry32(seed);
  const cards = new Map<string, RouteCard>();
  for (const person of map.people) {
    const at = canvasPosition(layout, person);
    if (!at) continue;
    const shift = () => Math.round((random() * 2 - 1) * jitter * 10) / 10;
    cards.set(person.id, { x: at.x + shift(), y: at.y + shift(), org: person.org });
  }
  const links = linksOf(map.relationships, analyseMap(map).suggestions);
  const recorded: Recorded = {};
  for (const [id, route] of routeLinks(gutterOf(layout), cards, links))
    recorded[id] = asText(route.d, route.label, route.crowded);
  return recorded;
}

const digests = (routes: Recorded): Recorded =>
  Object.fromEntries(Object.entries(routes).map(([id, text]) => [id, digest(text)]));

/** The sample with ids by position: its own are random, and ties between lines go by id. */
function withStableIds(map: PeerMap): PeerMap {
  const ids = new Map(map.people.map((p, i) => [p.id, `p${i}`]));
  const id = (old: string) => ids.get(old) ?? old;
  return {
    ...map,
    people: map.people.map((p) => ({ ...p, id: id(p.id) })),
    relationships: map.relationships.map((r, i) => ({
      ...r,
      id: `r${i}`,
      source: id(r.source),
      target: id(r.target),
    })),
  };
}

const alliance = withStableIds(sampleAlliance("2024-05-14T09:00:00.000Z"));
const CASES: Record<string, () => Recorded> = {
  "sample alliance": () => routesOf(alliance),
  "sample alliance, cards moved in their cells": () => routesOf(alliance, 40, 7),
  "workshop bench map": () => routesOf(generateMap(GRAPHS.workshop)),
  "workshop bench map, cards moved in their cells": () =>
    routesOf(generateMap(GRAPHS.workshop), 60, 11),
  "medium bench map": () => digests(routesOf(generateMap(GRAPHS.medium))),
  "medium bench map, cards moved in their cells": () =>
    digests(routesOf(generateMap(GRAPHS.medium), 30, 3)),
  "large bench map": () => digests(routesOf(generateMap(GRAPHS.large))),
};

if (process.env.UPDATE_ROUTES) {
  const all = Object.fromEntries(Object.entries(CASES).map(([name, routes]) => [name, routes()]));
  writeFileSync(FIXTURE, `${JSON.stringify(all, null, 1)}\n`);
}

const golden = JSON.parse(readFileSync(FIXTURE, "utf8")) as Record<string, Recorded>;

describe("routes drawn exactly as recorded", () => {
  for (const [name, routes] of Object.entries(CASES))
    it(name, () => {
      const expected = golden[name];
      expect(expected && Object.keys(expected).length).toBeGreaterThan(0);
      expect(routes()).toEqual(expected);
    });
});
