/**
 * Between the home screen and the editor, the way a user goes, and snapshots of what each shows
 * (to prove that a refused import changed nothing).
 */
import { expect, type Locator, type Page } from "@playwright/test";
import { cards, gapsPanel, roster, toolbar, toolbarTitle } from "./editor";

/** The once-per-browser storage notice would push the editor down; mark it as already shown. */
const PERSIST_NOTICE_KEY = "peermap.persistNoticeShown";

/**
 * The home screen, with the storage notice marked as already shown (it only shows once a map
 * with people is opened, so marking it now is in time).
 */
export async function goHome(page: Page): Promise<void> {
  await page.goto("/#/");
  await page.evaluate((key) => localStorage.setItem(key, "e2e"), PERSIST_NOTICE_KEY);
  await expect(page.getByRole("heading", { name: "Your maps" })).toBeVisible();
}

/**
 * Reloads the home screen once its logo has loaded (a reload would abort that request, which
 * the fixtures' error guard counts as a failure).
 */
export async function reloadHome(page: Page): Promise<void> {
  const logo = page.locator(".home-brand img");
  await expect
    .poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your maps" })).toBeVisible();
}

/** Back to the home screen the way a user goes: the toolbar's "All maps" link. */
export async function backHome(page: Page): Promise<void> {
  await toolbar(page)
    .getByRole("link", { name: /All maps/ })
    .click();
  await expect(page.getByRole("heading", { name: "Your maps" })).toBeVisible();
}

export const mapCards = (page: Page): Locator => page.locator("li.map-card");

/** Waits for the editor of the map called `name` to be open and drawn. */
export async function expectEditorOf(page: Page, name: string, timeout = 5_000): Promise<void> {
  await expect(page).toHaveURL(/#\/map\/[^/]+$/, { timeout });
  await expect(toolbarTitle(page)).toHaveText(name, { timeout });
  await expect(roster(page)).toBeVisible({ timeout });
}

/** The map id in the address bar. */
export function openMapId(page: Page): string {
  const match = /#\/map\/([^/]+)$/.exec(page.url());
  if (!match?.[1]) throw new Error(`No map is open at ${page.url()}`);
  return decodeURIComponent(match[1]);
}

export interface EditorSnapshot {
  title: string;
  roster: string;
  gaps: string;
  cardCount: number;
}

/** The open map as the user sees it: title, roster (names and counts), gaps panel, cards. */
export async function editorSnapshot(page: Page): Promise<EditorSnapshot> {
  return {
    title: (await toolbarTitle(page).textContent()) ?? "",
    roster: (await roster(page).textContent()) ?? "",
    gaps: (await gapsPanel(page).textContent()) ?? "",
    cardCount: await cards(page).count(),
  };
}

/** Every map card of the home screen: name, organisations, coverage, counts, last edit. */
export async function homeSnapshot(page: Page): Promise<string[]> {
  await expect(page.getByRole("heading", { name: "Your maps" })).toBeVisible();
  await expect(page.getByText("Loading your maps…")).toHaveCount(0);
  return mapCards(page).allInnerTexts();
}
