/**
 * Exports of awkward maps: text that looks like spreadsheet formulas, Markdown or HTML, quotes
 * and line breaks, a map name no file system accepts as is; and a map with nobody on it.
 */

import { expect, test } from "./fixtures";
import { parseCsv, peerTableHeaders } from "./support/csv";
import {
  browserToday,
  downloadOf,
  exportJson,
  toolbarButton,
  watchRequests,
} from "./support/downloads";
import { cards, EDITOR_VIEWPORT, gapsPanel, roster } from "./support/editor";
import { goHome } from "./support/home";
import { importMapFile } from "./support/import";
import { jsonFile, type MapFileJson, readFixture } from "./support/map-files";
import { decodePng, pngStats } from "./support/png";

test.use({ viewport: EDITOR_VIEWPORT });

const TRICKY_NAME = "Q3 review: Acme / Globex?";
const FORMULA_NAME = '=HYPERLINK("http://example.com","Dana")';
const MARKDOWN_NAME = "*Olivia* _Grant_ [x](y)";
const HTML_TITLE = "<img src=x onerror=alert(1)> Field Marketing";
const QUOTED_NOTES = 'Said "yes",\nthen "maybe"; 50% sure';

async function trickyFile(): Promise<MapFileJson> {
  const file = await readFixture("small-workshop");
  const map = file.map;
  map.id = "m-tricky";
  map.name = TRICKY_NAME;
  const person = (id: string) => map.people.find((p: { id: string }) => p.id === id);
  person("dana").name = FORMULA_NAME;
  person("olivia").name = MARKDOWN_NAME;
  person("hannah").title = HTML_TITLE;
  person("mei").title = "+44 20 7946 0000";
  map.relationships.find((r: { id: string }) => r.id === "rel-dana-marcus").notes = QUOTED_NOTES;
  return file;
}

test("awkward text survives every export: JSON exactly, CSV without formulas, Markdown escaped", async ({
  appPage: page,
}) => {
  const file = await trickyFile();
  await goHome(page);
  await importMapFile(page, jsonFile("tricky.json", file), TRICKY_NAME);
  // Shown as text, never as markup.
  await expect(page.locator("img[src='x']")).toHaveCount(0);
  const today = await browserToday(page);
  const stem = "Q3 review-Acme-Globex";

  // JSON: named safely, the very same map.
  const json = await exportJson(page);
  expect(json.file.filename).toBe(`${stem}-${today}.json`);
  // Version 1 files gain an empty actions list on the way in (the 1 → 2 step).
  expect(json.json.map).toEqual({ ...file.map, actions: [] });

  // The peer table: nothing a spreadsheet would run as a formula; quotes and line breaks kept.
  const table = await downloadOf(page, () => toolbarButton(page, "Export table").click());
  expect(table.filename).toBe(`${stem}-${today}.csv`);
  const rows = parseCsv(table.text.replace(/^\uFEFF/, ""));
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  const dana = rows.find((row) => row[3] === "Marcus Chen" && row[0] === "Executive sponsor");
  expect(dana).toEqual([
    "Executive sponsor",
    `'${FORMULA_NAME}`,
    "Chief Revenue Officer",
    "Marcus Chen",
    "SVP Partnerships",
    "Executive sponsor",
    "4",
    "Strong",
    "", // target
    "2024-04-22",
    QUOTED_NOTES,
    "", // gap
    "", // gap details
    "", // actions
  ]);
  expect(rows.find((row) => row[3] === "Hannah Weiss")?.slice(1, 5)).toEqual([
    MARKDOWN_NAME,
    "Partner Marketing Manager",
    "Hannah Weiss",
    HTML_TITLE,
  ]);
  expect(rows.find((row) => row[1] === "Mei Tanaka")?.[2]).toBe("'+44 20 7946 0000");

  // The gap report: the names cannot restyle the Markdown.
  const report = await downloadOf(page, () =>
    page.getByRole("button", { name: "Download report (.md)" }).click(),
  );
  expect(report.filename).toBe(`${stem}-${today}.md`);
  const lines = report.text.split("\n");
  expect(lines[0]).toBe(`# Gap report: ${TRICKY_NAME}`);
  expect(lines).toContain(
    "- **\\*Olivia\\* \\_Grant\\_ \\[x\\](y)** (Acme Software, Marketing) – " +
      "**Hannah Weiss** (Globex Cloud, Marketing): 2 Weak; last contact 2024-01-15. " +
      "Joint webinar slipped twice; needs a reset.",
  );
});

test("a map with nobody on it exports an empty table, a report of nothing and a picture", async ({
  appPage: page,
  context,
}) => {
  test.slow();
  const file = await readFixture("empty");
  await goHome(page);
  await importMapFile(page, jsonFile("empty.json", file), "Untitled map");
  await expect(roster(page).locator(".roster-summary")).toHaveText("0 people");
  await expect(cards(page)).toHaveCount(0);
  await expect(gapsPanel(page)).toContainText("No gaps yet");

  expect((await exportJson(page)).json.map).toEqual({ ...file.map, actions: [] });

  const table = await downloadOf(page, () => toolbarButton(page, "Export table").click());
  expect(parseCsv(table.text.replace(/^\uFEFF/, ""))).toEqual([
    peerTableHeaders("Our company", "Partner"),
  ]);

  const report = await downloadOf(page, () =>
    page.getByRole("button", { name: "Download report (.md)" }).click(),
  );
  const lines = report.text.split("\n");
  expect(lines[0]).toBe("# Gap report: Untitled map");
  expect(lines).toContain("- People: 0 (Our company 0, Partner 0).");
  expect(lines).toContain("- Relationships: 0, 0 of them between Our company and Partner.");
  // Nothing to list: only the summary, no empty sections saying "None.".
  expect(lines.filter((line) => line.startsWith("#"))).toEqual([
    "# Gap report: Untitled map",
    "## Summary",
  ]);
  expect(lines).not.toContain("None.");

  await toolbarButton(page, "Export PNG").click();
  const dialog = page.getByRole("dialog", { name: "Export PNG" });
  await dialog.getByRole("radio", { name: "1x" }).check();
  const size = (await page.getByTestId("export-png-size").textContent()) ?? "";
  const [, width, height] = /([\d,]+) × ([\d,]+)/.exec(size) ?? [];
  const requests = watchRequests(context);
  const picture = await downloadOf(page, () =>
    dialog.getByRole("button", { name: "Download" }).click(),
  );
  expect(requests.outgoing()).toEqual([]);
  const png = decodePng(picture.bytes);
  expect(png.width).toBe(Number(width?.replaceAll(",", "")));
  expect(png.height).toBe(Number(height?.replaceAll(",", "")));
  // The lanes, column headers, legend and title are drawn even with nobody on the map.
  const stats = pngStats(png);
  expect(stats.colours).toBeGreaterThan(50);
  expect(stats.inked / stats.total).toBeGreaterThan(0.2);
});
