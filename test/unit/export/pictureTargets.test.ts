import { describe, expect, it } from "vitest";
import { HEALTH_PILL } from "../../../src/design/geometry";
import { HEALTH_COLOR } from "../../../src/design/health";
import { PLANNED_LINE } from "../../../src/design/strokes";
import { analyseMap } from "../../../src/domain/gaps";
import { computeLayout, LABEL_BAND_WIDTH } from "../../../src/domain/layout";
import type { PeerMap } from "../../../src/domain/model";
import { boardScene } from "../../../src/export/picture/mapScene";
import type { PathStep, RectStep } from "../../../src/export/picture/scene";
import { loadFixture } from "../fixtures";
import { flat, measure, textSteps } from "./sceneSteps";

const board = (map: PeerMap, withLegend = true) =>
  boardScene(map, analyseMap(map), measure, withLegend);

describe("the picture's targets, planned links and tier health", () => {
  const workshop = loadFixture("small-workshop");

  it("writes each staffed tier's health in its lane label, on the level's colour", () => {
    const layout = computeLayout(workshop);
    const steps = board(workshop);
    const pills = textSteps(steps).filter((t) => t.text.startsWith("● "));
    // Six staffed tiers: three healthy, three with a warning (as the gap report says).
    expect(pills.map((p) => p.text)).toEqual([
      "● Healthy",
      "● Healthy",
      "● Healthy",
      "● Needs work",
      "● Needs work",
      "● Needs work",
    ]);
    layout.lanes.forEach((lane, i) => {
      const pill = pills[i];
      expect(pill?.y).toBe(lane.y + lane.height - HEALTH_PILL.bottom - HEALTH_PILL.height / 2);
      expect(pill?.x).toBeLessThan(LABEL_BAND_WIDTH);
    });
    const fills = flat(steps)
      .filter((s): s is RectStep => s.kind === "rect" && s.height === HEALTH_PILL.height)
      .map((r) => r.fill);
    expect(fills).toEqual([
      ...Array(3).fill(HEALTH_COLOR.green),
      ...Array(3).fill(HEALTH_COLOR.amber),
    ]);
  });

  it("draws a planned link grey-blue dash-dot, whatever strength it was drawn with", () => {
    const map: PeerMap = {
      ...workshop,
      relationships: workshop.relationships.map((r, i) =>
        i === 0 ? { ...r, planned: true as const, targetStrength: 5 as const } : r,
      ),
    };
    const planned = flat(board(map, false)).filter(
      (s): s is PathStep => s.kind === "path" && s.stroke === PLANNED_LINE.color,
    );
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ lineWidth: PLANNED_LINE.width, dash: PLANNED_LINE.dash });
    expect(
      flat(board(workshop, false)).some(
        (s) => s.kind === "path" && s.stroke === PLANNED_LINE.color,
      ),
    ).toBe(false);
  });
});
