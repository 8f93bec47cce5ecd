/**
 * The gaps panel on the sample alliance: the sentences and coverage it shows, how it follows
 * edits made on the canvas and in the inspector, and selecting a gap's people by clicking it.
 */
import { expect, test } from "./fixtures";
import {
  addPeopleByForm,
  cardByName,
  clickLineBetween,
  connectCards,
  coverageText,
  EDITOR_VIEWPORT,
  edgeBetween,
  emptySpotIn,
  fitWholeMap,
  gapRows,
  gapsPanel,
  ghostEdges,
  inspector,
  inspectorName,
  openNewMap,
  openSampleMap,
  relationshipEdges,
  strengthRadio,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

const SALES_WEAK =
  "The best link between Acme Software and Globex Cloud at Sales is 2 Weak, below the healthy 3 Working.";
const MARKETING_EMPTY = "Globex Cloud has nobody at Marketing.";
const RAJ_UNPAIRED = "Raj Patel has no link to anyone from Globex Cloud at Technical / delivery.";

test("lists the sample's gaps with their sentences and coverage", async ({ appPage: page }) => {
  await openSampleMap(page);
  await expect(gapsPanel(page).getByRole("heading", { name: "Gaps" })).toBeVisible();
  await expect(coverageText(page)).toHaveText("Coverage 66%");
  await expect(gapRows(page)).toHaveText([
    `Warning: ${SALES_WEAK}`,
    `Warning: ${MARKETING_EMPTY}`,
    `Info: ${RAJ_UNPAIRED}`,
  ]);
  // The canvas agrees: Raj is the one unpaired card; Marketing's partner cell is vacant.
  await expect(page.locator('[data-gap="unpaired"]')).toHaveCount(1);
  await expect(cardByName(page, "Raj Patel")).toHaveAttribute("data-gap", "unpaired");
  await expect(page.locator('[data-vacant="b"]')).toContainText("Nobody at Globex Cloud");
});

test("clicking a gap selects its people", async ({ appPage: page }) => {
  await openSampleMap(page);

  await gapRows(page).filter({ hasText: RAJ_UNPAIRED }).click();
  await expect(inspectorName(page)).toHaveValue("Raj Patel");
  await expect(cardByName(page, "Raj Patel").locator(".person-card")).toHaveClass(/is-selected/);
  await expect(gapRows(page).filter({ hasText: RAJ_UNPAIRED })).toHaveAttribute(
    "aria-current",
    "true",
  );

  await gapRows(page).filter({ hasText: SALES_WEAK }).click();
  await expect(inspector(page).getByText("3 people selected")).toBeVisible();
  await expect(inspector(page).getByRole("listitem")).toHaveText([
    "From both organisations",
    "All in Sales",
  ]);
  for (const name of ["Jordan Lee", "Sofia Alvarez", "Ken Watanabe"]) {
    await expect(cardByName(page, name).locator(".person-card")).toHaveClass(/is-selected/);
  }
  await expect(cardByName(page, "Raj Patel").locator(".person-card")).not.toHaveClass(
    /is-selected/,
  );
  await expect(gapRows(page).filter({ hasText: RAJ_UNPAIRED })).not.toHaveAttribute(
    "aria-current",
    "true",
  );

  await gapRows(page).filter({ hasText: MARKETING_EMPTY }).click();
  await expect(inspectorName(page)).toHaveValue("Hannah Schultz");
});

test("follows edits: re-rating, linking and adding people change gaps and coverage", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  await expect(coverageText(page)).toHaveText("Coverage 66%");

  // Re-rate Jordan ↔ Ken from the inspector: Sales becomes healthy.
  await cardByName(page, "Jordan Lee").locator(".person-card-name").click();
  await inspector(page)
    .getByRole("button", { name: /Ken Watanabe/ })
    .click();
  await expect(strengthRadio(page, "2 Weak")).toHaveAttribute("aria-checked", "true");
  await strengthRadio(page, "4 Strong").click();
  await expect(gapRows(page).filter({ hasText: SALES_WEAK })).toHaveCount(0);
  await expect(coverageText(page)).toHaveText("Coverage 83%");

  // Link Raj to a Globex engineer: his unpaired note goes.
  await connectCards(page, "Raj Patel", "Sam Morgan");
  await expect(relationshipEdges(page)).toHaveCount(14);
  await expect(gapRows(page).filter({ hasText: RAJ_UNPAIRED })).toHaveCount(0);
  await expect(cardByName(page, "Raj Patel")).not.toHaveAttribute("data-gap", /.*/);

  // Someone at Globex in Marketing: the gap becomes "nobody is linked", with a ghost link.
  const spot = await emptySpotIn(page, "Marketing", "b");
  await page.mouse.dblclick(spot.x, spot.y);
  await page.keyboard.type("Mia Wong");
  await page.keyboard.press("Enter");
  await expect(cardByName(page, "Mia Wong")).toHaveCount(1);
  const unlinked = "Nobody from Acme Software is linked to anyone from Globex Cloud at Marketing.";
  await expect(gapRows(page)).toHaveText([
    `Warning: ${unlinked}`,
    "Info: Hannah Schultz has no link to anyone from Globex Cloud at Marketing.",
    "Info: Mia Wong has no link to anyone from Acme Software at Marketing.",
  ]);
  await expect(coverageText(page)).toHaveText("Coverage 83%");

  await clickLineBetween(page, "Hannah Schultz", "Mia Wong");
  await expect(ghostEdges(page)).toHaveCount(0);
  await expect(coverageText(page)).toHaveText("Coverage 100%");
  await expect(
    gapsPanel(page).getByText("No gaps: every tier has a healthy peer link."),
  ).toBeVisible();
  await expect(gapRows(page)).toHaveCount(0);

  // And back with one undo.
  await page.keyboard.press("Control+z");
  await expect(coverageText(page)).toHaveText("Coverage 83%");
  await expect(gapRows(page).filter({ hasText: unlinked })).toHaveCount(1);
});

test("a blank map measures no coverage yet and says how to start", async ({ appPage: page }) => {
  await openNewMap(page);
  await expect(coverageText(page)).toHaveText("Coverage —");
  await expect(gapsPanel(page)).toContainText(
    "No gaps yet: add people to both organisations to see how well the tiers are linked.",
  );
  await expect(gapRows(page)).toHaveCount(0);
  // One person: their tier has nobody on the other side, and still nothing can be measured.
  await addPeopleByForm(page, "Partner", "Executive sponsor", ["Marcus Okafor"]);
  await expect(coverageText(page)).toHaveText("Coverage —");
  await expect(gapsPanel(page)).toContainText("Add people on both sides to measure coverage.");
  await expect(gapRows(page)).toHaveText([
    "Critical: Our company has nobody at Executive sponsor.",
  ]);
  await gapRows(page).first().click();
  await expect(inspectorName(page)).toHaveValue("Marcus Okafor");
});

test("many unpaired people fold into one row that opens", async ({ appPage: page }) => {
  await openNewMap(page);
  const ours = Array.from({ length: 9 }, (_, i) => `Engineer ${i + 1}`);
  await addPeopleByForm(page, "Our company", "Technical / delivery", ours);
  await addPeopleByForm(page, "Partner", "Technical / delivery", ["Elena Petrova"]);
  await expect(coverageText(page)).toHaveText("Coverage 0%");
  const fold = gapsPanel(page).getByRole("button", { name: "Info: 10 unpaired people" });
  await expect(fold).toHaveAttribute("aria-expanded", "false");
  await expect(gapRows(page).filter({ hasText: "Engineer 1 has no link" })).toBeHidden();

  await fold.click();
  await expect(fold).toHaveAttribute("aria-expanded", "true");
  await expect(gapRows(page).filter({ hasText: "has no link to anyone from" })).toHaveCount(10);
  await gapRows(page).filter({ hasText: "Elena Petrova has no link" }).click();
  await expect(inspectorName(page)).toHaveValue("Elena Petrova");

  // Accepting the ghost link pairs Elena with the first engineer: two fewer unpaired people.
  await expect(ghostEdges(page)).toHaveCount(1);
  await expect(ghostEdges(page)).toHaveAttribute(
    "aria-label",
    "Suggested missing link: Engineer 1 and Elena Petrova. Click to add it.",
  );
  // The gap click zoomed in on Elena; back to the whole board to reach the ghost link.
  await fitWholeMap(page);
  await clickLineBetween(page, "Engineer 1", "Elena Petrova");
  await expect(edgeBetween(page, "Engineer 1", "Elena Petrova")).toHaveCount(1);
  await expect(coverageText(page)).toHaveText("Coverage 100%");
  await expect(gapRows(page).filter({ hasText: "has no link to anyone from" })).toHaveCount(8);
  await expect(gapsPanel(page).getByRole("button", { name: /unpaired people/ })).toHaveCount(0);
});
