/**
 * The home screen: creating a blank map and the sample, the list of maps with their figures,
 * rename, duplicate, delete with undo, opening a map, browser history, and unknown addresses.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  allMapsLink,
  cardOrgs,
  cardStat,
  goHome,
  mapCard,
  mapCardNames,
  mapCards,
  mapIdOf,
  readStoredMap,
  skipPersistNotice,
  toastList,
} from "./storage-support";
import {
  addPeopleByForm,
  canvasPane,
  cards,
  coverageText,
  createNewMap,
  DEFAULT_TIERS,
  laneLabels,
  openNewMap,
  openSampleMap,
  relationshipEdges,
  roster,
  toolbarTitle,
} from "./support/editor";

test.beforeEach(async ({ context }) => {
  await skipPersistNotice(context);
});

/** "12 Mar 2025" the way the card's "Last edited" writes today, in the page's locale. */
function todayAsShown(page: Page): Promise<string> {
  return page.evaluate(() =>
    new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(new Date()),
  );
}

/** The editor's "Coverage NN%" as "NN%" ("—" while nobody is placed on both sides). */
async function editorCoverage(page: Page): Promise<string> {
  await expect(coverageText(page)).toHaveText(/^Coverage (\d+%|—)$/);
  return (await coverageText(page).textContent())?.replace("Coverage ", "") ?? "";
}

/** The sample alliance, stored and listed; returns its id and the coverage the editor shows. */
async function sampleOnHome(page: Page): Promise<{ id: string; coverage: string }> {
  await openSampleMap(page);
  const id = mapIdOf(page);
  const coverage = await editorCoverage(page);
  await allMapsLink(page).click();
  await expect(mapCard(page, "Sample alliance")).toBeVisible();
  return { id, coverage };
}

test("with no maps yet it says so and offers both ways to start", async ({ appPage: page }) => {
  await expect(page.getByRole("heading", { name: "Your maps" })).toBeVisible();
  await expect(page.getByText("No maps yet.", { exact: false })).toBeVisible();
  await expect(mapCards(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "New map" })).toBeEnabled();
  await expect(page.getByRole("button", { name: "Open the sample alliance" })).toBeEnabled();
});

test("New map opens a blank map with the default tiers, then lists it", async ({
  appPage: page,
}) => {
  await createNewMap(page);
  await expect(page).toHaveURL(/#\/map\/[^/]+$/);
  const id = mapIdOf(page);
  await expect(toolbarTitle(page)).toHaveText("Untitled map");
  await expect(laneLabels(page)).toHaveText([...DEFAULT_TIERS]);
  await expect(cards(page)).toHaveCount(0);
  await expect(roster(page).getByText("0 people", { exact: true })).toBeVisible();
  const coverage = await editorCoverage(page);
  // Nobody placed yet: nothing is measured, so never "100%".
  expect(coverage).toBe("—");

  await allMapsLink(page).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(mapCards(page)).toHaveCount(1);
  const card = mapCard(page, "Untitled map");
  await expect(cardOrgs(card)).toContainText("Our company");
  await expect(cardOrgs(card)).toContainText("Partner");
  await expect(cardStat(card, "Coverage")).toHaveText(coverage);
  await expect(cardStat(card, "People")).toHaveText("0");
  await expect(cardStat(card, "Relationships")).toHaveText("0");
  await expect(cardStat(card, "Last edited")).toContainText(await todayAsShown(page));
  await expect(card.getByRole("link", { name: "Open Untitled map" })).toHaveAttribute(
    "href",
    `#/map/${id}`,
  );
});

test("the sample alliance is listed with both organisations and its figures", async ({
  appPage: page,
}) => {
  await page.getByRole("button", { name: "Open the sample alliance" }).click();
  await expect(page).toHaveURL(/#\/map\/[^/]+$/);
  await expect(toolbarTitle(page)).toHaveText("Sample alliance");
  await expect(cards(page)).toHaveCount(16);
  await expect(relationshipEdges(page)).toHaveCount(13);
  const coverage = await editorCoverage(page);
  expect(coverage).not.toBe("100%"); // The sample has gaps on purpose.

  await allMapsLink(page).click();
  const card = mapCard(page, "Sample alliance");
  await expect(card).toBeVisible();
  await expect(cardOrgs(card)).toHaveText(/Acme Software.*Globex Cloud/);
  await expect(cardStat(card, "Coverage")).toHaveText(coverage);
  await expect(cardStat(card, "People")).toHaveText("16");
  await expect(cardStat(card, "Relationships")).toHaveText("13");
  await expect(cardStat(card, "Last edited")).toContainText(await todayAsShown(page));

  // The figures are what is stored, so they are the same after a reload.
  await page.reload();
  await expect(cardStat(mapCard(page, "Sample alliance"), "People")).toHaveText("16");
});

test("the most recently edited map comes first, with its figures updated", async ({
  appPage: page,
}) => {
  await openNewMap(page);
  await allMapsLink(page).click();
  await sampleOnHome(page);
  await expect(mapCardNames(page)).toHaveText(["Sample alliance", "Untitled map"]);

  await mapCard(page, "Untitled map").getByRole("link", { name: "Open Untitled map" }).click();
  await expect(toolbarTitle(page)).toHaveText("Untitled map");
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
  await addPeopleByForm(page, "Partner", "Sales", ["Linus Torvalds"]);
  await allMapsLink(page).click();

  await expect(mapCardNames(page)).toHaveText(["Untitled map", "Sample alliance"]);
  const card = mapCard(page, "Untitled map");
  await expect(cardStat(card, "People")).toHaveText("2");
  await expect(cardStat(card, "Relationships")).toHaveText("0");
  // Both staffed, nobody linked: the Sales tier is uncovered.
  await expect(cardStat(card, "Coverage")).toHaveText("0%");
});

test("rename: Enter saves the new name everywhere, Escape and an empty name change nothing", async ({
  appPage: page,
}) => {
  const { id } = await sampleOnHome(page);
  const card = mapCard(page, "Sample alliance");

  // Escape leaves the name as it was.
  await card.getByRole("button", { name: "Rename Sample alliance" }).click();
  const field = page.getByLabel("New name for Sample alliance");
  await expect(field).toBeFocused();
  await expect(field).toHaveValue("Sample alliance");
  await field.fill("Never mind");
  await field.press("Escape");
  await expect(field).toHaveCount(0);
  await expect(mapCardNames(page)).toHaveText(["Sample alliance"]);

  // An empty name is refused with a message.
  await card.getByRole("button", { name: "Rename Sample alliance" }).click();
  await field.fill("   ");
  await field.press("Enter");
  await expect(mapCards(page).getByRole("alert")).toHaveText("A map needs a name.");
  await expect(field).toBeVisible();

  await field.fill("Acme × Globex workshop");
  await field.press("Enter");
  const renamed = mapCard(page, "Acme × Globex workshop");
  await expect(renamed).toBeVisible();
  await expect(mapCardNames(page)).toHaveText(["Acme × Globex workshop"]);
  await expect(cardStat(renamed, "People")).toHaveText("16");
  await expect
    .poll(async () => (await readStoredMap(page, id))?.header.name)
    .toBe("Acme × Globex workshop");

  await page.reload();
  await expect(mapCardNames(page)).toHaveText(["Acme × Globex workshop"]);
  await mapCard(page, "Acme × Globex workshop")
    .getByRole("link", { name: "Open Acme × Globex workshop" })
    .click();
  await expect(toolbarTitle(page)).toHaveText("Acme × Globex workshop");
  await expect(cards(page)).toHaveCount(16);
});

test("duplicate makes an independent copy with the same figures", async ({ appPage: page }) => {
  const { id, coverage } = await sampleOnHome(page);
  await mapCard(page, "Sample alliance")
    .getByRole("button", { name: "Duplicate Sample alliance" })
    .click();

  const copy = mapCard(page, "Sample alliance (copy)");
  await expect(copy).toBeVisible();
  await expect(
    toastList(page).filter({ hasText: 'Made a copy of "Sample alliance".' }),
  ).toBeVisible();
  await expect(mapCards(page)).toHaveCount(2);
  await expect(cardOrgs(copy)).toHaveText(/Acme Software.*Globex Cloud/);
  await expect(cardStat(copy, "Coverage")).toHaveText(coverage);
  await expect(cardStat(copy, "People")).toHaveText("16");
  await expect(cardStat(copy, "Relationships")).toHaveText("13");
  const href = await copy
    .getByRole("link", { name: "Open Sample alliance (copy)" })
    .getAttribute("href");
  expect(href).toMatch(/^#\/map\/[^/]+$/);
  expect(href).not.toBe(`#/map/${id}`);

  // Editing the copy leaves the original alone.
  await copy.getByRole("link", { name: "Open Sample alliance (copy)" }).click();
  await expect(toolbarTitle(page)).toHaveText("Sample alliance (copy)");
  await expect(cards(page)).toHaveCount(16);
  await expect(relationshipEdges(page)).toHaveCount(13);
  await addPeopleByForm(page, "Acme Software", "Marketing", ["Ada Lovelace"]);
  await allMapsLink(page).click();
  await expect(cardStat(mapCard(page, "Sample alliance (copy)"), "People")).toHaveText("17");
  await expect(cardStat(mapCard(page, "Sample alliance"), "People")).toHaveText("16");
  expect((await readStoredMap(page, id))?.people).toHaveLength(16);
});

test("delete asks first, and Undo puts the map back as it was", async ({ appPage: page }) => {
  const { id, coverage } = await sampleOnHome(page);
  const card = mapCard(page, "Sample alliance");
  const asked: string[] = [];

  // Cancelled: nothing happens.
  page.once("dialog", (dialog) => {
    asked.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await card.getByRole("button", { name: "Delete Sample alliance" }).click();
  await expect.poll(() => asked).toHaveLength(1);
  expect(asked[0]).toBe('confirm: Delete "Sample alliance"? You can undo this for a few seconds.');
  await expect(card).toBeVisible();
  expect(await readStoredMap(page, id)).not.toBeNull();

  // Confirmed: gone from the list and from storage, with an Undo.
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.accept();
  });
  await card.getByRole("button", { name: "Delete Sample alliance" }).click();
  await expect(card).toHaveCount(0);
  expect(asked).toHaveLength(2);
  await expect(page.getByText("No maps yet.", { exact: false })).toBeVisible();
  await expect.poll(() => readStoredMap(page, id)).toBeNull();
  const toast = toastList(page).filter({ hasText: 'Deleted "Sample alliance".' });
  await expect(toast).toBeVisible();

  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(toast).toHaveCount(0);
  const restored = mapCard(page, "Sample alliance");
  await expect(restored).toBeVisible();
  await expect(cardStat(restored, "People")).toHaveText("16");
  await expect(cardStat(restored, "Relationships")).toHaveText("13");
  await expect(cardStat(restored, "Coverage")).toHaveText(coverage);

  // Really back, under the same address.
  await page.reload();
  await expect(mapCard(page, "Sample alliance")).toBeVisible();
  await page.goto(`/#/map/${id}`);
  await expect(toolbarTitle(page)).toHaveText("Sample alliance");
  await expect(cards(page)).toHaveCount(16);
  await expect(relationshipEdges(page)).toHaveCount(13);
});

test("a deleted map stays deleted, and its address then says it is not found", async ({
  appPage: page,
}) => {
  const { id } = await sampleOnHome(page);
  page.once("dialog", (dialog) => void dialog.accept());
  await mapCard(page, "Sample alliance")
    .getByRole("button", { name: "Delete Sample alliance" })
    .click();
  await expect(mapCards(page)).toHaveCount(0);
  await expect.poll(() => readStoredMap(page, id)).toBeNull();

  await page.reload();
  await expect(page.getByText("No maps yet.", { exact: false })).toBeVisible();
  await page.goto(`/#/map/${id}`);
  await expect(page.getByRole("heading", { name: "Map not found" })).toBeVisible();
});

test("Open goes to #/map/<id>; Back and Forward move between home and the map", async ({
  appPage: page,
}) => {
  const { id } = await sampleOnHome(page);
  await mapCard(page, "Sample alliance")
    .getByRole("link", { name: "Open Sample alliance" })
    .click();
  await expect(page).toHaveURL(new RegExp(`#/map/${id}$`));
  await expect(toolbarTitle(page)).toHaveText("Sample alliance");
  await expect(cards(page)).toHaveCount(16);

  await page.goBack();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole("heading", { name: "Your maps" })).toBeVisible();
  await expect(mapCard(page, "Sample alliance")).toBeVisible();
  await expect(canvasPane(page)).toHaveCount(0);

  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`#/map/${id}$`));
  await expect(toolbarTitle(page)).toHaveText("Sample alliance");
  await expect(cards(page)).toHaveCount(16);

  // The map's name is a link too.
  await goHome(page);
  await mapCard(page, "Sample alliance").locator(".map-card-name a").click();
  await expect(page).toHaveURL(new RegExp(`#/map/${id}$`));
  await expect(toolbarTitle(page)).toHaveText("Sample alliance");
});

test("an unknown map address shows “Map not found” with a way home", async ({ appPage: page }) => {
  await page.goto("/#/map/nope");
  await expect(page.getByRole("heading", { name: "Map not found" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("There is no map with this address");
  await page.getByRole("link", { name: "Go to your maps" }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole("heading", { name: "Your maps" })).toBeVisible();
  await expect(page.getByRole("button", { name: "New map" })).toBeVisible();
});

test("when the editor cannot be downloaded, the map page says so and that the map is safe", async ({
  appPage: page,
  appIssues,
}) => {
  await openSampleMap(page);
  const address = page.url();
  // The editor is its own chunk, loaded when a map opens: make that download fail.
  await page.route(/EditorScreen-[^/]*\.js$/, (route) => route.abort());
  appIssues.allow({ kind: "request-failed", match: "EditorScreen" }, /EditorScreen/);
  // Leaving the page cancels whatever it was still loading (the find box's prefetch, the icon):
  // the browser reports those as aborted, which is not a download that failed.
  appIssues.allow({ kind: "request-failed", match: "net::ERR_ABORTED" });
  await page.goto("about:blank");
  await page.goto(address);

  await expect(page.getByRole("heading", { name: "The editor could not be loaded" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText(
    "Your map is safe in this browser. Check the connection and reload the page.",
  );

  // Back online, a reload opens the map as it was.
  await page.unroute(/EditorScreen-[^/]*\.js$/);
  await page.getByRole("button", { name: "Reload" }).click();
  await expect(toolbarTitle(page)).toHaveText("Sample alliance");
  await expect(cards(page)).toHaveCount(16);
});
