/**
 * A spreadsheet of people (CSV) imported into the open map through the preview: every row
 * shown with its problems, the good ones placed on the canvas in their tiers, one undo step.
 */

import { expect, test } from "./fixtures";
import { exportJson, toolbarButton } from "./support/downloads";
import {
  cards,
  cardTier,
  DEFAULT_TIERS,
  EDITOR_VIEWPORT,
  laneLabels,
  roster,
  rosterEntry,
  toasts,
} from "./support/editor";
import { chooseFile, openFixtureMap, openImportDialog } from "./support/import";
import { textFile } from "./support/map-files";

test.use({ viewport: EDITOR_VIEWPORT });

const TIERS = ["Executive sponsor", "Alliance management", "Sales", "Marketing"];

interface Row {
  name: string;
  title: string;
  org: string;
  tier: string;
  email: string;
}

/** 50 people: 47 good ones (three in a tier the map lacks), and three with a problem. */
function fiftyRows(): { rows: Row[]; problems: Map<number, string> } {
  const rows: Row[] = Array.from({ length: 50 }, (_, i) => ({
    name: `Imported Person ${String(i + 1).padStart(2, "0")}`,
    title: i === 4 ? "VP, Sales & Marketing" : `Role ${i + 1}`,
    org: i % 2 === 0 ? "Acme Software" : "globex cloud",
    tier: i >= 44 ? "Customer success" : (TIERS[i % TIERS.length] ?? "Sales"),
    email: `imported.${i + 1}@example.com`,
  }));
  const problems = new Map<number, string>();
  // Spreadsheet rows: the header is row 1, so rows[i] is row i + 2.
  Object.assign(rows[10] ?? {}, { name: "" });
  problems.set(12, "Row 12: no name");
  Object.assign(rows[20] ?? {}, { org: "Initech" });
  problems.set(22, 'Row 22: organisation "Initech" is neither Acme Software nor Globex Cloud');
  Object.assign(rows[30] ?? {}, { name: "Dana Whitfield", org: "Acme Software" });
  problems.set(32, "Row 32: Dana Whitfield of Acme Software is already on the map");
  return { rows, problems };
}

const csvField = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

function toCsv(rows: Row[]): string {
  const lines = ["Name,Job title,Organisation,Tier,E-mail"];
  for (const r of rows)
    lines.push([r.name, r.title, r.org, r.tier, r.email].map(csvField).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

test("a 50-row spreadsheet is previewed, placed in its tiers, and taken back by one Ctrl+Z", async ({
  appPage: page,
}) => {
  await openFixtureMap(page, "small-workshop");
  const summary = roster(page).locator(".roster-summary");
  await expect(summary).toHaveText("14 people, 1 not on canvas");
  await expect(cards(page)).toHaveCount(13);
  const before = (await exportJson(page)).json.map;

  const { rows, problems } = fiftyRows();
  const dialog = await openImportDialog(page);
  await chooseFile(dialog, textFile("workshop-people.csv", toCsv(rows), "text/csv"));

  // The preview: all 50 rows, in file order, the three bad ones marked with their problem.
  await expect(dialog.locator(".import-summary")).toContainText("workshop-people.csv: 50 rows");
  const table = dialog.getByRole("table", { name: "People in workshop-people.csv" });
  const body = table.locator("tbody tr");
  await expect(body).toHaveCount(50);
  await expect(table.locator("tbody tr.has-problem")).toHaveCount(3);
  await expect(body.nth(0).locator("td")).toHaveText([
    "2",
    "Imported Person 01",
    "Role 1",
    "Acme Software",
    "Executive sponsor",
    "imported.1@example.com",
    "OK",
  ]);
  await expect(body.nth(4).locator("td").nth(2)).toHaveText("VP, Sales & Marketing");
  await expect(body.nth(1).locator("td").nth(3)).toHaveText("Globex Cloud");
  await expect(body.nth(49).locator("td").nth(4)).toHaveText("Customer success (new)");
  for (const [line, problem] of problems) {
    const row = body.nth(line - 2);
    await expect(row).toHaveClass(/has-problem/);
    await expect(row.locator("td").first()).toHaveText(String(line));
    await expect(row.locator("td").last()).toHaveText(problem.replace(/^Row \d+: /, ""));
  }
  const skipped = dialog.locator(".export-note");
  await expect(skipped).toContainText("3 rows are skipped:");
  await expect(skipped.locator("li")).toHaveText([...problems.values()]);
  await expect(
    dialog.getByRole("checkbox", { name: "Create 1 new tier: Customer success" }),
  ).toBeChecked();
  // Nothing is added before the button is pressed.
  await expect(summary).toHaveText("14 people, 1 not on canvas");

  await dialog.getByRole("button", { name: "Add 47 people" }).click();
  await expect(dialog).toBeHidden();
  await expect(
    toasts(page).filter({ hasText: "Added 47 people to the map, each in their tier." }),
  ).toBeVisible();

  // On the canvas, in their tiers (the one unplaced before stays in the roster); the new tier
  // is there.
  await expect(summary).toHaveText("61 people, 1 not on canvas");
  await expect(cards(page)).toHaveCount(60);
  await expect(cardTier(page, "Imported Person 01")).toHaveText("Executive sponsor");
  await expect(cardTier(page, "Imported Person 50")).toHaveText("Customer success");
  await expect(rosterEntry(page, "Imported Person 01")).toBeVisible();
  await expect(rosterEntry(page, "Imported Person 50")).toHaveCount(1);
  await expect(rosterEntry(page, "Imported Person 21")).toHaveCount(0);
  await expect(laneLabels(page)).toHaveText([...DEFAULT_TIERS, "Customer success"]);
  const after = (await exportJson(page)).json.map;
  expect(after.people).toHaveLength(61);
  const added = after.people.slice(14);
  expect(added.map((p: { name: string }) => p.name)).toEqual(
    rows.filter((_, i) => ![10, 20, 30].includes(i)).map((r) => r.name),
  );
  expect(added.filter((p: { position?: unknown }) => p.position === undefined)).toEqual([]);
  expect(added.find((p: { name: string }) => p.name === "Imported Person 02")).toMatchObject({
    org: "b",
    title: "Role 2",
    tier: "alliance-management",
    email: "imported.2@example.com",
  });
  expect(after.people.slice(0, 14)).toEqual(before.people);

  // One Ctrl+Z takes all 47 people and the new tier back.
  await page.keyboard.press("Control+z");
  await expect(summary).toHaveText("14 people, 1 not on canvas");
  await expect(rosterEntry(page, "Imported Person 01")).toHaveCount(0);
  await expect(laneLabels(page)).toHaveCount(6);
  expect((await exportJson(page)).json.map).toMatchObject({
    people: before.people,
    tiers: before.tiers,
    relationships: before.relationships,
  });
  await expect(toolbarButton(page, "Redo")).toBeEnabled();
});
