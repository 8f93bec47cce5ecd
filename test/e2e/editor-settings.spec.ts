/**
 * Map settings: names and colours show on the toolbar, roster and canvas at once; tiers are
 * added, renamed, reordered and deleted (asking where their people go); the healthy
 * threshold moves coverage and gaps.
 */
import { DEFAULT_ORGS } from "../../src/domain/model";
import { expect, test } from "./fixtures";
import {
  addPeopleByForm,
  boxOf,
  cardByName,
  cardTier,
  columnHeader,
  coverageText,
  DEFAULT_TIERS,
  EDITOR_VIEWPORT,
  gapRows,
  intersects,
  laneCell,
  laneLabels,
  openNewMap,
  openSampleMap,
  openSettings,
  roster,
  rosterNamesInTier,
  rosterSection,
  settingsDialog,
  toolbar,
  toolbarTitle,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

/** "#c2410c" as the browser reports a computed colour: "rgb(194, 65, 12)". */
const cssRgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

test("renaming the map and an organisation, and changing colours", async ({ appPage: page }) => {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
  const dialog = await openSettings(page);
  await expect(dialog.getByLabel("Map name")).toBeFocused();

  await dialog.getByLabel("Map name").fill("Initech × Globex 2025");
  await page.keyboard.press("Enter");
  await expect(toolbarTitle(page)).toHaveText("Initech × Globex 2025");

  const ours = dialog.getByRole("group", { name: "Our organisation (left)" });
  await ours.getByLabel("Name").fill("Initech");
  await page.keyboard.press("Enter");
  await expect(columnHeader(page, "a")).toHaveText("Initech");
  await expect(toolbar(page).locator(".toolbar-orgs")).toContainText("Initech");
  await expect(rosterSection(page, "Initech")).toHaveCount(1);
  await expect(cardByName(page, "Ada Lovelace")).toHaveAttribute(
    "aria-label",
    "Ada Lovelace, Initech, Sales",
  );

  // An empty name is refused and explained; the old one stays.
  const theirs = dialog.getByRole("group", { name: "Partner organisation (right)" });
  await theirs.getByLabel("Name").fill("  ");
  await page.keyboard.press("Enter");
  await expect(theirs.getByRole("alert")).toHaveText("An organisation needs a name.");
  await expect(columnHeader(page, "b")).toHaveText("Partner");

  // Colour by hex code for ours, by the colour picker for theirs.
  await ours.getByLabel("Hex code").fill("#16a34a");
  await page.keyboard.press("Enter");
  await expect(page.locator(".lanes-header").first()).toHaveCSS(
    "border-top-color",
    "rgb(22, 163, 74)",
  );
  await expect(cardByName(page, "Ada Lovelace").locator(".person-card")).toHaveCSS(
    "border-left-color",
    "rgb(22, 163, 74)",
  );
  await theirs.getByLabel("Colour").fill("#dc2626");
  await expect(theirs.getByLabel("Hex code")).toHaveValue("#dc2626");
  await expect(page.locator(".lanes-header").nth(1)).toHaveCSS(
    "border-top-color",
    "rgb(220, 38, 38)",
  );

  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(settingsDialog(page)).toBeHidden();
  await expect(toolbarTitle(page)).toHaveText("Initech × Globex 2025");
  await expect(roster(page).getByRole("button", { name: "Add person to Initech" })).toBeVisible();

  // Each change was one undo step: the partner's colour goes first.
  await page.keyboard.press("Control+z");
  await expect(page.locator(".lanes-header").nth(1)).toHaveCSS(
    "border-top-color",
    cssRgb(DEFAULT_ORGS.b.color),
  );
  await expect(page.locator(".lanes-header").first()).toHaveCSS(
    "border-top-color",
    "rgb(22, 163, 74)",
  );
});

test("adding, renaming and reordering tiers changes the lanes on the canvas", async ({
  appPage: page,
}) => {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
  await expect(laneLabels(page)).toHaveText([...DEFAULT_TIERS]);
  const dialog = await openSettings(page);
  const tiers = dialog.getByRole("group", { name: "Tiers" });

  await tiers.getByLabel("New tier").fill("Board");
  await tiers.getByRole("button", { name: "Add tier" }).click();
  await expect(tiers.getByRole("status")).toContainText("Added the tier “Board”.");
  await expect(tiers.getByLabel("New tier")).toHaveValue("");
  await expect(laneLabels(page)).toHaveText([...DEFAULT_TIERS, "Board"]);

  await tiers.getByRole("textbox", { name: "Tier 1 name" }).fill("C-suite");
  await page.keyboard.press("Enter");
  await expect(laneLabels(page).first()).toHaveText("C-suite");

  // Board to the top, one step at a time; Sales up one.
  for (let i = 0; i < 6; i++) await tiers.getByRole("button", { name: "Move Board up" }).click();
  await expect(tiers.getByRole("button", { name: "Move Board up" })).toBeDisabled();
  await tiers.getByRole("button", { name: "Move Sales up" }).click();
  const order = [
    "Board",
    "C-suite",
    "Sales",
    "Alliance management",
    "Marketing",
    "Technical / delivery",
    "Operations / support",
  ];
  await expect(laneLabels(page)).toHaveText(order);
  for (const [index, tier] of order.entries()) {
    await expect(
      tiers.getByRole("textbox", { name: `Tier ${index + 1} name`, exact: true }),
    ).toHaveValue(tier);
  }
  await dialog.getByRole("button", { name: "Close" }).click();

  // Ada's card moved with the Sales lane and still says Sales.
  await expect(cardTier(page, "Ada Lovelace")).toHaveText("Sales");
  const sales = await boxOf(laneCell(page, "Sales", "a"));
  const card = await boxOf(cardByName(page, "Ada Lovelace"));
  expect(card.y).toBeGreaterThan(sales.y);
  expect(card.y + card.height).toBeLessThan(sales.y + sales.height);
  // The add form offers the tiers in the new order.
  await roster(page).getByRole("button", { name: "Add person to Partner" }).click();
  await expect(
    roster(page)
      .getByRole("form", { name: "Add person to Partner" })
      .getByLabel("Tier")
      .locator("option"),
  ).toHaveText(order);
});

test("deleting a tier with people asks where they go, then moves them", async ({
  appPage: page,
}) => {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace", "Grace Hopper"]);
  await addPeopleByForm(page, "Partner", "Sales", ["Linus Torvalds"]);
  await addPeopleByForm(page, "Partner", "Marketing", ["Tim Berners-Lee"]);
  const dialog = await openSettings(page);
  const tiers = dialog.getByRole("group", { name: "Tiers" });

  // An empty tier goes at once.
  await tiers.getByRole("button", { name: "Delete Operations / support" }).click();
  await expect(tiers.getByRole("status")).toContainText("Deleted the tier “Operations / support”.");
  await expect(laneLabels(page)).not.toContainText(["Operations / support"]);

  await tiers.getByRole("button", { name: "Delete Sales" }).click();
  await expect(tiers.getByText("“Sales” has 3 people. Where should they all go?")).toBeVisible();
  const moveTo = tiers.getByLabel("Move its people to");
  await expect(moveTo).toBeFocused();
  await expect(moveTo.locator("option")).not.toContainText(["Sales"]);
  // Escape backs out of the question only; Sales is still there.
  await page.keyboard.press("Escape");
  await expect(moveTo).toHaveCount(0);
  await expect(settingsDialog(page)).toBeVisible();
  await expect(laneLabels(page)).toContainText(["Sales"]);

  await tiers.getByRole("button", { name: "Delete Sales" }).click();
  await tiers.getByLabel("Move its people to").selectOption({ label: "Marketing" });
  await tiers.getByRole("button", { name: "Move and delete" }).click();
  await expect(tiers.getByRole("status")).toContainText(
    "Deleted the tier “Sales”; 3 people moved to “Marketing”.",
  );
  await dialog.getByRole("button", { name: "Close" }).click();

  await expect(laneLabels(page)).toHaveText([
    "Executive sponsor",
    "Alliance management",
    "Marketing",
    "Technical / delivery",
  ]);
  for (const name of ["Ada Lovelace", "Grace Hopper", "Linus Torvalds", "Tim Berners-Lee"]) {
    await expect(cardTier(page, name)).toHaveText("Marketing");
  }
  await expect(rosterNamesInTier(page, "Our company", "Marketing")).toHaveText([
    "Ada Lovelace",
    "Grace Hopper",
  ]);
  // The roster lists a tier's people in the order they were added.
  await expect(rosterNamesInTier(page, "Partner", "Marketing")).toHaveText([
    "Linus Torvalds",
    "Tim Berners-Lee",
  ]);
  // Moved into free spots: Linus is not on top of Tim.
  const tim = await boxOf(cardByName(page, "Tim Berners-Lee"));
  const linus = await boxOf(cardByName(page, "Linus Torvalds"));
  expect(intersects(tim, linus)).toBe(false);
});

test("the healthy threshold moves coverage and gaps", async ({ appPage: page }) => {
  await openSampleMap(page);
  await expect(coverageText(page)).toHaveText("Coverage 66%");
  const dialog = await openSettings(page);
  const threshold = dialog.getByLabel("Healthy from");
  await expect(threshold.locator("option:checked")).toHaveText("3 Working");

  await threshold.selectOption({ label: "4 Strong" });
  await expect(coverageText(page)).toHaveText("Coverage 50%");
  await expect(gapRows(page)).toContainText([
    "The best link between Acme Software and Globex Cloud at Sales is 2 Weak, below the healthy 4 Strong.",
    "The best link between Acme Software and Globex Cloud at Operations / support is 3 Working, below the healthy 4 Strong.",
  ]);

  await threshold.selectOption({ label: "2 Weak" });
  await expect(coverageText(page)).toHaveText("Coverage 83%");
  await expect(gapRows(page).filter({ hasText: "below the healthy" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(coverageText(page)).toHaveText("Coverage 83%");
});
