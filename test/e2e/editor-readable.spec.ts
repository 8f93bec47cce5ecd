/**
 * Strength anyone can read (issue 13, item 3): the legend's five strength samples stay apart
 * under simulated red–green colour blindness (Chromium's own emulation), the weak end is
 * dashed, a missing link is hollow, and the keyboard walks the cards before the lines with a
 * visible focus ring.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  cardByName,
  cards,
  EDITOR_VIEWPORT,
  emptySpotIn,
  ghostEdges,
  openSampleMap,
} from "./support/editor";
import { decodePng } from "./support/png";

test.use({ viewport: EDITOR_VIEWPORT });

type Rgb = [number, number, number];
interface Sample {
  /** The line's own colour: the darkest pixel along its middle row. */
  ink: Rgb;
  /** How many separate strokes the middle row crosses: 1 for a solid line. */
  strokes: number;
  /** The most strokes any column crosses: 1 for a filled line, 2 for a hollow one. */
  across: number;
}

const strengthSamples = (page: Page): Locator => page.locator(".legend-list li svg");

const sum = (p: Rgb) => p[0] + p[1] + p[2];
const darkest = (pixels: Rgb[]): Rgb => pixels.reduce((a, b) => (sum(b) < sum(a) ? b : a));
/** How many separate runs of ink a row or column of pixels crosses. */
function runs(pixels: Rgb[], ink: Rgb): number {
  // A pixel is "on the line" when it is closer to the ink than to the white legend.
  const onLine = pixels.map((p) => sum(p) < (sum(ink) + 3 * 255) / 2);
  return onLine.filter((on, i) => on && !onLine[i - 1]).length;
}

async function readSample(svg: Locator): Promise<Sample> {
  const png = decodePng(await svg.screenshot());
  const at = (x: number, y: number): Rgb => {
    const i = (y * png.width + x) * 4;
    return [png.rgba[i] ?? 0, png.rgba[i + 1] ?? 0, png.rgba[i + 2] ?? 0];
  };
  const row = Math.floor(png.height / 2);
  const pixels = Array.from({ length: png.width }, (_, x) => at(x, row));
  const ink = darkest(pixels);
  // Across the line, at most one stroke in any column for a filled line, two (the rims of a
  // box) for a hollow one.
  const across = Math.max(
    ...Array.from({ length: png.width }, (_, x) =>
      runs(
        Array.from({ length: png.height }, (_, y) => at(x, y)),
        ink,
      ),
    ),
  );
  return { ink, strokes: runs(pixels, ink), across };
}

const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

type Vision = "none" | "deuteranopia" | "protanopia";

/** The legend's five strength samples, then its missing-link sample, as seen with `type`. */
async function legendUnder(page: Page, type: Vision): Promise<Sample[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setEmulatedVisionDeficiency", { type });
  const svgs = strengthSamples(page);
  // Five strengths, internal, missing, planned.
  await expect(svgs).toHaveCount(8);
  await expect(page.locator(".legend-list li").nth(6)).toHaveText("Missing link");
  // The canvas still says what to do with one, out of the way of the printed legend.
  await expect(page.locator(".legend-list li").nth(6)).toHaveAttribute("title", /^Click/);
  const samples: Sample[] = [];
  for (const i of [0, 1, 2, 3, 4, 6]) samples.push(await readSample(svgs.nth(i)));
  await cdp.detach();
  return samples;
}

test("the five strengths of the legend stay apart under deuteranopia and protanopia", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  // The whole board on screen, legend included, at the zoom a workshop projects it.
  await page.getByRole("button", { name: "Fit the whole map" }).click();
  const seen = await legendUnder(page, "none");
  const missing = seen[5];
  // The weak end is dashed, 1 more finely than 2; 3 to 5 are solid.
  expect(seen[0]?.strokes).toBeGreaterThan(seen[1]?.strokes ?? 0);
  expect(seen[1]?.strokes).toBeGreaterThan(1);
  expect(seen.slice(2, 5).map((s) => s.strokes)).toEqual([1, 1, 1]);
  // The missing link: red hollow boxes, three of them along the sample, two rims across.
  expect(missing?.strokes).toBe(6);
  expect(missing?.across).toBe(2);
  expect(seen.slice(0, 5).map((s) => s.across)).toEqual([1, 1, 1, 1, 1]);
  const strainedInk = seen[0]?.ink ?? [0, 0, 0];
  expect(distance(strainedInk, missing?.ink ?? [0, 0, 0])).toBeGreaterThan(60);

  for (const type of ["deuteranopia", "protanopia"] as const) {
    const simulated = await legendUnder(page, type);
    // The emulation is on: the rose of "1 Strained" is not what a trichromat sees.
    expect(distance(simulated[0]?.ink ?? [0, 0, 0], seen[0]?.ink ?? [0, 0, 0])).toBeGreaterThan(20);
    // A strained link and a missing one never look alike: not in colour, and not in shape (the
    // missing link is hollow: two rims across it, where every strength is one filled stroke).
    const strainedInk = simulated[0]?.ink ?? [0, 0, 0];
    expect(distance(strainedInk, simulated[5]?.ink ?? [0, 0, 0]), type).toBeGreaterThan(60);
    expect(simulated[5]?.across, type).toBe(2);
    expect(simulated.slice(0, 5).map((s) => s.across)).toEqual([1, 1, 1, 1, 1]);
    for (let i = 0; i < 5; i++) {
      for (let j = i + 1; j < 5; j++) {
        const [a, b] = [simulated[i], simulated[j]];
        if (!a || !b) throw new Error("missing sample");
        // 30 of 441 in RGB: two inks a glance tells apart (the old palette's 3 and 4 were 9).
        expect(distance(a.ink, b.ink), `${type}: ${i + 1} vs ${j + 1}`).toBeGreaterThan(30);
      }
    }
    expect(simulated.map((s) => s.strokes)).toEqual(seen.map((s) => s.strokes));
  }
});

test("a missing link on the canvas is drawn hollow, and fills in when pointed at", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  // Someone at Globex in Marketing, where Hannah Schultz is: a suggested link between them.
  const spot = await emptySpotIn(page, "Marketing", "b");
  await page.mouse.dblclick(spot.x, spot.y);
  await page.keyboard.type("Mia Wong");
  await page.keyboard.press("Enter");
  await expect(cardByName(page, "Mia Wong")).toHaveCount(1);
  await expect(ghostEdges(page)).toHaveCount(1);
  // Zoomed in on the line (same row, so it runs level) for whole pixels of rim and core.
  const line = await ghostEdges(page).boundingBox();
  if (!line) throw new Error("the missing link is not on screen");
  await page.mouse.move(line.x + line.width / 2, line.y + 60);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200);
  // Zoomed: the line is now wider than at the fitted zoom.
  await expect
    .poll(async () => (await ghostEdges(page).boundingBox())?.width ?? 0)
    .toBeGreaterThan(line.width * 1.5);

  const across = async (): Promise<number> => {
    const box = await ghostEdges(page).locator(".ghost-edge").boundingBox();
    if (!box) throw new Error("the missing link is not on screen");
    const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const png = decodePng(
      await page.screenshot({ clip: { x: mid.x - 30, y: mid.y - 15, width: 60, height: 30 } }),
    );
    const red: Rgb = [220, 38, 38];
    let most = 0;
    for (let x = 0; x < png.width; x++) {
      const column = Array.from({ length: png.height }, (_, y): Rgb => {
        const i = (y * png.width + x) * 4;
        return [png.rgba[i] ?? 0, png.rgba[i + 1] ?? 0, png.rgba[i + 2] ?? 0];
      });
      most = Math.max(most, runs(column, red));
    }
    return most;
  };
  await page.mouse.move(5, 5);
  // Two rims across each box, a white core between them.
  expect(await across()).toBe(2);
  // Pointed at, it fills in: the line a click would draw.
  const box = await ghostEdges(page).locator(".ghost-edge").boundingBox();
  if (!box) throw new Error("the missing link is not on screen");
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2);
  await expect(ghostEdges(page).locator(".ghost-edge-core")).toHaveCSS("stroke-opacity", "0");
  expect(await across()).toBe(1);
});

const focusedKind = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    // By id, not text: the focused card also shows its "Link to…" button.
    const node = el?.closest(".react-flow__node");
    if (node) return `card:${node.getAttribute("data-id") ?? ""}`;
    if (el?.closest(".react-flow__edge")) return `line:${el.getAttribute("data-id") ?? ""}`;
    return el?.closest(".react-flow") ? "canvas" : "outside";
  });

test("Tab walks every card, then every line, each with a visible focus ring", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  const lines = await page.locator(".react-flow__edge[tabindex='0']").count();
  expect(lines).toBeGreaterThan(10);

  // Tab in from the page before the canvas: the first stop on the canvas is a card.
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  let kind = await focusedKind(page);
  for (let i = 0; i < 80 && !kind.startsWith("card") && !kind.startsWith("line"); i++) {
    await page.keyboard.press("Tab");
    kind = await focusedKind(page);
  }
  expect(kind).toMatch(/^card:/);

  const card = page.locator(".react-flow__node:focus-visible .person-card");
  await expect(card).toHaveCount(1);
  const ring = await card.evaluate((el) => getComputedStyle(el));
  expect(Number.parseFloat(ring.outlineWidth)).toBeGreaterThanOrEqual(3);
  expect(ring.outlineStyle).toBe("solid");
  expect(Number.parseFloat(ring.outlineOffset)).toBeGreaterThan(0);

  const visited = [kind];
  for (let i = 0; i < 16 + lines; i++) {
    await page.keyboard.press("Tab");
    visited.push(await focusedKind(page));
  }
  const cardsSeen = visited.filter((k) => k.startsWith("card:"));
  const linesSeen = visited.filter((k) => k.startsWith("line:"));
  expect(new Set(cardsSeen).size).toBe(await cards(page).count());
  expect(new Set(linesSeen).size).toBe(lines);
  // Every card before the first line; then focus leaves the canvas's items.
  expect(visited.findIndex((k) => k.startsWith("line:"))).toBe(16);
  expect(visited[16 + lines]).not.toMatch(/^(card|line):/);

  // A focused line shows a dark band along it.
  await page.keyboard.press("Shift+Tab");
  expect(await focusedKind(page)).toBe(visited[15 + lines]);
  const band = page.locator(".react-flow__edge:focus-visible .react-flow__edge-interaction");
  await expect(band).toHaveCount(1);
  expect(await band.evaluate((el) => Number(getComputedStyle(el).strokeOpacity))).toBeGreaterThan(
    0.5,
  );

  // Back across the boundary: the last card comes after the first line going backwards.
  for (let i = 0; i < lines; i++) await page.keyboard.press("Shift+Tab");
  expect(await focusedKind(page)).toBe(visited[15]);
});
