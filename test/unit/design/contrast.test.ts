/**
 * Strength must read for everyone (issue 13, item 3): every strength colour stands out from
 * every lane (WCAG 2.2 non-text contrast, 3:1), the strengths step down in luminance so their
 * order survives without hue, and the two default organisations stay apart for people with
 * red–green colour blindness.
 */
import { describe, expect, it } from "vitest";
import { HEALTH_COLOR } from "../../../src/design/health";
import {
  GHOST_LINE,
  LINE_SAMPLES,
  PLANNED_LINE,
  STRENGTH_STYLES,
} from "../../../src/design/strokes";
import { COLOR, ORG_TINT } from "../../../src/design/tokens";
import { DEFAULT_ORGS, STRENGTHS } from "../../../src/domain/model";
import { sampleAlliance } from "../../../src/domain/sampleAlliance";
import {
  contrast,
  type Deficiency,
  deltaE,
  luminance,
  over,
  parseColour,
  type Rgb,
  simulate,
} from "./colourMaths";

const rgb = (colour: string): Rgb => {
  const { rgb: value, alpha } = parseColour(colour);
  expect(alpha).toBe(1);
  return value;
};
const lanes = [COLOR.canvasBg, COLOR.laneEven, COLOR.laneOdd].map(rgb);
const orgColours = [
  ...Object.values(DEFAULT_ORGS),
  ...Object.values(sampleAlliance("2026-01-01T00:00:00.000Z").orgs),
].map((o) => rgb(o.color));
/** Every ground a line crosses: the canvas, both lanes, and each organisation's tinted cells. */
const grounds = [
  ...lanes,
  ...lanes.flatMap((lane) => orgColours.map((o) => over(o, ORG_TINT.fill, lane))),
];

describe("colour maths", () => {
  it("agrees with known WCAG values", () => {
    expect(contrast(rgb("#000"), rgb("#fff"))).toBeCloseTo(21, 5);
    expect(contrast(rgb("#777"), rgb("#fff"))).toBeCloseTo(4.48, 2);
    expect(luminance(rgb("#808080"))).toBeCloseTo(0.2159, 3);
    expect(over([0, 0, 0], 0.5, [255, 255, 255])).toEqual([127.5, 127.5, 127.5]);
  });
  it("makes red and green alike under deuteranopia (else the checks below prove nothing)", () => {
    const [red, green] = [rgb("#dc2626"), rgb("#16a34a")];
    expect(deltaE(red, green)).toBeGreaterThan(60);
    expect(deltaE(simulate(red, "deuteranopia"), simulate(green, "deuteranopia"))).toBeLessThan(
      deltaE(red, green) / 2,
    );
  });
});

describe("the strength palette", () => {
  it("has at least 3:1 contrast against every ground a line is drawn on", () => {
    expect(grounds.length).toBeGreaterThanOrEqual(9);
    for (const s of STRENGTHS) {
      for (const ground of grounds) {
        expect(
          contrast(rgb(STRENGTH_STYLES[s].color), ground),
          `strength ${s}`,
        ).toBeGreaterThanOrEqual(3);
      }
    }
  });

  // 1.25:1 between neighbours: the step between WCAG's "large text" and nothing is hard to
  // see on a projector; a quarter brighter is clearly another shade, and five steps fit
  // between the 3:1 floor and black (1.25^4 ≈ 2.4, about what the room allows).
  it("steps down in luminance from 1 Strained to 5 Trusted, each step at least 1.25:1", () => {
    for (const s of STRENGTHS.slice(1)) {
      const weaker = luminance(rgb(STRENGTH_STYLES[(s - 1) as typeof s].color));
      const stronger = luminance(rgb(STRENGTH_STYLES[s].color));
      expect((weaker + 0.05) / (stronger + 0.05), `${s - 1} → ${s}`).toBeGreaterThanOrEqual(1.25);
    }
  });

  it("dashes the weak end, differently for 1 and 2, and keeps widths growing", () => {
    expect(STRENGTH_STYLES[1].dash?.length).toBeGreaterThan(0);
    expect(STRENGTH_STYLES[2].dash?.length).toBeGreaterThan(0);
    expect(STRENGTH_STYLES[1].dash).not.toEqual(STRENGTH_STYLES[2].dash);
    for (const s of [3, 4, 5] as const) expect(STRENGTH_STYLES[s].dash).toBeUndefined();
    for (const s of STRENGTHS.slice(1)) {
      expect(STRENGTH_STYLES[s].width).toBeGreaterThan(STRENGTH_STYLES[(s - 1) as typeof s].width);
    }
  });
});

const visions = ["normal", "deuteranopia", "protanopia"] as const;
type Vision = (typeof visions)[number];
const seen = (colour: string, vision: Vision): Rgb =>
  vision === "normal" ? rgb(colour) : simulate(rgb(colour), vision);

describe("strengths under colour-vision deficiency", () => {
  // ΔE 12: several times "just noticeable" for lines that also differ in width and dashes; the
  // old red-to-green ramp fell to 3.4 between 2 Weak and 3 Working under deuteranopia.
  for (const vision of visions) {
    it(`keeps every pair of strengths apart under ${vision} vision (ΔE ≥ 12)`, () => {
      for (const s of STRENGTHS) {
        for (const t of STRENGTHS.filter((u) => u > s)) {
          const [a, b] = [
            seen(STRENGTH_STYLES[s].color, vision),
            seen(STRENGTH_STYLES[t].color, vision),
          ];
          expect(deltaE(a, b), `${s} vs ${t}`).toBeGreaterThanOrEqual(12);
        }
      }
    });
  }
  it("the check above fails for the old red-to-green palette under deuteranopia", () => {
    const [weak, working] = [rgb("#ea580c"), rgb("#ca8a04")];
    expect(deltaE(simulate(weak, "deuteranopia"), simulate(working, "deuteranopia"))).toBeLessThan(
      12,
    );
  });
});

/**
 * A strained link and a missing one must never be mistaken for each other (the previous
 * palette drew both red and dashed). Two cues, each enough alone: no strength is the gaps' red
 * in anyone's eyes, and the missing link is hollow, a shape no relationship line has.
 */
describe("a missing link against every strength", () => {
  // ΔE 30: well past where two colours stop reading as shades of one (about 20).
  for (const vision of visions) {
    it(`no strength looks like the gaps' red under ${vision} vision (ΔE ≥ 30)`, () => {
      for (const s of STRENGTHS) {
        expect(
          deltaE(seen(STRENGTH_STYLES[s].color, vision), seen(GHOST_LINE.color, vision)),
          `strength ${s}`,
        ).toBeGreaterThanOrEqual(30);
      }
    });
  }
  it("the check above fails for the previous attempt's strength 1, which was the gaps' red", () => {
    expect(deltaE(rgb(COLOR.gap), rgb(GHOST_LINE.color))).toBeLessThan(30);
  });

  it("is hollow: a light core inside each dash, closed at both ends; no strength has one", () => {
    const { core, dash, width } = GHOST_LINE;
    const [on, off] = dash as [number, number];
    const [lead = 0, inset = 0, coreOn = 0, coreOff = 0] = core.dash;
    // Same period, so the core stays inside the same dashes all along the line.
    expect(lead + inset + coreOn + coreOff).toBe(on + off);
    expect(lead).toBe(0);
    // The rim is the same on all four sides of a box, and wide enough to see (≥ 2 px).
    const rim = (width - core.width) / 2;
    expect(rim).toBeGreaterThanOrEqual(2);
    expect(inset).toBe(rim);
    expect(coreOn).toBe(on - 2 * rim);
    expect(core.width).toBeGreaterThanOrEqual(2);
    // The core is the page's white, so the box reads as empty; its rim stands out from it.
    expect(contrast(rgb(core.color), rgb(GHOST_LINE.color))).toBeGreaterThanOrEqual(3);
    expect(Math.min(...lanes.map((lane) => contrast(rgb(core.color), lane)))).toBeLessThan(1.1);
    // A hollow line is wider than any thin weak line, and butt-ended so the boxes stay square.
    expect(GHOST_LINE.lineCap).toBe("butt");
    for (const sample of LINE_SAMPLES.filter((l) => l.label !== "Missing link")) {
      expect(sample.core, sample.label).toBeUndefined();
    }
  });

  it("is drawn hollow in the legend too, labelled for a printed picture", () => {
    const missing = LINE_SAMPLES.filter((l) => l.core);
    expect(missing.map((l) => l.label)).toEqual(["Missing link"]);
    expect(missing[0]?.color).toBe(GHOST_LINE.color);
    expect(missing[0]?.width).toBe(GHOST_LINE.width);
    expect(LINE_SAMPLES.map((l) => l.label).join(" ")).not.toMatch(/click/i);
    // The legend's strength samples are the strengths, dashes included.
    for (const s of STRENGTHS) {
      const sample = LINE_SAMPLES.find((l) => l.label === STRENGTH_STYLES[s].label);
      expect(sample?.color).toBe(STRENGTH_STYLES[s].color);
      expect(sample?.dash).toEqual(STRENGTH_STYLES[s].dash);
      expect(sample?.lineCap).toBe(STRENGTH_STYLES[s].dash ? "butt" : "round");
    }
  });
});

describe("a planned link", () => {
  it("has at least 3:1 against every ground a line is drawn on", () => {
    expect(PLANNED_LINE.color).toBe(COLOR.plannedLine);
    for (const ground of grounds) {
      expect(contrast(rgb(PLANNED_LINE.color), ground)).toBeGreaterThanOrEqual(3);
    }
  });

  it("is dashed unlike any strength, and is in the legend as drawn", () => {
    for (const s of STRENGTHS) expect(PLANNED_LINE.dash).not.toEqual(STRENGTH_STYLES[s].dash);
    const sample = LINE_SAMPLES.find((l) => l.label === "Planned");
    expect(sample).toMatchObject({ color: PLANNED_LINE.color, dash: PLANNED_LINE.dash });
  });
});

describe("the tier health pills", () => {
  // White words on the level's colour: text, so 4.5:1 (WCAG AA), and the pill 3:1 on its lane.
  it("read in white at 4.5:1 and stand out from every lane at 3:1", () => {
    for (const colour of Object.values(HEALTH_COLOR)) {
      expect(contrast(rgb(COLOR.inkInverse), rgb(colour))).toBeGreaterThanOrEqual(4.5);
      for (const lane of lanes) expect(contrast(rgb(colour), lane)).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("the keyboard focus ring", () => {
  // canvas.css draws it in --ink, set off from the card, on whatever ground the card is on.
  it("has at least 3:1 against every ground a card sits on", () => {
    for (const ground of grounds) {
      expect(contrast(rgb(COLOR.ink), ground)).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("the default organisation colours", () => {
  const deficiencies: Deficiency[] = ["deuteranopia", "protanopia"];
  // ΔE 40: far beyond "just noticeable" (2.3) and above where two colours stop reading as
  // shades of one (about 20); the old blue and purple fell to a near-identical blue.
  for (const deficiency of deficiencies) {
    it(`stay apart under ${deficiency} (ΔE ≥ 40), in new maps and the sample alliance`, () => {
      for (const orgs of [DEFAULT_ORGS, sampleAlliance("2026-01-01T00:00:00.000Z").orgs]) {
        const [a, b] = [rgb(orgs.a.color), rgb(orgs.b.color)];
        expect(deltaE(simulate(a, deficiency), simulate(b, deficiency))).toBeGreaterThanOrEqual(40);
      }
    });
  }
  it("the check above fails for the old blue and purple under deuteranopia", () => {
    const [blue, purple] = [rgb("#2563eb"), rgb("#7c3aed")];
    expect(deltaE(simulate(blue, "deuteranopia"), simulate(purple, "deuteranopia"))).toBeLessThan(
      40,
    );
  });
});
