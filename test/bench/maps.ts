/**
 * The benchmark's maps: generated, checked against the app's own rules, and written out as the
 * bare page's graphs and as Peermap files for manual import.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serializeMap } from "../../src/domain/format";
import { analyseMap } from "../../src/domain/gaps";
import { CARD_HEIGHT, CARD_WIDTH, canvasPosition, computeLayout } from "../../src/domain/layout";
import type { PeerMap } from "../../src/domain/model";
import { validateMap } from "../../src/domain/validateMap";
import { GRAPHS, type GraphName, generateMap } from "./generate";
import type { Box } from "./probes";

export type Log = (text: string) => void;

/** Generates the named maps, logs their gaps, and writes them out (see the file comment). */
export function prepareMaps(
  names: readonly GraphName[],
  dirs: { bareOut: string; work: string },
  log: Log,
  raw: Record<string, unknown>,
): Map<GraphName, PeerMap> {
  const maps = new Map<GraphName, PeerMap>();
  for (const name of names) {
    const map = checked(generateMap(GRAPHS[name]));
    maps.set(name, map);
    const analysis = analyseMap(map);
    const kinds = new Map<string, number>();
    for (const gap of analysis.gaps) kinds.set(gap.kind, (kinds.get(gap.kind) ?? 0) + 1);
    const summary = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(", ");
    raw[`${name} map`] = { coverage: analysis.coverage, gaps: Object.fromEntries(kinds) };
    log(
      `${name}: ${map.people.length} people, ${map.relationships.length} relationships, ` +
        `coverage ${analysis.coverage}%, gaps: ${summary}`,
    );
  }
  mkdirSync(path.join(dirs.bareOut, "graphs"), { recursive: true });
  mkdirSync(path.join(dirs.work, "maps"), { recursive: true });
  for (const [name, map] of maps) {
    writeFileSync(
      path.join(dirs.bareOut, "graphs", `${name}.json`),
      JSON.stringify(bareGraph(map)),
    );
    writeFileSync(
      path.join(dirs.work, "maps", `${name}.peermap.json`),
      serializeMap(map, map.updatedAt),
    );
  }
  return maps;
}

export function checked(map: PeerMap): PeerMap {
  const errors = validateMap(map);
  if (errors.length > 0) {
    throw new Error(
      `generated map ${map.id} is invalid: ${errors
        .slice(0, 3)
        .map((e) => `${e.path} ${e.message}`)
        .join("; ")}`,
    );
  }
  return map;
}

/** Canvas boxes of everyone placed, as React Flow sees them (the app sets width and height). */
export function boxesOf(map: PeerMap): Box[] {
  const layout = computeLayout(map);
  return map.people.flatMap((person) => {
    const at = canvasPosition(layout, person);
    return at ? [{ id: person.id, x: at.x, y: at.y, w: CARD_WIDTH, h: CARD_HEIGHT }] : [];
  });
}

/** The bare page's graph: same positions and node size as the app, default node and edge types. */
function bareGraph(map: PeerMap) {
  const names = new Map(map.people.map((p) => [p.id, p.name]));
  return {
    nodes: boxesOf(map).map((b) => ({
      id: b.id,
      position: { x: b.x, y: b.y },
      data: { label: names.get(b.id) ?? b.id },
      width: b.w,
      height: b.h,
    })),
    edges: map.relationships.map((r) => ({ id: r.id, source: r.source, target: r.target })),
  };
}
