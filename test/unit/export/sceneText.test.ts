import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitText, type MeasureText, withAlpha, wrapText } from "../../../src/export/picture/scene";

const measure: MeasureText = (text) => text.length * 10;
const font = { size: 16, weight: 400 };

describe("fitText", () => {
  it("keeps text that fits", () => {
    expect(fitText(measure, "Ada", font, 30)).toBe("Ada");
  });
  it("shortens with an ellipsis, never wider than allowed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 300 }), (text, max) => {
        const fitted = fitText(measure, text, font, max);
        expect(fitted === text || measure(fitted, font) <= max).toBe(true);
        if (fitted !== text && fitted) expect(fitted.endsWith("…")).toBe(true);
      }),
    );
  });
});

describe("wrapText", () => {
  it("breaks at spaces", () => {
    expect(wrapText(measure, "Technical delivery team", font, 100, 3)).toEqual([
      "Technical",
      "delivery",
      "team",
    ]);
  });
  it("breaks a word too long for a line, and ellipsises the last line", () => {
    expect(wrapText(measure, "Supercalifragilistic expialidocious", font, 80, 2)).toEqual([
      "Supercal",
      "ifragil…",
    ]);
  });
  it("never gives more lines than allowed, nor a line too wide", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 1, max: 4 }), (text, lines) => {
        const wrapped = wrapText(measure, text, font, 60, lines);
        expect(wrapped.length).toBeLessThanOrEqual(lines);
        for (const line of wrapped) expect(measure(line, font)).toBeLessThanOrEqual(60);
      }),
    );
  });
});

describe("withAlpha", () => {
  it("turns #rrggbb and #rgb into rgba", () => {
    expect(withAlpha("#2563eb", 0.05)).toBe("rgba(37, 99, 235, 0.05)");
    expect(withAlpha("#fff", 0.5)).toBe("rgba(255, 255, 255, 0.5)");
  });
  it("leaves other colours alone", () => {
    expect(withAlpha("rebeccapurple", 0.5)).toBe("rebeccapurple");
  });
});
