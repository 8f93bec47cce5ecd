/**
 * Helpers for the share-and-present specs (export-*.spec.ts): importing files through the
 * Import dialog, catching downloads, reading what was downloaded (map files, CSV, PNG), and
 * snapshots of what the user sees to prove that a refused file changed nothing.
 *
 * Everything the tests do goes through the UI; the only app code used here is pure domain
 * code, to work out what a correct export must contain.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { inflateSync } from "node:zlib";
import {
  type BrowserContext,
  type Download,
  expect,
  type Locator,
  type Page,
} from "@playwright/test";
import { REPO_ROOT } from "./env";
import { cards, gapsPanel, roster, toolbar, toolbarTitle } from "./support/editor";

// --- Files ---------------------------------------------------------------------------------

/** What `setInputFiles` takes for a file made in the test. */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export type FixtureName = "small-workshop" | "lopsided-alliance" | "empty";

export const fixturePath = (name: FixtureName): string =>
  path.join(REPO_ROOT, "test", "fixtures", `${name}.peermap.json`);

/** A Peermap file as JSON (loosely typed: tests break files on purpose). */
// biome-ignore lint/suspicious/noExplicitAny: map files are edited freely to make bad ones
export type MapFileJson = Record<string, any>;

export async function readFixture(name: FixtureName): Promise<MapFileJson> {
  return JSON.parse(await readFile(fixturePath(name), "utf8")) as MapFileJson;
}

export const jsonFile = (name: string, value: unknown): FilePayload => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(JSON.stringify(value, null, 2), "utf8"),
});

export const textFile = (name: string, text: string, mimeType = "text/plain"): FilePayload => ({
  name,
  mimeType,
  buffer: Buffer.from(text, "utf8"),
});

/** The small workshop fixture: what its map holds, for hand-made expectations. */
export const WORKSHOP = {
  name: "Acme Software x Globex Cloud",
  id: "m7q2k9x4acme",
  people: 14,
  unplaced: 1,
  relationships: 8,
} as const;

// --- Home screen and editor ----------------------------------------------------------------

/** The once-per-browser storage notice would cover the canvas; mark it as already shown. */
const PERSIST_NOTICE_KEY = "peermap.persistNoticeShown";

/**
 * The home screen, with the storage notice marked as already shown (it only shows once a map
 * with people is opened, so marking it now is in time).
 */
export async function goHome(page: Page): Promise<void> {
  await page.goto("/#/");
  await page.evaluate((key) => localStorage.setItem(key, "e2e"), PERSIST_NOTICE_KEY);
  await expect(page.getByRole("heading", { name: "Your maps" })).toBeVisible();
}

/**
 * Reloads the home screen once its logo has loaded (a reload would abort that request, which
 * the fixtures' error guard counts as a failure).
 */
export async function reloadHome(page: Page): Promise<void> {
  const logo = page.locator(".home-brand img");
  await expect
    .poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your maps" })).toBeVisible();
}

/** Back to the home screen the way a user goes: the toolbar's "All maps" link. */
export async function backHome(page: Page): Promise<void> {
  await toolbar(page)
    .getByRole("link", { name: /All maps/ })
    .click();
  await expect(page.getByRole("heading", { name: "Your maps" })).toBeVisible();
}

export const mapCards = (page: Page): Locator => page.locator("li.map-card");

/** Waits for the editor of the map called `name` to be open and drawn. */
export async function expectEditorOf(page: Page, name: string, timeout = 5_000): Promise<void> {
  await expect(page).toHaveURL(/#\/map\/[^/]+$/, { timeout });
  await expect(toolbarTitle(page)).toHaveText(name, { timeout });
  await expect(roster(page)).toBeVisible({ timeout });
}

/** The map id in the address bar. */
export function openMapId(page: Page): string {
  const match = /#\/map\/([^/]+)$/.exec(page.url());
  if (!match?.[1]) throw new Error(`No map is open at ${page.url()}`);
  return decodeURIComponent(match[1]);
}

export const importDialog = (page: Page): Locator => page.getByRole("dialog", { name: "Import" });

/** Opens the Import dialog from the home screen's or the toolbar's Import button. */
export async function openImportDialog(page: Page): Promise<Locator> {
  const inEditor = await toolbar(page).isVisible();
  const scope = inEditor ? toolbar(page) : page.locator("main.home");
  await scope.getByRole("button", { name: "Import", exact: true }).click();
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Hands a file to the open Import dialog through its file input. */
export async function chooseFile(dialog: Locator, file: FilePayload | string): Promise<void> {
  await dialog.locator('input[type="file"]').setInputFiles(file);
}

/** Hands a file to the open Import dialog the way a user does: the file chooser. */
export async function chooseFileWithChooser(
  page: Page,
  dialog: Locator,
  file: FilePayload | string,
): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    dialog.getByText("Choose a file…").click(),
  ]);
  await chooser.setFiles(file);
}

/**
 * Imports a map file from wherever the page is (home or editor) and waits for it to open.
 * With `choice`, the file's id is expected to be stored already and that option is picked.
 */
export async function importMapFile(
  page: Page,
  file: FilePayload | string,
  expectedName: string,
  choice?: "copy" | "replace",
): Promise<void> {
  const dialog = await openImportDialog(page);
  await chooseFile(dialog, file);
  const importButton = dialog.getByRole("button", { name: "Import map" });
  await expect(importButton).toBeEnabled();
  if (choice) {
    const option = choice === "copy" ? "Import as a copy" : "Replace the stored map";
    await dialog.getByRole("radio", { name: option }).check();
  }
  await importButton.click();
  await expect(dialog).toBeHidden();
  await expectEditorOf(page, expectedName);
}

/** Imports a test/fixtures map from the home screen and waits for its editor. */
export async function openFixtureMap(page: Page, name: FixtureName): Promise<MapFileJson> {
  const fixture = await readFixture(name);
  await goHome(page);
  await importMapFile(page, fixturePath(name), fixture.map.name);
  return fixture;
}

// --- Downloads -----------------------------------------------------------------------------

export interface Downloaded {
  filename: string;
  bytes: Buffer;
  text: string;
}

export async function readDownload(download: Download): Promise<Downloaded> {
  const file = await download.path();
  const bytes = await readFile(file);
  return { filename: download.suggestedFilename(), bytes, text: bytes.toString("utf8") };
}

/** Runs `action` and returns the file it made the browser download. */
export async function downloadOf(
  page: Page,
  action: () => Promise<unknown>,
  timeout = 10_000,
): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout }), action()]);
  expect(await download.failure()).toBeNull();
  return readDownload(download);
}

export const toolbarButton = (page: Page, name: string): Locator =>
  toolbar(page).getByRole("button", { name, exact: true });

/** "Export JSON" from the toolbar, parsed. */
export async function exportJson(page: Page): Promise<{ file: Downloaded; json: MapFileJson }> {
  const file = await downloadOf(page, () => toolbarButton(page, "Export JSON").click());
  return { file, json: JSON.parse(file.text) as MapFileJson };
}

/**
 * Watches every request any page of the context makes; `outgoing()` lists those that would
 * leave the page for the network (http, https, ws), i.e. anything but blob: and data: URLs.
 */
export function watchRequests(context: BrowserContext): { outgoing: () => string[] } {
  const urls: string[] = [];
  context.on("request", (request) => urls.push(request.url()));
  return { outgoing: () => urls.filter((url) => /^(https?|wss?):/i.test(url)) };
}

// --- Comparing maps ------------------------------------------------------------------------

/** Today's date in the browser's calendar, as the export file names write it. */
export async function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

/**
 * A map file's content without what may differ between two files of the same map: the ids
 * (replaced by list positions, references followed), the file's and the map's timestamps.
 * Two files normalise equal when they describe the same map.
 */
export function normaliseMapFile(file: MapFileJson): MapFileJson {
  const map = file.map as MapFileJson;
  const tierIndex = new Map<string, number>(
    (map.tiers as MapFileJson[]).map((t, i) => [t.id as string, i]),
  );
  const personIndex = new Map<string, number>(
    (map.people as MapFileJson[]).map((p, i) => [p.id as string, i]),
  );
  const tier = (id: string) => `tier#${tierIndex.get(id) ?? `?${id}`}`;
  const person = (id: string) => `person#${personIndex.get(id) ?? `?${id}`}`;
  return {
    format: file.format,
    version: file.version,
    map: {
      name: map.name,
      orgs: map.orgs,
      tiers: (map.tiers as MapFileJson[]).map((t) => ({ ...t, id: tier(t.id) })),
      settings: map.settings,
      people: (map.people as MapFileJson[]).map((p) => ({
        ...p,
        id: person(p.id),
        tier: tier(p.tier),
      })),
      relationships: (map.relationships as MapFileJson[]).map((r, i) => ({
        ...r,
        id: `relationship#${i}`,
        source: person(r.source),
        target: person(r.target),
      })),
    },
  };
}

// --- What the user sees --------------------------------------------------------------------

export interface EditorSnapshot {
  title: string;
  roster: string;
  gaps: string;
  cardCount: number;
}

/** The open map as the user sees it: title, roster (names and counts), gaps panel, cards. */
export async function editorSnapshot(page: Page): Promise<EditorSnapshot> {
  return {
    title: (await toolbarTitle(page).textContent()) ?? "",
    roster: (await roster(page).textContent()) ?? "",
    gaps: (await gapsPanel(page).textContent()) ?? "",
    cardCount: await cards(page).count(),
  };
}

/** Every map card of the home screen: name, organisations, coverage, counts, last edit. */
export async function homeSnapshot(page: Page): Promise<string[]> {
  await expect(page.getByRole("heading", { name: "Your maps" })).toBeVisible();
  await expect(page.getByText("Loading your maps…")).toHaveCount(0);
  return mapCards(page).allInnerTexts();
}

// --- CSV -----------------------------------------------------------------------------------

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// --- PNG -----------------------------------------------------------------------------------

export interface DecodedPng {
  width: number;
  height: number;
  /** As stored: 2 (RGB) or 6 (RGBA). */
  colorType: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  rgba: Uint8Array;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, without decoding anything else. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), "PNG signature").toBe(true);
  expect(bytes.toString("latin1", 12, 16), "first chunk").toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/**
 * Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what browsers' canvas.toBlob writes),
 * checking every chunk is there and the pixel data is complete.
 */
export function decodePng(bytes: Buffer): DecodedPng {
  const { width, height } = pngSize(bytes);
  const bitDepth = bytes[24];
  const colorType = bytes[25] ?? -1;
  const interlace = bytes[28];
  expect(bitDepth, "bit depth").toBe(8);
  expect([2, 6], "colour type").toContain(colorType);
  expect(interlace, "interlace").toBe(0);

  const idat: Buffer[] = [];
  let offset = 8;
  let ended = false;
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    if (type === "IDAT") idat.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
    if (type === "IEND") {
      ended = true;
      break;
    }
  }
  expect(ended, "IEND chunk").toBe(true);
  const raw = inflateSync(Buffer.concat(idat));
  const channels = colorType === 6 ? 4 : 3;
  const stride = width * channels;
  expect(raw.length, "decompressed size").toBe(height * (stride + 1));

  const rgba = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const current = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? (current[x - channels] ?? 0) : 0;
      const up = previous[x] ?? 0;
      const upLeft = x >= channels ? (previous[x - channels] ?? 0) : 0;
      const value = line[x] ?? 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = left;
          break;
        case 2:
          predicted = up;
          break;
        case 3:
          predicted = (left + up) >> 1;
          break;
        case 4:
          predicted = paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`Unknown PNG filter ${filter} on row ${y}`);
      }
      current[x] = (value + predicted) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const to = (y * width + x) * 4;
      const from = x * channels;
      rgba[to] = current[from] ?? 0;
      rgba[to + 1] = current[from + 1] ?? 0;
      rgba[to + 2] = current[from + 2] ?? 0;
      rgba[to + 3] = channels === 4 ? (current[from + 3] ?? 0) : 255;
    }
    previous = current;
  }
  return { width, height, colorType, rgba };
}

export const hexToRgb = (hex: string): [number, number, number] => {
  const value = Number.parseInt(hex.replace(/^#/, ""), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
};

export interface PngStats {
  /** Distinct RGBA values. */
  colours: number;
  /** Pixels that are not the background (white, or fully transparent). */
  inked: number;
  /** Opaque pixels within `tolerance` of each asked-for colour, by colour. */
  near: Record<string, number>;
  /** The four corners' alpha. */
  cornerAlpha: number[];
  total: number;
}

export function pngStats(
  png: DecodedPng,
  colours: readonly string[] = [],
  tolerance = 10,
): PngStats {
  const { width, height, rgba } = png;
  const seen = new Set<number>();
  const targets = colours.map(hexToRgb);
  const near = colours.map(() => 0);
  let inked = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const r = rgba[i] ?? 0;
    const g = rgba[i + 1] ?? 0;
    const b = rgba[i + 2] ?? 0;
    const a = rgba[i + 3] ?? 0;
    seen.add(((r << 24) | (g << 16) | (b << 8) | a) >>> 0);
    const background = a === 0 || (r === 255 && g === 255 && b === 255 && a === 255);
    if (!background) inked++;
    if (a < 250) continue;
    targets.forEach(([tr, tg, tb], k) => {
      if (
        Math.abs(r - tr) <= tolerance &&
        Math.abs(g - tg) <= tolerance &&
        Math.abs(b - tb) <= tolerance
      ) {
        near[k] = (near[k] ?? 0) + 1;
      }
    });
  }
  const alphaAt = (x: number, y: number) => rgba[(y * width + x) * 4 + 3] ?? -1;
  return {
    colours: seen.size,
    inked,
    near: Object.fromEntries(colours.map((c, k) => [c, near[k] ?? 0])),
    cornerAlpha: [
      alphaAt(0, 0),
      alphaAt(width - 1, 0),
      alphaAt(0, height - 1),
      alphaAt(width - 1, height - 1),
    ],
    total: width * height,
  };
}
