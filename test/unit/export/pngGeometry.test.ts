import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_PNG_OPTIONS,
  EXPORT_MARGIN,
  FULL_HD,
  FULL_HD_MAX_SCALE,
  fitScale,
  formatScale,
  GAPS_BOX_WIDTH,
  MAX_CANVAS_AREA,
  MAX_CANVAS_SIDE,
  pngGeometry,
  TITLE_BAND_HEIGHT,
} from "../../../src/export/pngGeometry";

describe("fitScale", () => {
  it("keeps the wanted scale when the picture fits", () => {
    expect(fitScale(2000, 1000, 3)).toEqual({ scale: 3, lowered: false });
    expect(fitScale(16_384, 100, 1)).toEqual({ scale: 1, lowered: false });
  });

  it("lowers the scale to fit the side limit, to a tenth", () => {
    // 16384 / 12000 = 1.365… -> 1.3
    expect(fitScale(2000, 12_000, 2)).toEqual({ scale: 1.3, lowered: true });
  });

  it("lowers the scale to fit the area limit", () => {
    // sqrt(268435456 / (12000 * 12000)) = 1.365… -> 1.3
    expect(fitScale(12_000, 12_000, 3)).toEqual({ scale: 1.3, lowered: true });
  });

  it("goes below 1x in hundredths for huge maps", () => {
    expect(fitScale(1_840, 300_000, 1)).toEqual({ scale: 0.05, lowered: true });
  });

  it("never exceeds the limits nor the wanted scale", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400_000 }),
        fc.integer({ min: 1, max: 400_000 }),
        fc.constantFrom(1, 2, 3),
        (w, h, wanted) => {
          const { scale, lowered } = fitScale(w, h, wanted);
          expect(scale).toBeLessThanOrEqual(wanted);
          expect(lowered).toBe(scale < wanted);
          if (scale > 0.01) {
            expect(Math.round(w * scale)).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
            expect(Math.round(h * scale)).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
            expect(w * scale * h * scale).toBeLessThanOrEqual(MAX_CANVAS_AREA);
          }
        },
      ),
    );
  });
});

describe("pngGeometry", () => {
  const plain = { ...DEFAULT_PNG_OPTIONS, titleAndLegend: false, slide: false, scale: 1 as const };

  it("captures the whole map with a margin all round", () => {
    const g = pngGeometry(1000, 500, plain);
    expect(g.capture).toEqual({ width: 1000 + 2 * EXPORT_MARGIN, height: 500 + 2 * EXPORT_MARGIN });
    expect(g).toMatchObject({ width: 1080, height: 580, mapAt: { x: 0, y: 0 }, header: null });
    expect([g.pixelWidth, g.pixelHeight]).toEqual([1080, 580]);
  });

  it("puts the title band above the map", () => {
    const g = pngGeometry(1000, 500, { ...plain, titleAndLegend: true, scale: 2 });
    expect(g.header).toEqual({ x: 0, y: 0, width: 1080, height: TITLE_BAND_HEIGHT });
    expect(g.mapAt).toEqual({ x: 0, y: TITLE_BAND_HEIGHT });
    expect([g.pixelWidth, g.pixelHeight]).toEqual([2160, 2 * (580 + TITLE_BAND_HEIGHT)]);
  });

  it("letterboxes a wide map to 16:9 with bands above and below", () => {
    const g = pngGeometry(1760, 400, { ...plain, slide: true });
    expect(g.width).toBe(1840);
    expect(g.height).toBeCloseTo((1840 * 9) / 16);
    expect(g.mapAt.x).toBe(0);
    expect(g.mapAt.y).toBeCloseTo((g.height - 480) / 2);
  });

  it("pillarboxes a tall map to 16:9 with bands left and right", () => {
    const g = pngGeometry(1760, 3000, { ...plain, slide: true, titleAndLegend: true });
    const content = 3080 + TITLE_BAND_HEIGHT;
    expect(g.height).toBe(content);
    expect(g.width).toBeCloseTo((content * 16) / 9);
    expect(g.header?.x).toBeCloseTo((g.width - 1840) / 2);
    expect(g.mapAt.y).toBe(TITLE_BAND_HEIGHT);
    expect(g.pixelWidth / g.pixelHeight).toBeCloseTo(16 / 9, 2);
  });

  it("lowers the scale for the whole picture, slide bands included", () => {
    const g = pngGeometry(1760, 20_000, { ...plain, scale: 3 });
    expect(g.lowered).toBe(true);
    expect(g.pixelHeight).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });
});

describe("pngGeometry: the 1920 × 1080 slide", () => {
  const slide = { ...DEFAULT_PNG_OPTIONS, size: "fullHd" as const };
  /** Where the content (band, map, gaps box) sits on the slide, in pixels. */
  const contentPixels = (g: ReturnType<typeof pngGeometry>, width: number, height: number) => ({
    left: (g.header?.x ?? g.mapAt.x) * g.scale,
    top: (g.header?.y ?? g.mapAt.y) * g.scale,
    right: ((g.header?.x ?? g.mapAt.x) + width) * g.scale,
    bottom: ((g.header?.y ?? g.mapAt.y) + height) * g.scale,
  });

  it("is exactly 1920 × 1080 px for any map, option and scale, the content within the margin", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 60_000 }),
        fc.integer({ min: 100, max: 60_000 }),
        fc.constantFrom(1, 2, 3),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (w, h, scale, titleAndLegend, topGaps, letterbox) => {
          const options = { ...slide, scale, titleAndLegend, topGaps, slide: letterbox } as const;
          const g = pngGeometry(w, h, options);
          expect([g.pixelWidth, g.pixelHeight]).toEqual([FULL_HD.width, FULL_HD.height]);
          expect(g.lowered).toBe(false);
          const contentWidth = g.capture.width + (topGaps ? GAPS_BOX_WIDTH + EXPORT_MARGIN : 0);
          const contentHeight = g.capture.height + (titleAndLegend ? TITLE_BAND_HEIGHT : 0);
          const at = contentPixels(g, contentWidth, contentHeight);
          const m = FULL_HD.margin - 1e-6;
          expect(at.left).toBeGreaterThanOrEqual(m);
          expect(at.top).toBeGreaterThanOrEqual(m);
          expect(at.right).toBeLessThanOrEqual(FULL_HD.width - m);
          expect(at.bottom).toBeLessThanOrEqual(FULL_HD.height - m);
          // Centred, and fitted: it reaches the margin on two opposite sides (unless so small
          // that it would be enlarged more than twice).
          expect(at.left).toBeCloseTo(FULL_HD.width - at.right, 6);
          expect(at.top).toBeCloseTo(FULL_HD.height - at.bottom, 6);
          const fitted =
            Math.abs(at.left - FULL_HD.margin) < 1e-6 || Math.abs(at.top - FULL_HD.margin) < 1e-6;
          expect(fitted || g.scale === FULL_HD_MAX_SCALE).toBe(true);
        },
      ),
    );
  });

  it("enlarges a small map at most twice", () => {
    const g = pngGeometry(200, 100, slide);
    expect(g.scale).toBe(2);
    expect([g.pixelWidth, g.pixelHeight]).toEqual([1920, 1080]);
  });
});

describe("pngGeometry: the top-gaps box", () => {
  const plain = { ...DEFAULT_PNG_OPTIONS, titleAndLegend: true, slide: false, scale: 1 as const };

  it("goes right of the map, level with its board, and widens the picture by its width", () => {
    const without = pngGeometry(1000, 500, plain);
    const g = pngGeometry(1000, 500, { ...plain, topGaps: true });
    expect(without.gapsBox).toBeNull();
    expect(g.width - without.width).toBe(GAPS_BOX_WIDTH + EXPORT_MARGIN);
    expect(g.height).toBe(without.height);
    expect(g.gapsBox).toEqual({
      x: g.capture.width,
      y: TITLE_BAND_HEIGHT + EXPORT_MARGIN,
      width: GAPS_BOX_WIDTH,
      height: 500,
    });
    expect(g.header?.width).toBe(g.width);
  });
});

describe("formatScale", () => {
  it.each([
    [2, "2x"],
    [1.3, "1.3x"],
    [0.05, "0.05x"],
  ])("%d -> %s", (scale, text) => expect(formatScale(scale)).toBe(text));
});
