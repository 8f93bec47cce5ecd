/**
 * Export PNG: every option of the dialog (scale 1x/2x/3x, white or transparent background,
 * 16:9 slide, title and legend) makes a real picture of the whole map: it decodes, has the
 * size the dialog announces (and the geometry rules say), is not blank, shows the colours of
 * the map's relationships, and nothing is fetched from the network while it is made.
 */

import type { Page } from "@playwright/test";
import { LEGEND_HEIGHT } from "../../src/design/geometry";
import { GHOST_LINE, STRENGTH_STYLES } from "../../src/design/strokes";
import { slotPosition } from "../../src/domain/cellPlaces";
import { parseMapFile } from "../../src/domain/format";
import { computeLayout } from "../../src/domain/layout";
import {
  type PngBackground,
  type PngOptions,
  type PngScale,
  pngGeometry,
  TITLE_BAND_HEIGHT,
} from "../../src/export/pngGeometry";
import { expect, test } from "./fixtures";
import {
  browserToday,
  downloadOf,
  exportJson,
  toolbarButton,
  watchRequests,
} from "./support/downloads";
import { EDITOR_VIEWPORT, openSampleMap } from "./support/editor";
import { goHome } from "./support/home";
import { importMapFile } from "./support/import";
import { jsonFile, type MapFileJson } from "./support/map-files";
import { type DecodedPng, decodePng, hexToRgb, pngStats } from "./support/png";

test.use({ viewport: EDITOR_VIEWPORT });

const STRONG = STRENGTH_STYLES[4].color;
const TRUSTED = STRENGTH_STYLES[5].color;
const STRAINED = STRENGTH_STYLES[1].color;
/** The gaps' red: missing links, vacant placeholders, cards with no counterpart link. */
const GAP = GHOST_LINE.color;

/** The picture's geometry as the export rules compute it for the map in `file`. */
function expectedGeometry(file: MapFileJson, options: PngOptions) {
  const parsed = parseMapFile(JSON.stringify(file));
  if (!parsed.ok) throw new Error(`The exported map does not parse: ${JSON.stringify(parsed)}`);
  const layout = computeLayout(parsed.map);
  const boardHeight = layout.height + (options.titleAndLegend ? LEGEND_HEIGHT : 0);
  return pngGeometry(layout.width, boardHeight, options);
}

/** The "Picture: W × H px" line of the dialog, as numbers. */
async function announcedSize(page: Page): Promise<{ width: number; height: number }> {
  const text = (await page.getByTestId("export-png-size").textContent()) ?? "";
  const match = /Picture: ([\d,]+) × ([\d,]+) px/.exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`Unexpected size line: ${text}`);
  return {
    width: Number(match[1].replaceAll(",", "")),
    height: Number(match[2].replaceAll(",", "")),
  };
}

/** Inked (non-background) pixels inside a rectangle of the picture. */
function inkedIn(png: DecodedPng, x0: number, y0: number, x1: number, y1: number): number {
  let inked = 0;
  for (let y = Math.max(0, y0); y < Math.min(png.height, y1); y++) {
    for (let x = Math.max(0, x0); x < Math.min(png.width, x1); x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b, a] = [png.rgba[i], png.rgba[i + 1], png.rgba[i + 2], png.rgba[i + 3]];
      if (a !== 0 && !(r === 255 && g === 255 && b === 255)) inked++;
    }
  }
  return inked;
}

interface Case {
  scale: PngScale;
  background: PngBackground;
  slide: boolean;
  titleAndLegend: boolean;
}

/** Each option value at least once, not the whole product. */
const CASES: Case[] = [
  { scale: 1, background: "white", slide: false, titleAndLegend: false },
  { scale: 2, background: "transparent", slide: false, titleAndLegend: true },
  { scale: 3, background: "white", slide: true, titleAndLegend: true },
  { scale: 1, background: "transparent", slide: true, titleAndLegend: false },
];

const optionsText = (c: Case) =>
  `${c.scale}x, ${c.background}, ${c.slide ? "16:9 slide" : "no slide"}, ` +
  `${c.titleAndLegend ? "with" : "without"} title and legend`;

for (const options of CASES) {
  test(`Export PNG at ${optionsText(options)}`, async ({ appPage: page, context }) => {
    test.slow();
    await goHome(page);
    await openSampleMap(page);
    const { json } = await exportJson(page);

    await toolbarButton(page, "Export PNG").click();
    const dialog = page.getByRole("dialog", { name: "Export PNG" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("radio", { name: `${options.scale}x` }).check();
    await dialog
      .getByRole("radio", { name: options.background === "white" ? "White" : "Transparent" })
      .check();
    await dialog.getByRole("checkbox", { name: "Fit to 16:9 slide" }).setChecked(options.slide);
    await dialog
      .getByRole("checkbox", { name: "Include title and legend" })
      .setChecked(options.titleAndLegend);

    // What the dialog announces is what the geometry rules give for this map.
    const geometry = expectedGeometry(json, options);
    expect(geometry.lowered).toBe(false);
    const announced = await announcedSize(page);
    expect(announced).toEqual({ width: geometry.pixelWidth, height: geometry.pixelHeight });

    const requests = watchRequests(context);
    const file = await downloadOf(page, () =>
      dialog.getByRole("button", { name: "Download" }).click(),
    );
    expect(file.filename).toBe(`Sample alliance-${await browserToday(page)}.png`);
    await expect(dialog.getByRole("status")).toHaveText(`Saved ${file.filename}.`);
    await expect(dialog.getByRole("alert")).toHaveCount(0);
    // Made in the browser: nothing left for the network while the picture was drawn.
    expect(requests.outgoing()).toEqual([]);

    // It decodes, at the announced size.
    const png = decodePng(file.bytes);
    expect(Math.abs(png.width - announced.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(png.height - announced.height)).toBeLessThanOrEqual(2);
    if (options.slide) expect(Math.abs(png.width / png.height - 16 / 9)).toBeLessThan(0.005);

    // Not blank: many colours, a good part of it drawn on, the relationship colours in it.
    const stats = pngStats(png, [STRONG, TRUSTED, STRAINED, GAP]);
    expect(stats.colours).toBeGreaterThan(200);
    expect(stats.inked / stats.total).toBeGreaterThan(0.2);
    // Dana Whitfield – Marcus Okafor (4 Strong) alone spans the 240 px gutter between the
    // columns, 5.5 px wide: some 1,000 px of its colour, several times what the legend's
    // 36 px swatch could give. Areas grow with the scale squared.
    const scale = options.scale;
    expect(stats.near[STRONG]).toBeGreaterThan(600 * scale ** 2);
    expect(stats.near[TRUSTED]).toBeGreaterThan(500 * scale ** 2);
    // The gap marks (missing links, vacant boxes, unpaired cards' borders) in their red, as
    // when "1 Strained" shared it.
    expect(stats.near[GAP]).toBeGreaterThan(500 * scale ** 2);
    // Sofia Alvarez – Ken Watanabe, the one Strained link, in its own colour: some 420 px of
    // line 2 px wide, dashed five on four off, gives about 250 px of exactly its colour.
    expect(stats.near[STRAINED]).toBeGreaterThan(150 * scale ** 2);

    // Background: transparent corners, or opaque white ones.
    if (options.background === "transparent") {
      expect(stats.cornerAlpha).toEqual([0, 0, 0, 0]);
    } else {
      expect(stats.cornerAlpha).toEqual([255, 255, 255, 255]);
      const [r, g, b] = png.rgba;
      expect([r, g, b]).toEqual([255, 255, 255]);
    }

    // The title band: drawn on when asked for (the map's name and coverage), absent otherwise.
    const band = geometry.header;
    if (options.titleAndLegend) {
      expect(band).not.toBeNull();
      if (band) {
        const inked = inkedIn(
          png,
          Math.round(band.x * scale),
          Math.round(band.y * scale),
          Math.round((band.x + band.width) * scale),
          Math.round((band.y + band.height) * scale),
        );
        expect(inked).toBeGreaterThan(500 * scale);
      }
      expect(geometry.height).toBeGreaterThanOrEqual(
        geometry.capture.height + TITLE_BAND_HEIGHT - 1,
      );
    } else {
      expect(band).toBeNull();
    }
  });
}

test("Export PNG sizes follow the options: double at 2x, triple at 3x, taller with the title", async ({
  appPage: page,
}) => {
  await goHome(page);
  await openSampleMap(page);
  await toolbarButton(page, "Export PNG").click();
  const dialog = page.getByRole("dialog", { name: "Export PNG" });
  // The defaults: 2x, white, no slide, title and legend.
  await expect(dialog.getByRole("radio", { name: "2x" })).toBeChecked();
  await expect(dialog.getByRole("radio", { name: "White" })).toBeChecked();
  await expect(dialog.getByRole("checkbox", { name: "Fit to 16:9 slide" })).not.toBeChecked();
  await expect(dialog.getByRole("checkbox", { name: "Include title and legend" })).toBeChecked();

  const sizeAt = async (scale: PngScale, title: boolean, slide = false) => {
    await dialog.getByRole("radio", { name: `${scale}x` }).check();
    await dialog.getByRole("checkbox", { name: "Include title and legend" }).setChecked(title);
    await dialog.getByRole("checkbox", { name: "Fit to 16:9 slide" }).setChecked(slide);
    return announcedSize(page);
  };
  const one = await sizeAt(1, false);
  expect(await sizeAt(2, false)).toEqual({ width: one.width * 2, height: one.height * 2 });
  expect(await sizeAt(3, false)).toEqual({ width: one.width * 3, height: one.height * 3 });
  const titled = await sizeAt(1, true);
  expect(titled.width).toBe(one.width);
  expect(titled.height).toBe(one.height + TITLE_BAND_HEIGHT + LEGEND_HEIGHT);
  const slide = await sizeAt(1, true, true);
  expect(Math.abs(slide.width / slide.height - 16 / 9)).toBeLessThan(0.005);
  expect(slide.width).toBeGreaterThanOrEqual(titled.width);
  expect(slide.height).toBeGreaterThanOrEqual(titled.height);
});

test("Copy image puts the same picture on the clipboard", async ({
  appPage: page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await goHome(page);
  await openSampleMap(page);
  await toolbarButton(page, "Export PNG").click();
  const dialog = page.getByRole("dialog", { name: "Export PNG" });
  await dialog.getByRole("radio", { name: "1x" }).check();
  await dialog.getByRole("checkbox", { name: "Include title and legend" }).uncheck();
  const announced = await announcedSize(page);

  const requests = watchRequests(context);
  await dialog.getByRole("button", { name: "Copy image" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Picture copied to the clipboard.");
  expect(requests.outgoing()).toEqual([]);

  const base64 = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return null;
    const bytes = new Uint8Array(await (await item.getType("image/png")).arrayBuffer());
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  });
  expect(base64).not.toBeNull();
  const png = decodePng(Buffer.from(base64 ?? "", "base64"));
  expect(Math.abs(png.width - announced.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(png.height - announced.height)).toBeLessThanOrEqual(2);
  const stats = pngStats(png, [STRONG]);
  expect(stats.colours).toBeGreaterThan(200);
  expect(stats.near[STRONG]).toBeGreaterThan(600);
});

/** 240 people a side in one tier: a board over 7,000 px tall, too tall for 3x. */
function tallMapFile(): MapFileJson {
  const perSide = 240;
  const people = Array.from({ length: perSide * 2 }, (_, i) => ({
    id: `p${i}`,
    org: i < perSide ? "a" : "b",
    name: `Person ${i}`,
    tier: "sales",
    position: slotPosition(i % perSide, i < perSide ? "a" : "b"),
  }));
  const relationships = Array.from({ length: perSide }, (_, i) => ({
    id: `r${i}`,
    source: `p${i}`,
    target: `p${i + perSide}`,
    strength: 4,
  }));
  return {
    format: "peermap",
    version: 1,
    exportedAt: "2025-01-15T09:00:00.000Z",
    map: {
      id: "m-tall",
      name: "Tall map",
      orgs: { a: { name: "Initech", color: "#0f766e" }, b: { name: "Umbrella", color: "#7c3aed" } },
      tiers: [{ id: "sales", name: "Sales" }],
      settings: { healthyThreshold: 3 },
      people,
      relationships,
      createdAt: "2025-01-15T09:00:00.000Z",
      updatedAt: "2025-01-15T09:00:00.000Z",
    },
  };
}

test("a picture too big for the browser at 3x is made at the lowered scale the dialog names", async ({
  appPage: page,
}) => {
  test.setTimeout(180_000);
  const file = tallMapFile();
  const options: PngOptions = { scale: 3, background: "white", slide: false, titleAndLegend: true };
  const geometry = expectedGeometry(file, options);
  expect(geometry.lowered).toBe(true);
  expect(geometry.scale).toBeLessThan(3);

  await goHome(page);
  await importMapFile(page, jsonFile("tall.json", file), "Tall map");
  await toolbarButton(page, "Export PNG").click();
  const dialog = page.getByRole("dialog", { name: "Export PNG" });
  await dialog.getByRole("radio", { name: "3x" }).check();
  await expect(dialog.locator(".export-note")).toHaveText(
    `Scale lowered to ${geometry.scale}x so the picture fits the browser's limit.`,
  );
  expect(await announcedSize(page)).toEqual({
    width: geometry.pixelWidth,
    height: geometry.pixelHeight,
  });
  expect(Math.max(geometry.pixelWidth, geometry.pixelHeight)).toBeLessThanOrEqual(16_384);

  // The page is busy drawing for a while: the click only returns once it is done.
  const picture = await downloadOf(
    page,
    () => dialog.getByRole("button", { name: "Download" }).click({ timeout: 150_000 }),
    150_000,
  );
  await expect(dialog.getByRole("status")).toHaveText(`Saved ${picture.filename}.`);
  const png = decodePng(picture.bytes);
  expect(Math.abs(png.width - geometry.pixelWidth)).toBeLessThanOrEqual(2);
  expect(Math.abs(png.height - geometry.pixelHeight)).toBeLessThanOrEqual(2);
  const stats = pngStats(png, [STRONG]);
  // 240 Strong lines across the gutter, at the lowered scale.
  expect(stats.near[STRONG]).toBeGreaterThan(240 * 200 * geometry.scale ** 2);
  // The bottom rows of cards are in the picture too: Strong lines in its lowest tenth.
  const [r, g, b] = hexToRgb(STRONG);
  let strongLow = 0;
  for (let y = Math.round(png.height * 0.9); y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const near = (k: number, v: number) => Math.abs((png.rgba[i + k] ?? 0) - v) <= 10;
      if (near(0, r) && near(1, g) && near(2, b)) strongLow++;
    }
  }
  expect(strongLow).toBeGreaterThan(10 * 200 * geometry.scale ** 2);
});
