/**
 * A roster exported from an HR system lands where people expect (issue 13, item 4): the
 * import preview matches its columns and values tolerantly and lets the user change them,
 * the people are placed on the canvas in their tiers, one undo takes them back; "Place all"
 * places everyone waiting; "New map" asks for the names up front, by keyboard alone.
 */
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { REPO_ROOT } from "./env";
import { expect, test } from "./fixtures";
import { exportJson } from "./support/downloads";
import {
  boxOf,
  cardByName,
  cards,
  cardTier,
  columnHeader,
  createNewMap,
  DEFAULT_TIERS,
  EDITOR_VIEWPORT,
  laneCell,
  newMapDialog,
  roster,
  toasts,
  toolbarTitle,
} from "./support/editor";
import { expectEditorOf, goHome, mapCards } from "./support/home";
import { chooseFileWithChooser, importMapFile, openImportDialog } from "./support/import";
import { jsonFile, readFixture } from "./support/map-files";

test.use({ viewport: EDITOR_VIEWPORT });

const FIXTURES = path.join(REPO_ROOT, "test", "fixtures");
const HR_EXPORT = path.join(FIXTURES, "hr-export-roster.csv");
const UNKNOWN_HEADERS = path.join(FIXTURES, "roster-unknown-headers.csv");

const summary = (page: Page) => roster(page).locator(".roster-summary");
/** The option a select shows. */
const shown = (select: Locator) => select.locator("option:checked");
const columnSelect = (dialog: Locator, field: string) =>
  dialog.getByRole("group", { name: "Columns" }).getByLabel(field, { exact: true });

/** A new map "Contoso × Fabrikam" with the six default tiers, through the New map dialog. */
async function openContosoMap(page: Page) {
  await goHome(page);
  await createNewMap(page, { name: "Contoso × Fabrikam", a: "Contoso", b: "Fabrikam" });
  await expectEditorOf(page, "Contoso × Fabrikam");
}

const inside = (
  inner: { x: number; y: number; width: number; height: number },
  outer: typeof inner,
) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

test("an HR export: columns and values matched, one changed, people placed in their tiers, one undo", async ({
  appPage: page,
}) => {
  await openContosoMap(page);
  const dialog = await openImportDialog(page);
  await chooseFileWithChooser(page, dialog, HR_EXPORT);

  await expect(dialog.locator(".import-summary")).toContainText("hr-export-roster.csv: 30 rows");
  // Columns, pre-filled from the HR system's headers.
  const columns: [string, string][] = [
    ["Name", "— not in file —"],
    ["First name", "First Name"],
    ["Last name", "Last Name"],
    ["Job title", "Job Title"],
    ["Organisation", "Company"],
    ["Tier", "Level"],
    ["Email", "E-mail"],
    ["Notes", "Comments"],
  ];
  for (const [field, header] of columns) {
    await expect(shown(columnSelect(dialog, field)), field).toHaveText(header);
  }
  // Values, matched tolerantly; the unknown company is skipped.
  const orgs: [string, string][] = [
    ["Contoso Ltd.", "Contoso"],
    ["Fabrikam, Inc.", "Fabrikam"],
    ["Initech", "Skip these rows"],
  ];
  for (const [value, org] of orgs) {
    await expect(shown(dialog.getByLabel(`Organisation for “${value}”`))).toHaveText(org);
  }
  const tiers: [string, string][] = [
    ["Exec sponsor", "Executive sponsor"],
    ["Alliance Mgmt", "Alliance management"],
    ["Sales", "Sales"],
    ["Mktg", "Marketing"],
    ["Technical/delivery", "Technical / delivery"],
    ["Ops/Support", "Operations / support"],
  ];
  for (const [value, tier] of tiers) {
    await expect(shown(dialog.getByLabel(`Tier for “${value}”`))).toHaveText(tier);
  }
  // Every tier value found a close match: no new tier is offered, let alone ticked.
  await expect(dialog.getByRole("checkbox", { name: /new tier/ })).toHaveCount(0);
  const table = dialog.getByRole("table", { name: "People in hr-export-roster.csv" });
  await expect(table.locator("tbody tr").nth(0).locator("td")).toHaveText([
    "2",
    "Ada Lovelace",
    "Chief Executive Officer",
    "Contoso",
    "Executive sponsor",
    "ada.lovelace@contoso.example",
    "OK",
  ]);
  await expect(table.locator("tbody tr").nth(29).locator("td").last()).toHaveText(
    'organisation "Initech" is neither Contoso nor Fabrikam',
  );

  // The facilitator decides that marketing people sit in the Sales tier on this map.
  await dialog.getByLabel("Tier for “Mktg”").selectOption({ label: "Sales" });
  await expect(table.locator("tbody tr").nth(16).locator("td").nth(4)).toHaveText("Sales");
  // Nothing changed on the map yet.
  await expect(cards(page)).toHaveCount(0);
  await dialog.getByRole("button", { name: "Add 29 people" }).click();
  await expect(dialog).toBeHidden();
  await expect(
    toasts(page).filter({ hasText: "Added 29 people to the map, each in their tier." }),
  ).toBeVisible();

  // On the canvas, each in their tier and organisation; nobody left waiting in the roster.
  await expect(cards(page)).toHaveCount(29);
  await expect(summary(page)).toHaveText("29 people");
  await expect(roster(page).getByRole("button", { name: "Place all" })).toHaveCount(0);
  await expect(cardTier(page, "Ada Lovelace")).toHaveText("Executive sponsor");
  await expect(cardTier(page, "Grace Hopper")).toHaveText("Executive sponsor");
  await expect(cardTier(page, "Frances Allen")).toHaveText("Alliance management");
  await expect(cardTier(page, "Linus Torvalds")).toHaveText("Sales"); // was "Mktg"
  await expect(cardTier(page, "Annie Easley")).toHaveText("Sales"); // was "Mktg"
  await expect(cardTier(page, "Ivan Sutherland")).toHaveText("Technical / delivery");
  await expect(cardTier(page, "Mary Keller")).toHaveText("Operations / support");
  await expect(cardByName(page, "Carol Shaw")).toHaveCount(0);
  expect(
    inside(
      await boxOf(cardByName(page, "Linus Torvalds")),
      await boxOf(laneCell(page, "Sales", "a")),
    ),
  ).toBe(true);
  expect(
    inside(await boxOf(cardByName(page, "Hedy Lamarr")), await boxOf(laneCell(page, "Sales", "b"))),
  ).toBe(true);
  const map = (await exportJson(page)).json.map;
  expect(map.tiers.map((t: { name: string }) => t.name)).toEqual([...DEFAULT_TIERS]);
  expect(map.people.find((p: { name: string }) => p.name === "Ada Lovelace")).toMatchObject({
    org: "a",
    title: "Chief Executive Officer",
    email: "ada.lovelace@contoso.example",
    notes: "Met at the spring summit",
  });
  expect(map.people.filter((p: { position?: unknown }) => !p.position)).toEqual([]);

  // One undo takes the whole import back.
  await page.keyboard.press("Control+z");
  await expect(cards(page)).toHaveCount(0);
  await expect(summary(page)).toHaveText("0 people");
});

test("unknown headers are not refused: the preview asks for the missing column", async ({
  appPage: page,
}) => {
  await openContosoMap(page);
  const dialog = await openImportDialog(page);
  await chooseFileWithChooser(page, dialog, UNKNOWN_HEADERS);

  await expect(shown(columnSelect(dialog, "Name"))).toHaveText("Person");
  await expect(shown(columnSelect(dialog, "Organisation"))).toHaveText("Employer");
  await expect(shown(columnSelect(dialog, "Tier"))).toHaveText("— not in file —");
  const alert = dialog.getByRole("alert");
  await expect(alert).toContainText(
    `Choose the column that holds each person's tier (under "Columns").`,
  );
  await expect(alert).toContainText("Nothing is added until this is fixed.");
  await expect(dialog.getByRole("button", { name: /^Add / })).toBeDisabled();

  await columnSelect(dialog, "Tier").selectOption({ label: "Band" });
  await expect(dialog.getByRole("alert")).toHaveCount(0);
  await expect(shown(dialog.getByLabel("Tier for “Sales”"))).toHaveText("Sales");
  await expect(dialog.getByRole("button", { name: "Add 2 people" })).toBeEnabled();
  // Closing without adding changes nothing.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(cards(page)).toHaveCount(0);
  await expect(summary(page)).toHaveText("0 people");
});

test("Place all puts everyone waiting in the roster on the canvas, in their tiers, one undo step", async ({
  appPage: page,
}) => {
  const fixture = await readFixture("small-workshop");
  const waiting = new Set<string>();
  // Five more people taken off the canvas, as if added to the roster and never placed.
  for (const person of fixture.map.people.slice(0, 5)) {
    delete person.position;
    waiting.add(person.name);
  }
  const unplaced = fixture.map.people.filter((p: { position?: unknown }) => !p.position);
  await goHome(page);
  await importMapFile(page, jsonFile("waiting.peermap.json", fixture), fixture.map.name);
  await expect(summary(page)).toHaveText(`14 people, ${unplaced.length} not on canvas`);
  await expect(cards(page)).toHaveCount(14 - unplaced.length);

  await roster(page).getByRole("button", { name: "Place all" }).click();
  await expect(
    toasts(page).filter({
      hasText: `Placed ${unplaced.length} people on the canvas, each in their tier.`,
    }),
  ).toBeVisible();
  await expect(summary(page)).toHaveText("14 people");
  await expect(cards(page)).toHaveCount(14);
  const tierName = new Map<string, string>(
    fixture.map.tiers.map((t: { id: string; name: string }) => [t.id, t.name]),
  );
  for (const person of unplaced) {
    await expect(cardTier(page, person.name)).toHaveText(tierName.get(person.tier) ?? "");
  }
  // No two cards on one spot.
  const boxes = await Promise.all((await cards(page).all()).map(boxOf));
  const spots = new Set(boxes.map((b) => `${Math.round(b.x)},${Math.round(b.y)}`));
  expect(spots.size).toBe(14);

  await page.keyboard.press("Control+z");
  await expect(summary(page)).toHaveText(`14 people, ${unplaced.length} not on canvas`);
  await expect(cards(page)).toHaveCount(14 - unplaced.length);
});

test("New map by keyboard only: Tab to it, type the names, Enter creates; Escape cancels", async ({
  appPage: page,
}) => {
  await goHome(page);
  const newMap = page.getByRole("button", { name: "New map" });
  for (let i = 0; i < 10 && !(await newMap.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(newMap).toBeFocused();

  // Escape cancels: no map is made, the keyboard is back on the button.
  await page.keyboard.press("Enter");
  const dialog = newMapDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Map name")).toBeFocused();
  await page.keyboard.type("Throwaway");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(newMap).toBeFocused();
  await expect(mapCards(page)).toHaveCount(0);

  // Fields start blank with the defaults shown; two organisations of one name are refused.
  await page.keyboard.press("Enter");
  await expect(dialog.getByLabel("Map name")).toBeFocused();
  await expect(dialog.getByLabel("Map name")).toHaveValue("");
  await expect(dialog.getByLabel("Map name")).toHaveAttribute("placeholder", "Untitled map");
  await expect(dialog.getByLabel("Your organisation")).toHaveAttribute(
    "placeholder",
    "Our company",
  );
  await expect(dialog.getByLabel("Partner organisation")).toHaveAttribute("placeholder", "Partner");
  await expect(dialog.getByLabel("Map name")).toHaveAttribute("maxlength", "200");
  await page.keyboard.type("Workshop 12 May");
  await page.keyboard.press("Tab");
  await expect(dialog.getByLabel("Your organisation")).toBeFocused();
  await page.keyboard.type("Contoso");
  await page.keyboard.press("Tab");
  await page.keyboard.type("contoso");
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("alert")).toHaveText(
    "Give the two organisations different names, so everyone can tell the sides apart.",
  );
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("Fabrikam");
  await page.keyboard.press("Enter");

  await expectEditorOf(page, "Workshop 12 May");
  await expect(toolbarTitle(page)).toHaveText("Workshop 12 May");
  await expect(columnHeader(page, "a")).toContainText("Contoso");
  await expect(columnHeader(page, "b")).toContainText("Fabrikam");
});
