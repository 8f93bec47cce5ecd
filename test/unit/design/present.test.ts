import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PRESENT_MAX_TEXT_SCALE,
  PRESENT_MIN_TEXT_PX,
  presentTextScale,
} from "../../../src/design/present";
import { FONT } from "../../../src/design/tokens";

describe("present mode's text scale", () => {
  it("draws names at 18 px or more on screen whenever the zoom lets it", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 3, noNaN: true }), (zoom) => {
        const scale = presentTextScale(zoom);
        expect(scale).toBeGreaterThanOrEqual(1);
        expect(scale).toBeLessThanOrEqual(PRESENT_MAX_TEXT_SCALE);
        if (scale < PRESENT_MAX_TEXT_SCALE) {
          expect(FONT.cardName.size * scale * zoom).toBeGreaterThanOrEqual(
            PRESENT_MIN_TEXT_PX - 1e-9,
          );
          expect(FONT.laneName.size * scale * zoom).toBeGreaterThanOrEqual(
            PRESENT_MIN_TEXT_PX - 1e-9,
          );
        }
      }),
    );
  });

  it("leaves the text as it is when it is big enough already, and for a broken zoom", () => {
    expect(presentTextScale(2)).toBe(1);
    expect(presentTextScale(0)).toBe(1);
    expect(presentTextScale(Number.NaN)).toBe(1);
  });

  it("grows the names at a projector's fit zoom (0.65 at 1280×720 for the sample)", () => {
    expect(presentTextScale(0.65)).toBeGreaterThan(1.7);
  });
});
