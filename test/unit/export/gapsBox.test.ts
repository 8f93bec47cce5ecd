import { describe, expect, it } from "vitest";
import { analyseMap } from "../../../src/domain/gaps";
import { gapsBoxSteps, TOP_GAPS } from "../../../src/export/picture/gapsBox";
import { pictureScene } from "../../../src/export/picture/mapScene";
import type { RectStep, SceneStep } from "../../../src/export/picture/scene";
import { DEFAULT_PNG_OPTIONS } from "../../../src/export/pngGeometry";
import { aMap } from "../builders";
import { loadFixture } from "../fixtures";
import { flat, measure, textSteps } from "./sceneSteps";

const texts = (steps: readonly SceneStep[]) => textSteps(steps).map((s) => s.text);

const SEVERITY = /^(CRITICAL|WARNING|INFO)$/;

/** The messages the box lists: the lines under each severity label, joined again. */
function listed(lines: readonly string[]): string[] {
  const messages: string[] = [];
  for (const line of lines.slice(1)) {
    if (SEVERITY.test(line)) messages.push("");
    else if (line.endsWith("gaps panel.") || line === "No gaps found.") break;
    else if (messages.length > 0)
      messages[messages.length - 1] = `${messages.at(-1)} ${line}`.trim();
  }
  return messages;
}

const BOX = { x: 1000, y: 140, width: 440, height: 2000 };

describe("gapsBoxSteps", () => {
  const map = loadFixture("small-workshop");
  const { gaps } = analyseMap(map);

  it("lists the most severe gaps first, in the gaps panel's words and order", () => {
    const lines = texts(gapsBoxSteps(BOX, gaps, measure));
    expect(gaps.length).toBe(7);
    expect(lines[0]).toBe(`Top gaps (${TOP_GAPS} of 7)`);
    expect(listed(lines)).toEqual(gaps.slice(0, TOP_GAPS).map((gap) => gap.message));
    expect(lines.filter((l) => SEVERITY.test(l))).toEqual(
      gaps.slice(0, TOP_GAPS).map((gap) => gap.severity.toUpperCase()),
    );
    expect(lines.at(-1)).toBe("1 more in Peermap's gaps panel.");
  });

  it("keeps to its box: fewer gaps in a short box, and says how many are left out", () => {
    const short = { ...BOX, height: 200 };
    const steps = gapsBoxSteps(short, gaps, measure);
    const lines = texts(steps);
    const shown = listed(lines).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(TOP_GAPS);
    expect(lines[0]).toBe(`Top gaps (${shown} of 7)`);
    expect(lines.at(-1)).toBe(`${7 - shown} more in Peermap's gaps panel.`);
    for (const step of flat(steps)) {
      if (step.kind !== "text") continue;
      expect(step.y).toBeGreaterThan(short.y);
      expect(step.y).toBeLessThan(short.y + short.height);
      expect(step.x + measure(step.text, step.font)).toBeLessThanOrEqual(short.x + short.width);
    }
    const frame = flat(steps)[0] as RectStep;
    expect(frame.height).toBeLessThanOrEqual(short.height);
  });

  it("is as tall as what it lists, and says so when there are no gaps", () => {
    const lines = texts(gapsBoxSteps(BOX, [], measure));
    expect(lines).toEqual(["Gaps", "No gaps found."]);
    const frame = flat(gapsBoxSteps(BOX, [], measure))[0] as RectStep;
    expect(frame.height).toBeLessThan(150);
  });

  it("shortens a very long message to three lines ending in …", () => {
    const long = aMap()
      .withTiers("A very long tier name ".repeat(8).trim())
      .withPerson("a1", { org: "a", tier: "A very long tier name ".repeat(8).trim() })
      .build();
    const lines = texts(gapsBoxSteps(BOX, analyseMap(long).gaps, measure));
    const message = lines.slice(2, 5);
    expect(message).toHaveLength(3);
    expect(message[2]?.endsWith("…")).toBe(true);
  });
});

describe("pictureScene with the top gaps", () => {
  it("draws the box right of the map, inside the picture", () => {
    const map = loadFixture("small-workshop");
    const options = { ...DEFAULT_PNG_OPTIONS, topGaps: true };
    const { scene, geometry } = pictureScene({
      map,
      analysis: analyseMap(map),
      options,
      date: "2026-11-26",
      measure,
    });
    const box = geometry.gapsBox;
    expect(box).not.toBeNull();
    expect(texts(scene.steps)).toContain("Top gaps (6 of 7)");
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(scene.width);
    const plain = pictureScene({
      map,
      analysis: analyseMap(map),
      options: DEFAULT_PNG_OPTIONS,
      date: "2026-11-26",
      measure,
    });
    expect(texts(plain.scene.steps).some((t) => t.startsWith("Top gaps"))).toBe(false);
  });
});
