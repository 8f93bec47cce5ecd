/**
 * When IndexedDB is missing or fails, the app keeps working in memory, says at once (banner and
 * save status) that the work is not being kept and how to keep a copy (Export JSON), and
 * nothing crashes. A passing failure only shows "Not saved: …" until a retry gets through.
 *
 * The app handles these failures without a single console error or uncaught exception, so no
 * issue is allowed here: the fixture's guard would fail any test that logged one, and each
 * test also checks that nothing at all was reported.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  allMapsLink,
  cardStat,
  expectSaved,
  failedWriteCount,
  injectWriteFailures,
  mapCard,
  mapIdOf,
  readStoredMap,
  removeIndexedDb,
  saveStatus,
  setWriteFailure,
  skipPersistNotice,
  storageBanner,
  storedPeopleNames,
} from "./storage-support";
import {
  addPeopleByForm,
  canvasPane,
  cardByName,
  cards,
  createNewMap,
  EDITOR_VIEWPORT,
  inspectorName,
  openNewMap,
  rosterNamesInTier,
  selectCard,
  toolbar,
  toolbarTitle,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

test.beforeEach(async ({ context }) => {
  await skipPersistNotice(context);
});

const FULL = "this device's storage is full";
const NO_STORAGE = "this browser does not allow storage here (private mode?)";

/** The banner saying the work is not kept, with its reason, and pointing at Export JSON. */
async function expectNotSavedBanner(page: Page, reason: string): Promise<void> {
  const banner = storageBanner(page);
  await expect(banner).toBeVisible();
  await expect(banner).toHaveAttribute("role", "alert");
  await expect(banner).toContainText(`Your work is not being saved: ${reason}.`);
  await expect(banner).toContainText("Export JSON");
}

/** Export JSON from the toolbar and return the downloaded file's people names. */
async function exportedPeople(page: Page): Promise<string[]> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    toolbar(page).getByRole("button", { name: "Export JSON" }).click(),
  ]);
  const path = await download.path();
  const file = JSON.parse(await readFile(path, "utf8")) as {
    map?: { people?: { name: string }[] };
    people?: { name: string }[];
  };
  const people = file.map?.people ?? file.people ?? [];
  return people.map((p) => p.name).sort();
}

test("without IndexedDB the app works in memory and says the work is not being saved", async ({
  page,
  appIssues,
}) => {
  await removeIndexedDb(page);
  await page.goto("/");
  await expectNotSavedBanner(page, NO_STORAGE);
  await expect(page.getByRole("heading", { name: "Your maps" })).toBeVisible();

  await openNewMap(page);
  await expect(saveStatus(page)).toHaveText(`Not saved: ${NO_STORAGE}`);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace", "Grace Hopper"]);
  await addPeopleByForm(page, "Partner", "Sales", ["Linus Torvalds"]);
  await expect(cards(page)).toHaveCount(3);
  await expect(saveStatus(page)).toHaveText(`Not saved: ${NO_STORAGE}`);
  await expectNotSavedBanner(page, NO_STORAGE);

  // The way out the banner offers works.
  expect(await exportedPeople(page)).toEqual(["Ada Lovelace", "Grace Hopper", "Linus Torvalds"]);

  // The home list and reopening work from memory for as long as the tab lives.
  await allMapsLink(page).click();
  const card = mapCard(page, "Untitled map");
  await expect(cardStat(card, "People")).toHaveText("3");
  await card.getByRole("link", { name: "Open Untitled map" }).click();
  await expect(cards(page)).toHaveCount(3);
  await expect(rosterNamesInTier(page, "Our company", "Sales")).toHaveText([
    "Ada Lovelace",
    "Grace Hopper",
  ]);
  expect(appIssues.all).toEqual([]);
});

test("storage filling up mid-session: the tab goes on in memory, banner and status say so", async ({
  page,
  appIssues,
}) => {
  await injectWriteFailures(page, { errorName: "QuotaExceededError" });
  await page.goto("/");
  await openNewMap(page);
  const id = mapIdOf(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
  await expectSaved(page);
  await expect(storageBanner(page)).toHaveCount(0);

  await setWriteFailure(page, true);
  await addPeopleByForm(page, "Partner", "Sales", ["Linus Torvalds"]);
  await expectNotSavedBanner(page, FULL);
  await expect(saveStatus(page)).toHaveText(`Not saved: ${FULL}`);
  expect(await failedWriteCount(page)).toBeGreaterThan(0);

  // Everything keeps working: more people, a rename, the home list, reopening.
  await addPeopleByForm(page, "Partner", "Sales", ["Ken Thompson"]);
  await selectCard(page, "Ada Lovelace");
  await inspectorName(page).fill("Ada King");
  await inspectorName(page).press("Enter");
  await expect(cardByName(page, "Ada King")).toBeVisible();
  await expect(saveStatus(page)).toHaveText(`Not saved: ${FULL}`);
  expect(await exportedPeople(page)).toEqual(["Ada King", "Ken Thompson", "Linus Torvalds"]);

  await allMapsLink(page).click();
  await expect(cardStat(mapCard(page, "Untitled map"), "People")).toHaveText("3");
  await expectNotSavedBanner(page, FULL);
  await mapCard(page, "Untitled map").getByRole("link", { name: "Open Untitled map" }).click();
  await expect(cards(page)).toHaveCount(3);
  await expect(cardByName(page, "Ada King")).toBeVisible();

  // IndexedDB still holds what was saved before it filled up, untouched.
  expect(await storedPeopleNames(page, id)).toEqual(["Ada Lovelace"]);
  expect(appIssues.all).toEqual([]);
});

test("storage already full: a new map still opens and can be edited, in memory", async ({
  page,
  appIssues,
}) => {
  await injectWriteFailures(page, { errorName: "QuotaExceededError", failFromStart: true });
  await page.goto("/");
  await expect(storageBanner(page)).toHaveCount(0); // Nothing has failed yet.

  await createNewMap(page);
  await expect(page).toHaveURL(/#\/map\/[^/]+$/);
  await expect(canvasPane(page)).toBeVisible();
  await expect(toolbarTitle(page)).toHaveText("Untitled map");
  await expectNotSavedBanner(page, FULL);
  await expect(saveStatus(page)).toHaveText(`Not saved: ${FULL}`);
  const id = mapIdOf(page);

  await addPeopleByForm(page, "Our company", "Marketing", ["Ada Lovelace"]);
  await expect(cardByName(page, "Ada Lovelace")).toBeVisible();
  await expect(page.getByText(/could not create/i)).toHaveCount(0);
  expect(await readStoredMap(page, id)).toBeNull();
  expect(appIssues.all).toEqual([]);
});

test("a passing write failure shows “Not saved: …”, then “Saved” once a retry gets through", async ({
  page,
  appIssues,
}) => {
  await injectWriteFailures(page, { errorName: "UnknownError" });
  await page.goto("/");
  await openNewMap(page);
  const id = mapIdOf(page);

  await setWriteFailure(page, true);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
  await expect(saveStatus(page)).toHaveText("Not saved: the browser could not write to storage");
  // One failure is not the end of storage: no banner, still on IndexedDB.
  await expect(storageBanner(page)).toHaveCount(0);

  await setWriteFailure(page, false);
  // The autosave retries by itself (after a second, then longer).
  await expect(saveStatus(page)).toHaveText("Saved", { timeout: 4000 });
  await expect(storageBanner(page)).toHaveCount(0);
  expect(await storedPeopleNames(page, id)).toEqual(["Ada Lovelace"]);

  await page.reload();
  await expect(cardByName(page, "Ada Lovelace")).toBeVisible();
  expect(appIssues.all).toEqual([]);
});

test("writes that keep failing end in memory mode with the banner", async ({ page, appIssues }) => {
  await injectWriteFailures(page, { errorName: "UnknownError" });
  await page.goto("/");
  await openNewMap(page);

  await setWriteFailure(page, true);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
  await expect(saveStatus(page)).toHaveText("Not saved: the browser could not write to storage");
  // Retries after 1 s and 2 s fail too: the third failure gives IndexedDB up.
  await expect(storageBanner(page)).toBeVisible({ timeout: 8000 });
  await expectNotSavedBanner(page, "the browser could not write to storage");
  await addPeopleByForm(page, "Partner", "Sales", ["Linus Torvalds"]);
  await expect(cards(page)).toHaveCount(2);
  expect(appIssues.all).toEqual([]);
});
