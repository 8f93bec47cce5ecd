import { describe, expect, it } from "vitest";
import { TIER_STATES } from "../../../src/domain/coverage";
import type { Gap } from "../../../src/domain/gaps";
import {
  arrangeGaps,
  coverageCountText,
  coverageText,
  foldedLabel,
  isGapSelected,
  noGapsText,
  peopleCoverageText,
  sameGap,
  TIER_STATE_TEXT,
} from "../../../src/panels/gaps/gapList";

const gap = (
  id: string,
  severity: Gap["severity"],
  kind: Gap["kind"] = "unpaired",
  personIds = [id],
): Gap => ({
  id,
  kind,
  severity,
  personIds,
  message: `Gap ${id}`,
});

const infos = (n: number) => Array.from({ length: n }, (_, i) => gap(`i${i}`, "info"));

describe("arrangeGaps", () => {
  const severe = [
    gap("c", "critical", "missing-counterpart"),
    gap("w", "warning", "weak-peer-link"),
  ];

  it("lists everything while there are at most eight info gaps", () => {
    const gaps = [...severe, ...infos(8)];
    expect(arrangeGaps(gaps)).toEqual({ shown: gaps, folded: [] });
  });

  it("folds the info gaps once there are more than eight, keeping the rest in order", () => {
    const folded = infos(9);
    expect(arrangeGaps([...severe, ...folded])).toEqual({ shown: severe, folded });
  });

  it("takes a custom limit", () => {
    expect(arrangeGaps(infos(3), 2).folded).toHaveLength(3);
  });
});

describe("foldedLabel", () => {
  it("counts unpaired people, or notes for a mix", () => {
    expect(foldedLabel(infos(5))).toBe("5 unpaired people");
    expect(foldedLabel(infos(1))).toBe("1 unpaired person");
    expect(foldedLabel([...infos(2), gap("x", "info", "single-point-of-failure")])).toBe(
      "3 more notes",
    );
  });
});

it("words the coverage as on screen", () => {
  expect(coverageText(67)).toBe("Coverage 67%");
  expect(coverageText(100)).toBe("Coverage 100%");
});

it("words unmeasured coverage as a dash, never a percentage", () => {
  expect(coverageText(null)).toBe("Coverage —");
  expect(peopleCoverageText(null)).toBe("People —");
  expect(peopleCoverageText(68)).toBe("People 68%");
});

it("gives every tier state its own words and symbol, so no chip speaks by colour alone", () => {
  const texts = TIER_STATES.map((state) => TIER_STATE_TEXT[state]);
  expect(new Set(texts.map((t) => t.label)).size).toBe(TIER_STATES.length);
  expect(new Set(texts.map((t) => t.icon)).size).toBe(TIER_STATES.length);
});

describe("sameGap", () => {
  it("compares content, not identity", () => {
    const a = gap("g", "warning", "missing-peer-link", ["p", "q"]);
    expect(sameGap(a, { ...a, personIds: ["p", "q"] })).toBe(true);
    expect(sameGap(a, { ...a, message: "other" })).toBe(false);
    expect(sameGap(a, { ...a, personIds: ["q", "p"] })).toBe(false);
    expect(sameGap(a, { ...a, personIds: ["p"] })).toBe(false);
  });
});

describe("isGapSelected", () => {
  const g = gap("g", "warning", "missing-peer-link", ["p", "q"]);
  it("is true when the selection is exactly the gap's people, in any order", () => {
    expect(isGapSelected(g, ["q", "p"])).toBe(true);
    expect(isGapSelected(g, ["p"])).toBe(false);
    expect(isGapSelected(g, ["p", "r"])).toBe(false);
    expect(isGapSelected(gap("e", "info", "unpaired", []), [])).toBe(false);
  });
});

describe("coverage in one sentence, for the room", () => {
  it("says so far while tiers are still hidden, and what to do before it can be measured", () => {
    expect(coverageCountText({ covered: 2, staffed: 3 }, true)).toBe(
      "Coverage so far: 2 of 3 tiers",
    );
    expect(coverageCountText({ covered: 4, staffed: 6 }, false)).toBe("Coverage: 4 of 6 tiers");
    expect(coverageCountText({ covered: 1, staffed: 1 }, true)).toBe(
      "Coverage so far: 1 of 1 tier",
    );
    expect(coverageCountText(null, true)).toBe("Add people on both sides to measure coverage.");
  });

  it("says why there is no gap to list, the same way as the gaps panel", () => {
    expect(noGapsText(0)).toMatch(/^No gaps yet: add people/);
    expect(noGapsText(3)).toBe("No gaps: every tier has a healthy peer link.");
  });
});
