import { describe, expect, it } from "vitest";
import { createFlowProjector } from "../../../src/canvas/flowProjector";
import { lookChanges, onlyLookChanged } from "../../../src/canvas/lineLooks";
import type { GhostEdge, PeerEdge } from "../../../src/canvas/toFlow";
import { analyseMap } from "../../../src/domain/gaps";
import { computeLayout } from "../../../src/domain/layout";
import { updateRelationships } from "../../../src/domain/linkEdits";
import type { PeerMap } from "../../../src/domain/model";
import { EMPTY_SELECTION, type Selection } from "../../../src/store/selection";
import { GRAPHS, generateMap } from "../../bench/generate";

const map = generateMap(GRAPHS.medium);
const layout = computeLayout(map);
const projected = (m: PeerMap, selection: Selection = EMPTY_SELECTION) => ({
  map: m,
  analysis: analyseMap(m),
  layout,
  selection,
});

/** The lines the canvas hands React Flow for the map, then for `m` (unchanged ones kept). */
function linesThen(m: PeerMap, selection?: Selection): [PeerEdge[], PeerEdge[]] {
  const project = createFlowProjector();
  return [project(projected(map)).edges, project(projected(m, selection)).edges];
}
const changesTo = (m: PeerMap, selection?: Selection) => lookChanges(...linesThen(m, selection));

/** A line that is neither weakest nor strongest, so it can be rated either way. */
const middling = map.relationships.find((r) => r.strength === 3 && !r.planned);

function edited(changes: Parameters<typeof updateRelationships>[2]): PeerMap {
  if (!middling) throw new Error("the medium map has a link rated 3");
  const result = updateRelationships(map, [middling.id], changes);
  if (!result.ok) throw new Error(result.reason);
  return result.map;
}

describe("a change of look, which React Flow is not handed", () => {
  it("a re-rating changes exactly that line's look, and the new look is the new line", () => {
    const changes = changesTo(edited({ strength: 5 }));
    expect([...(changes?.keys() ?? [])]).toEqual([middling?.id]);
    const line = changes?.get(middling?.id ?? "");
    expect(line?.data).toMatchObject({ strength: 5 });
    expect(line?.ariaLabel).toMatch(/: 5 /);
  });

  it("a target or a planned flag is a look too", () => {
    for (const changes of [{ targetStrength: 5 as const }, { planned: true }]) {
      expect([...(changesTo(edited(changes))?.keys() ?? [])]).toEqual([middling?.id]);
    }
  });

  it("the same lines are no change at all", () => {
    expect(changesTo(map)?.size).toBe(0);
  });

  it("a selection, a removed line or a moved card is more than a look", () => {
    expect(changesTo(map, { ...EMPTY_SELECTION, relationships: [middling?.id ?? ""] })).toBe(
      undefined,
    );
    const [lines] = linesThen(map);
    expect(lookChanges(lines, lines.slice(1))).toBeUndefined();
    const mover = map.people.find((p) => p.id === middling?.source);
    const moved: PeerMap = {
      ...map,
      people: map.people.map((p) =>
        p === mover && p.position ? { ...p, position: { ...p.position, x: p.position.x + 1 } } : p,
      ),
    };
    expect(changesTo(moved)).toBeUndefined();
  });

  it("only a relationship's look can wait; a suggested link cannot", () => {
    const line = linesThen(map)[0].find((e) => e.type === "relationship") as PeerEdge;
    const ghost: GhostEdge = {
      id: "ghost",
      type: "ghost",
      source: line.source,
      target: line.target,
      data: {
        tierId: "t",
        sourceName: "A",
        targetName: "B",
        path: "M0 0",
        box: { x: 0, y: 0, width: 0, height: 0 },
        labelX: 0,
        labelY: 0,
      },
    };
    expect(onlyLookChanged(ghost, { ...ghost, ariaLabel: "another name" })).toBe(false);
    expect(onlyLookChanged(line, { ...line, ariaLabel: "another name" })).toBe(true);
    expect(onlyLookChanged(line, { ...line, className: "is-dimmed" })).toBe(false);
  });
});
