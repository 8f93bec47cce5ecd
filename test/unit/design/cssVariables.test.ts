import { describe, expect, it } from "vitest";
import { designCssVariables, gapBadgeImage } from "../../../src/design/cssVariables";
import { GAP_BADGE_PATHS } from "../../../src/design/geometry";
import { INTERNAL_DASH } from "../../../src/design/strokes";
import { CARD_TITLE_LINES, COLOR, FONT, SIZE } from "../../../src/design/tokens";

describe("the tokens as CSS custom properties", () => {
  const vars = designCssVariables();

  it("names colours in kebab case, numbers split off", () => {
    expect(vars["--ink"]).toBe(COLOR.ink);
    expect(vars["--ink-2"]).toBe(COLOR.ink2);
    expect(vars["--line-2"]).toBe(COLOR.line2);
    expect(vars["--danger-bg"]).toBe(COLOR.dangerBg);
    expect(vars["--canvas-bg"]).toBe(COLOR.canvasBg);
  });

  it("gives sizes in px and fonts as size, weight and spacing", () => {
    expect(vars["--card-width"]).toBe(`${SIZE.cardWidth}px`);
    expect(vars["--card-band"]).toBe(`${SIZE.cardBand}px`);
    expect(vars["--font-card-tier-size"]).toBe(`${FONT.cardTier.size}px`);
    expect(vars["--font-card-tier-weight"]).toBe(String(FONT.cardTier.weight));
    expect(vars["--font-card-tier-spacing"]).toBe(`${FONT.cardTier.letterSpacing}px`);
    expect(vars["--font-card-name-spacing"]).toBe("normal");
    expect(vars["--card-title-lines"]).toBe(String(CARD_TITLE_LINES));
  });

  it("has the internal-link dash and the tints as CSS writes them", () => {
    expect(vars["--internal-dash"]).toBe(INTERNAL_DASH.join(" "));
    expect(vars["--org-tint-fill"]).toBe("5%");
    expect(vars["--org-tint-edge"]).toBe("25%");
  });

  it("draws the gap badge from the picture's paths and colours", () => {
    const svg = decodeURIComponent(gapBadgeImage());
    expect(svg).toContain(`d='${GAP_BADGE_PATHS.triangle}' fill='${COLOR.gap}'`);
    expect(svg).toContain(`d='${GAP_BADGE_PATHS.mark}' stroke='${COLOR.inkInverse}'`);
    expect(vars["--gap-badge-image"]).toBe(gapBadgeImage());
  });
});
