/**
 * The look is written once, in src/design: a colour the tokens define never appears again as a
 * literal in a stylesheet, and the canvas and the picture painter write no colour of their own
 * (they use `var(--…)` and import the tokens). Fonts and card sizes of the board likewise.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { designCssVariables } from "../../../src/design/cssVariables";
import { STRENGTH_STYLES } from "../../../src/design/strokes";
import { COLOR } from "../../../src/design/tokens";

const SRC = path.resolve(__dirname, "../../../src");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** "#FFF", "#ffffff" and "%23fff" (in a data URL) all as "#ffffff"; 8-digit hex kept as is. */
function hexColours(text: string): string[] {
  const found = text.match(/(?:#|%23)[0-9a-fA-F]{3,8}\b/g) ?? [];
  return found.flatMap((raw) => {
    const hex = raw.replace(/^(#|%23)/, "").toLowerCase();
    if (![3, 4, 6, 8].includes(hex.length)) return [];
    const long = hex.length <= 4 ? [...hex].map((c) => c + c).join("") : hex;
    return [`#${long}`];
  });
}

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join("/");
const all = filesUnder(SRC);
const read = (file: string) => readFileSync(file, "utf8");
const designColours = new Set(
  [...Object.values(COLOR), ...Object.values(STRENGTH_STYLES).map((s) => s.color)].flatMap(
    hexColours,
  ),
);

describe("finding colour literals", () => {
  it("sees short, long, upper-case and URL-encoded hex colours, and nothing else", () => {
    expect(hexColours("a { color: #FFF; b: #0f172a; c: url('%23dc2626') }")).toEqual([
      "#ffffff",
      "#0f172a",
      "#dc2626",
    ]);
    expect(hexColours("#12345 and #abcdefab and #x12")).toEqual(["#abcdefab"]);
    expect(hexColours("issue #12, see #1")).toEqual([]);
  });
});

describe("one source for the look", () => {
  it("knows the design's colours (the check below would pass on nothing otherwise)", () => {
    expect(designColours).toContain("#dc2626");
    expect(designColours).toContain("#ffffff");
    expect(designColours.size).toBeGreaterThan(20);
    expect(all.filter((f) => f.endsWith(".css")).length).toBeGreaterThan(5);
  });

  it("no stylesheet repeats a colour that src/design defines", () => {
    const repeated = all
      .filter((f) => f.endsWith(".css"))
      .flatMap((f) =>
        hexColours(read(f))
          .filter((c) => designColours.has(c))
          .map((c) => `${rel(f)}: ${c}`),
      );
    expect(repeated, "use var(--…) from src/design/cssVariables.ts instead").toEqual([]);
  });

  it("the canvas and the picture painter write no colour literal at all", () => {
    const own = all
      .filter((f) => /^(canvas\/.*\.(css|tsx?)|export\/picture\/.*\.ts)$/.test(rel(f)))
      .flatMap((f) => hexColours(read(f)).map((c) => `${rel(f)}: ${c}`));
    expect(own, "take colours from src/design").toEqual([]);
  });

  it("the board's stylesheet takes its fonts and card size from the tokens", () => {
    const css = read(path.join(SRC, "canvas/canvas.css"));
    // Only what the picture never draws may have its own size: the hover label, zoomed-out names.
    const fontSizes = [...css.matchAll(/font-size:\s*(\d[^;]*);/g)].map((m) => m[1]);
    expect(fontSizes).toEqual(["13px", "22px"]);
    const weights = [...css.matchAll(/font-weight:\s*(\d+);/g)].map((m) => m[1]);
    expect(weights).toEqual(["600"]);
    expect(css).toMatch(/\.person-card \{[^}]*width: var\(--card-width\);/);
    expect(css).toMatch(/\.person-card \{[^}]*height: var\(--card-height\);/);
  });

  it("every custom property canvas.css reads is set from src/design or global.css", () => {
    const defined = new Set([
      ...Object.keys(designCssVariables()),
      ...[...read(path.join(SRC, "app/global.css")).matchAll(/(--[\w-]+):/g)].map((m) => m[1]),
      "--org-color",
    ]);
    const used = [...read(path.join(SRC, "canvas/canvas.css")).matchAll(/var\((--[\w-]+)/g)].map(
      (m) => m[1],
    );
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((name) => !defined.has(name ?? ""))).toEqual([]);
  });
});
