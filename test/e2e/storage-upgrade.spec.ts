/**
 * A newer Peermap in another tab upgrades the database while this tab has a map open: this tab
 * saves what is pending, lets the upgrade through at once (the other tab's open does not hang),
 * then says it must be reloaded, and goes on working in memory meanwhile.
 *
 * The "other tab" is a plain page of the same origin that opens the database one version up,
 * as the next release's Dexie would.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  DB_NAME,
  expectSaved,
  gotoBlankPage,
  mapIdOf,
  saveStatus,
  skipPersistNotice,
  storageBanner,
  storedDbVersion,
  storedPeopleNames,
} from "./storage-support";
import {
  addPeopleByForm,
  cardByName,
  cards,
  EDITOR_VIEWPORT,
  openAddPersonForm,
  openNewMap,
  toolbarTitle,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

test.beforeEach(async ({ context }) => {
  await skipPersistNotice(context);
});

interface UpgradeResult {
  outcome: "success" | "error" | "timeout";
  blocked: boolean;
  version: number;
  ms: number;
}

/**
 * Open the database at `version` from `page`, adding an object store in the upgrade as a real
 * schema change would; gives up after `timeoutMs` (an open that waits on another tab forever
 * is exactly what must not happen).
 */
function upgradeDatabase(page: Page, version: number, timeoutMs: number): Promise<UpgradeResult> {
  return page.evaluate(
    ({ name, version, timeoutMs }) =>
      new Promise<UpgradeResult>((resolve) => {
        const started = performance.now();
        let blocked = false;
        const done = (outcome: UpgradeResult["outcome"], v = 0) =>
          resolve({ outcome, blocked, version: v, ms: Math.round(performance.now() - started) });
        const timer = setTimeout(() => done("timeout"), timeoutMs);
        const request = indexedDB.open(name, version);
        request.onblocked = () => {
          blocked = true;
        };
        request.onupgradeneeded = () => {
          request.result.createObjectStore("e2eNextRelease");
        };
        request.onerror = () => {
          clearTimeout(timer);
          done("error");
        };
        request.onsuccess = () => {
          clearTimeout(timer);
          const db = request.result;
          const v = db.version;
          db.close();
          done("success", v);
        };
      }),
    { name: DB_NAME, version, timeoutMs },
  );
}

test("another tab upgrading the database: this tab saves, lets it through, asks for a reload", async ({
  appPage: page,
  context,
  appIssues,
}) => {
  await openNewMap(page);
  const id = mapIdOf(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
  await expectSaved(page);

  const other = await context.newPage();
  await gotoBlankPage(other);
  const current = await storedDbVersion(other);
  expect(current).toBeGreaterThan(0);

  // An edit still waiting for its save when the upgrade comes.
  const form = await openAddPersonForm(page, "Partner");
  await form.getByLabel("Name").fill("Linus Torvalds");
  await form.getByLabel("Name").press("Enter");
  const result = await upgradeDatabase(other, current + 1, 5000);

  expect(result.outcome, JSON.stringify(result)).toBe("success");
  expect(result.version).toBe(current + 1);
  expect(result.ms).toBeLessThan(3000);
  // The pending edit was saved before this tab let go of the database.
  expect(await storedPeopleNames(other, id)).toEqual(["Ada Lovelace", "Linus Torvalds"]);

  const banner = storageBanner(page);
  await expect(banner).toContainText(
    "Peermap was updated in another tab. Reload this tab to keep working; your saved work is safe.",
  );
  await expect(banner.getByRole("button", { name: "Reload" })).toBeVisible();
  await expect(saveStatus(page)).toHaveText(
    "Not saved: Peermap was updated in another tab; reload this tab to save again",
  );

  // Still usable meanwhile (in memory).
  await expect(cardByName(page, "Linus Torvalds")).toBeVisible();
  await form.getByRole("button", { name: "Done" }).click();
  await addPeopleByForm(page, "Partner", "Sales", ["Ken Thompson"]);
  await expect(cards(page)).toHaveCount(3);
  // Nothing of that reaches the upgraded database.
  expect(await storedPeopleNames(other, id)).toEqual(["Ada Lovelace", "Linus Torvalds"]);

  // Reload, as the banner asks: the map opens from the upgraded database, as it was saved.
  await banner.getByRole("button", { name: "Reload" }).click();
  await expect(toolbarTitle(page)).toHaveText("Untitled map");
  await expect(cardByName(page, "Ada Lovelace")).toBeVisible();
  await expect(cardByName(page, "Linus Torvalds")).toBeVisible();
  await expect(cards(page)).toHaveCount(2);
  expect(appIssues.all).toEqual([]);
});
