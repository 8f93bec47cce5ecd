/**
 * Addresses and screens that go wrong: an address that cannot be decoded says "Map not found"
 * (it used to throw while rendering and leave a white page that no change of address brought
 * back), and an error while a screen renders shows what happened with "Reload" and "Go to your
 * maps", keeping every edit made before it.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  injectWriteFailures,
  mapIdOf,
  readStoredMap,
  setWriteFailure,
  skipPersistNotice,
  storageBanner,
} from "./storage-support";
import {
  cardByName,
  cards,
  inspectorName,
  openSampleMap,
  selectCard,
  toolbar,
  toolbarTitle,
} from "./support/editor";

test.beforeEach(async ({ context }) => {
  await skipPersistNotice(context);
});

const yourMaps = (page: Page) => page.getByRole("heading", { name: "Your maps" });

for (const address of ["#/map/%", "#/map/%E0%A4%A"]) {
  test(`the address ${address} says "Map not found", with the way home`, async ({
    appPage: page,
  }) => {
    // Typed into the address bar: the app starts on it.
    await page.goto(`/${address}`);
    await expect(page.getByRole("heading", { name: "Map not found" })).toBeVisible();
    await page.getByRole("link", { name: "Go to your maps" }).click();
    await expect(yourMaps(page)).toBeVisible();

    // Followed from inside the app: the hash changes under a running app, and back again.
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, address);
    await expect(page.getByRole("heading", { name: "Map not found" })).toBeVisible();
    await page.goBack();
    await expect(yourMaps(page)).toBeVisible();
  });
}

/**
 * An honest render error, with nothing added to the app for it: the picture export is its own
 * chunk, loaded the first time someone exports, and after a new version is deployed the old
 * chunk is gone. Refusing its download makes the lazy dialog throw while the editor renders.
 */
const PNG_CHUNK = /ExportPngDialog-[^/]*\.js$/;

async function crashEditor(page: Page) {
  await toolbar(page).getByRole("button", { name: "Export PNG", exact: true }).click();
  const heading = page.getByRole("heading", { name: "Something went wrong on this screen" });
  const fallback = page.getByRole("alert").filter({ has: heading });
  await expect(fallback).toBeVisible();
  await expect(fallback).toContainText("Failed to fetch dynamically imported module");
  return fallback;
}

test("an error while the editor renders offers Reload and the way home, and keeps the edit made just before", async ({
  appPage: page,
  appIssues,
}) => {
  await openSampleMap(page);
  const id = mapIdOf(page);
  await page.route(PNG_CHUNK, (route) => route.abort());
  // The refused download, and React reporting the error it caught.
  appIssues.allow({ kind: "request-failed", match: "ExportPngDialog" }, /ExportPngDialog/);

  // Renamed, then at once (inside the autosave's wait) the screen fails.
  await selectCard(page, "Priya Nair");
  await inspectorName(page).fill("Priya Raman");
  await inspectorName(page).press("Enter");
  const fallback = await crashEditor(page);
  await expect(fallback).toContainText("Everything you did before this is saved in this browser.");
  await expect(fallback.getByRole("button", { name: "Reload" })).toBeVisible();
  await expect(fallback.getByRole("link", { name: "Go to your maps" })).toBeVisible();
  const stored = await readStoredMap(page, id);
  expect(stored?.people.map((p) => p.name)).toContain("Priya Raman");

  // Reload: the map as it was, the edit included.
  await fallback.getByRole("button", { name: "Reload" }).click();
  await expect(toolbarTitle(page)).toHaveText("Sample alliance");
  await expect(cards(page)).toHaveCount(16);
  await expect(cardByName(page, "Priya Raman")).toBeVisible();
  await expect(cardByName(page, "Priya Nair")).toHaveCount(0);

  // Go to your maps: the home screen works, and the map opens again from there.
  await crashEditor(page);
  await page.getByRole("link", { name: "Go to your maps" }).click();
  await expect(yourMaps(page)).toBeVisible();
  await page.getByRole("link", { name: "Open Sample alliance" }).click();
  await expect(toolbarTitle(page)).toHaveText("Sample alliance");
  await expect(cardByName(page, "Priya Raman")).toBeVisible();
});

test("with storage full, the error screen says the work is in this tab only, and the way home keeps it", async ({
  page,
  appIssues,
}) => {
  await injectWriteFailures(page, { errorName: "QuotaExceededError" });
  await page.goto("/");
  await openSampleMap(page);
  const id = mapIdOf(page);
  await page.route(PNG_CHUNK, (route) => route.abort());
  appIssues.allow({ kind: "request-failed", match: "ExportPngDialog" }, /ExportPngDialog/);

  await setWriteFailure(page, true);
  await selectCard(page, "Priya Nair");
  await inspectorName(page).fill("Priya Raman");
  await inspectorName(page).press("Enter");
  const fallback = await crashEditor(page);
  await expect(storageBanner(page)).toContainText("Your work is not being saved");
  await expect(fallback).toContainText(
    "Your work is kept in this tab only, so do not reload it: go to your maps, open the map again and export it.",
  );
  // A reload would lose the rename: it is not offered.
  await expect(fallback.getByRole("button", { name: "Reload" })).toHaveCount(0);
  const stored = await readStoredMap(page, id);
  expect(stored?.people.map((p) => p.name)).toContain("Priya Nair");

  await fallback.getByRole("link", { name: "Go to your maps" }).click();
  await expect(yourMaps(page)).toBeVisible();
  await page.getByRole("link", { name: "Open Sample alliance" }).click();
  await expect(cardByName(page, "Priya Raman")).toBeVisible();
});
