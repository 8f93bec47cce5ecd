import { describe, expect, it } from "vitest";
import { STRENGTH_STYLES } from "../../../src/design/strokes";
import { analyseMap } from "../../../src/domain/gaps";
import { CARD_HEIGHT, CARD_WIDTH, computeLayout } from "../../../src/domain/layout";
import type { PeerMap } from "../../../src/domain/model";
import { boardScene, pictureScene } from "../../../src/export/picture/mapScene";
import type { PathStep, SceneStep } from "../../../src/export/picture/scene";
import { DEFAULT_PNG_OPTIONS, type PngOptions } from "../../../src/export/pngGeometry";
import { aMap } from "../builders";
import { loadFixture } from "../fixtures";
import { flat, measure, textSteps } from "./sceneSteps";

const texts = textSteps;
const paths = (steps: readonly SceneStep[]) =>
  flat(steps).filter((s): s is PathStep => s.kind === "path");

const board = (map: PeerMap, withLegend = true) =>
  boardScene(map, analyseMap(map), measure, withLegend);

const picture = (map: PeerMap, options: Partial<PngOptions> = {}) =>
  pictureScene({
    map,
    analysis: analyseMap(map),
    options: { ...DEFAULT_PNG_OPTIONS, ...options },
    date: "2026-11-23",
    measure,
  });

describe("the picture of a workshop map", () => {
  const map = loadFixture("small-workshop");
  const steps = board(map);

  it("has every placed person's name, on their card", () => {
    const layout = computeLayout(map);
    const placed = map.people.filter((p) => p.position);
    expect(placed.length).toBeGreaterThan(10);
    for (const person of placed) {
      const label = texts(steps).find((t) => t.text === person.name);
      expect(label, person.name).toBeDefined();
      const lane = layout.laneByTier.get(person.tierId);
      const cardX = layout.columns[person.org].x + (person.position?.x ?? 0);
      const cardY = (lane?.y ?? 0) + (person.position?.y ?? 0);
      expect(label?.x).toBeGreaterThan(cardX);
      expect(label?.x).toBeLessThan(cardX + CARD_WIDTH);
      expect(label?.y).toBeGreaterThan(cardY);
      expect(label?.y).toBeLessThan(cardY + CARD_HEIGHT);
    }
  });

  it("draws one line per relationship, as wide and coloured as its strength", () => {
    const placed = new Set(map.people.filter((p) => p.position).map((p) => p.id));
    const drawn = map.relationships.filter((r) => placed.has(r.source) && placed.has(r.target));
    const ghosts = analyseMap(map).suggestions.filter(
      (g) => placed.has(g.source) && placed.has(g.target),
    ).length;
    const solid = paths(steps).filter((p) => p.d.includes("C"));
    expect(drawn.length).toBeGreaterThan(5);
    expect(solid).toHaveLength(drawn.length + ghosts);
    for (const [i, r] of drawn.entries()) {
      expect(solid[i]?.stroke).toBe(STRENGTH_STYLES[r.strength].color);
      expect(solid[i]?.lineWidth).toBe(STRENGTH_STYLES[r.strength].width);
    }
  });

  it("names the organisations over their columns and the tiers beside their lanes", () => {
    const words = texts(steps).map((t) => t.text);
    expect(words).toContain(map.orgs.a.name);
    expect(words).toContain(map.orgs.b.name);
    expect(words).toContain("OUR SIDE");
    expect(words).toContain("PARTNER SIDE");
    expect(words.join(" ")).toContain("Executive");
    expect(words).toContain("LEGEND");
  });
});

describe("gaps in the picture", () => {
  const base = aMap()
    .withOrgs("Acme", "Globex")
    .withPerson("ada", { org: "a", tier: "Executive sponsor", at: { x: 464, y: 16 } })
    .withPerson("grace", { org: "b", tier: "Executive sponsor", at: { x: 16, y: 16 } })
    .withPerson("sam", { org: "a", tier: "Sales", at: { x: 464, y: 16 } });

  it("marks a person with no counterpart link with a dashed outline and a badge", () => {
    const map = base
      .withPerson("lee", { org: "b", tier: "Sales", at: { x: 16, y: 16 } })
      .withLink("ada", "grace", 4)
      .build();
    const steps = board(map, false);
    const dashedOutlines = paths(steps).filter((p) => p.dash && p.d.includes("A9 9"));
    // Sam and Lee share a tier but have no link; Ada and Grace do.
    expect(dashedOutlines).toHaveLength(2);
    const badges = flat(steps).filter((s) => s.kind === "circle" && s.stroke === "#fecaca");
    expect(badges).toHaveLength(2);
  });

  it("shows a vacant placeholder where the partner has nobody in a staffed tier", () => {
    const words = texts(board(base.build())).map((t) => t.text);
    expect(words.filter((w) => w === "VACANT")).toHaveLength(1);
    expect(words).toContain("Nobody at Globex");
  });

  it("draws suggested missing links as red hollow dashes, and internal links dotted", () => {
    const map = base.withLink("ada", "sam", 3).build();
    const lines = paths(board(map)).filter((p) => p.d.includes("C"));
    const internal = lines[0];
    expect(internal?.dash).toEqual([1, 7]);
    expect(internal?.lineCap).toBe("round");
    const ghost = lines[1];
    expect(ghost?.stroke).toBe("#dc2626");
    expect(ghost?.dash).toEqual([10, 7]);
    // Hollow: a narrower white core along the same path, inside every dash.
    const core = lines[2];
    expect(core?.d).toBe(ghost?.d);
    expect(core?.stroke).toBe("#fff");
    expect(core?.lineWidth).toBeLessThan(ghost?.lineWidth ?? 0);
    expect(core?.dash).toEqual([0, 2, 6, 9]);
  });

  it("leaves people in the roster out of the picture", () => {
    const map = base.withPerson("lee", { org: "b", tier: "Sales", name: "Roster Only" }).build();
    expect(texts(board(map)).map((t) => t.text)).not.toContain("Roster Only");
  });
});

describe("text that does not fit", () => {
  it("is shortened with an ellipsis to the width of the card", () => {
    const long = "Maximiliana Theodora Featherstonehaugh-Cholmondeley";
    const map = aMap()
      .withPerson("m", { org: "a", tier: "Sales", name: long, at: { x: 16, y: 16 } })
      .build();
    const name = texts(board(map)).find((t) => t.text.startsWith("Maximiliana"));
    expect(name?.text.endsWith("…")).toBe(true);
    expect(measure(name?.text ?? "", name?.font ?? { size: 0, weight: 0 })).toBeLessThanOrEqual(
      CARD_WIDTH - 29,
    );
  });

  it("wraps a long tier name over lines in the label band", () => {
    const map = aMap().withTiers("Partner ecosystem and channel enablement").build();
    const lines = texts(board(map)).filter((t) => t.font.size === 16 && t.x === 42);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join(" ")).toContain("Partner");
  });
});

describe("the whole picture", () => {
  const map = loadFixture("small-workshop");

  it("has a title band with the name, both organisations, the date and the coverage", () => {
    const { scene } = picture(map);
    const words = texts(scene.steps).map((t) => t.text);
    expect(words).toContain(map.name);
    expect(words.some((w) => w.includes("2026-11-23") && w.includes("Coverage"))).toBe(true);
  });

  it("leaves out the title band and legend when asked", () => {
    const words = texts(picture(map, { titleAndLegend: false }).scene.steps).map((t) => t.text);
    expect(words).not.toContain(map.name);
    expect(words).not.toContain("LEGEND");
  });

  it("is as big as the geometry says, and paints white only when asked", () => {
    const white = picture(map);
    expect(white.scene.width).toBe(white.geometry.width);
    expect(white.scene.background).toBe("#fff");
    expect(picture(map, { background: "transparent" }).scene.background).toBeUndefined();
  });

  it("keeps every step inside the picture", () => {
    const { scene } = picture(map, { slide: true });
    const group = scene.steps.find((s) => s.kind === "group");
    if (group?.kind !== "group") throw new Error("no board group");
    for (const step of flat(group.steps)) {
      if (step.kind !== "rect") continue;
      expect(group.x + step.x).toBeGreaterThanOrEqual(0);
      expect(group.y + step.y + step.height).toBeLessThanOrEqual(scene.height);
    }
  });
});
