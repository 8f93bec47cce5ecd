/**
 * Snapshots, with real clicks and keys: saved from the toolbar and with Ctrl+S, listed newest
 * first in History with their counts and the coverage trend, opened read only, restored as a
 * new map, renamed, deleted and brought back, still there after a reload and seen by another tab.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectSaved, goHome, mapCard, skipPersistNotice, toastList } from "./storage-support";
import {
  cardByName,
  cards,
  EDITOR_VIEWPORT,
  openSampleMap,
  roster,
  selectCard,
  toolbar,
  toolbarTitle,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

test.beforeEach(async ({ context }) => {
  await skipPersistNotice(context);
});

const history = (page: Page): Locator => page.getByRole("region", { name: "History" });
const snapshotItems = (page: Page): Locator =>
  history(page).getByRole("list", { name: "Snapshots, newest first" }).getByRole("listitem");
const dialog = (page: Page, name: string): Locator => page.getByRole("dialog", { name });
const banner = (page: Page): Locator => page.locator(".snapshot-banner");

async function saveSnapshot(page: Page, label: string, date?: string): Promise<void> {
  const form = dialog(page, "Save snapshot");
  await expect(form).toBeVisible();
  await form.getByLabel("Label").fill(label);
  if (date) await form.getByLabel("Date of the review").fill(date);
  await form.getByLabel("Label").press("Enter");
  await expect(form).toBeHidden();
  await expect(toastList(page).filter({ hasText: `Saved snapshot "${label}"` })).toHaveCount(1);
}

async function openHistory(page: Page): Promise<void> {
  if (await history(page).isVisible()) return;
  await page
    .getByRole("complementary", { name: "Details" })
    .getByRole("button", { name: "History" })
    .click();
  await expect(history(page)).toBeVisible();
}

test("two snapshots with an edit between: History, read only view, restore, rename, delete, reload", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  // The first from the toolbar, for a review held in the past.
  await toolbar(page).getByRole("button", { name: "Save snapshot" }).click();
  await saveSnapshot(page, "Kick-off", "2026-03-12");

  // An edit: Dana leaves, and her links with her.
  await selectCard(page, "Dana Whitfield");
  await page.keyboard.press("Delete");
  await expect(cards(page)).toHaveCount(15);
  await expectSaved(page);

  // The second with Ctrl+S (the browser's "save page" must not open), dated today.
  await cardByName(page, "Marcus Okafor").locator(".person-card-name").click();
  await page.keyboard.press("Control+s");
  await saveSnapshot(page, "QBR Q3 2026");

  await openHistory(page);
  await expect(snapshotItems(page)).toHaveCount(2);
  const [newest, oldest] = [snapshotItems(page).nth(0), snapshotItems(page).nth(1)];
  await expect(newest).toContainText("QBR Q3 2026");
  await expect(newest).toContainText("15 people");
  await expect(oldest).toContainText("Kick-off");
  await expect(oldest).toContainText("12 Mar 2026");
  await expect(oldest).toContainText("16 people");
  await expect(oldest).toContainText(/Coverage \d+%/);
  const links = async (item: Locator) =>
    Number(/(\d+) links/.exec((await item.textContent()) ?? "")?.[1]);
  expect(await links(newest)).toBeLessThan(await links(oldest));
  // The trend: both snapshots, oldest first, then now.
  await expect(history(page).locator("figcaption")).toContainText(
    /Kick-off \(12 Mar 2026\): \d+%; QBR Q3 2026 \(.+\): \d+%; Now: \d+%/,
  );
  await expect(history(page).locator(".trend-dot")).toHaveCount(3);

  // Open the kick-off read only: Dana is back, nothing can be changed.
  await oldest.getByRole("button", { name: "Open Kick-off" }).click();
  await expect(banner(page)).toHaveText(/Viewing snapshot 'Kick-off' \(12 Mar 2026\) — read only/);
  await expect(cards(page)).toHaveCount(16);
  await expect(roster(page)).toHaveCount(0);
  await cardByName(page, "Dana Whitfield").locator(".person-card-name").click();
  await page.keyboard.press("Delete");
  await page.keyboard.press("1");
  await page.keyboard.press("Control+z");
  await expect(cards(page)).toHaveCount(16);
  await expect(cardByName(page, "Dana Whitfield")).toHaveCount(1);
  await banner(page).getByRole("button", { name: "Back to now" }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect(cards(page)).toHaveCount(15);
  await expect(cardByName(page, "Dana Whitfield")).toHaveCount(0);

  // Rename.
  await newest.getByRole("button", { name: "Rename QBR Q3 2026" }).click();
  const rename = dialog(page, "Rename snapshot");
  await rename.getByLabel("Label").fill("QBR Q3");
  await rename.getByLabel("Label").press("Enter");
  await expect(snapshotItems(page).nth(0)).toContainText("QBR Q3");

  // Delete asks, and Undo brings it back.
  page.once("dialog", (question) => void question.accept());
  await snapshotItems(page).nth(1).getByRole("button", { name: "Delete Kick-off" }).click();
  await expect(snapshotItems(page)).toHaveCount(1);
  await toastList(page).getByRole("button", { name: "Undo" }).click();
  await expect(snapshotItems(page)).toHaveCount(2);

  // Everything is still there after a reload.
  await page.reload();
  await expect(toolbarTitle(page)).toHaveText("Sample alliance");
  await openHistory(page);
  await expect(snapshotItems(page)).toHaveCount(2);
  await expect(snapshotItems(page).nth(0)).toContainText("QBR Q3");
  await expect(cards(page)).toHaveCount(15);

  // Restore the kick-off as a new map, and open it.
  await snapshotItems(page)
    .nth(1)
    .getByRole("button", { name: "Restore Kick-off as a new map" })
    .click();
  await toastList(page).getByRole("button", { name: "Open it" }).click();
  await expect(toolbarTitle(page)).toHaveText("Sample alliance (Kick-off)");
  await expect(cards(page)).toHaveCount(16);
  await expect(cardByName(page, "Dana Whitfield")).toHaveCount(1);

  // Home: the map with snapshots has a sparkline of its coverage.
  await goHome(page);
  await expect(mapCard(page, "Sample alliance").locator(".trend-spark circle")).toHaveCount(3);
});

test("a snapshot saved in one tab appears in the other tab's History", async ({
  appPage: page,
  context,
}) => {
  await openSampleMap(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(cards(other)).toHaveCount(16);
  await openHistory(other);
  await expect(snapshotItems(other)).toHaveCount(0);

  await page.keyboard.press("Control+s");
  await saveSnapshot(page, "Kick-off");
  await expect(snapshotItems(other)).toHaveCount(1);
  await expect(snapshotItems(other).nth(0)).toContainText("Kick-off");
  await other.close();
});
