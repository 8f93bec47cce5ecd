import { describe, expect, it } from "vitest";
import { COLOR } from "../../../src/design/tokens";
import { BACKGROUND_COLOR, THEME_COLOR } from "../../../vite.config";

describe("the installed app's colours (vite.config.ts)", () => {
  it("are the design's: the toolbar's surface and the page's", () => {
    expect(THEME_COLOR).toBe(COLOR.surface);
    expect(BACKGROUND_COLOR).toBe(COLOR.surface2);
  });
});
