/**
 * Present mode (issue 14): P shows the map alone, full screen where the browser allows, fitted
 * and readable from the back of a room at 1280×720; the arrows reveal it tier by tier and the
 * bottom bar counts only what is shown; 1–5 and N edit it live, saved like any edit; `?` lists
 * every shortcut. Real keys and mouse throughout.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { mapIdOf, readStoredMap } from "./storage-support";
import {
  boxOf,
  cardByName,
  cards,
  connectCards,
  edgeBetween,
  gapsPanel,
  handleOf,
  inspector,
  openNewMap,
  openSampleMap,
  roster,
  toolbar,
} from "./support/editor";

test.use({ viewport: { width: 1280, height: 720 } });

const bar = (page: Page) => page.getByRole("region", { name: "Presentation summary" });
const coverage = (page: Page) => bar(page).locator(".present-bar-coverage");
const barGaps = (page: Page) => bar(page).getByRole("list", { name: "Gaps on screen" });
const isFullScreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);

async function expectChromeHidden(page: Page): Promise<void> {
  await expect(toolbar(page)).toBeHidden();
  await expect(roster(page)).toBeHidden();
  await expect(inspector(page)).toBeHidden();
  await expect(gapsPanel(page)).toBeHidden();
  await expect(bar(page)).toBeVisible();
}

test("P presents the map alone, full screen and fitted; Esc brings the editor back", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  await expect(bar(page)).toHaveCount(0);
  const editorCanvas = await page.locator(".canvas").boundingBox();

  await page.keyboard.press("p");
  await expectChromeHidden(page);
  // Headless Chromium grants full screen; where a browser refuses, the chrome is hidden all the same.
  await expect.poll(() => isFullScreen(page)).toBe(true);
  const shown = await page.locator(".canvas").boundingBox();
  expect(shown?.width).toBe(1280);
  expect(shown?.width).toBeGreaterThan(editorCanvas?.width ?? 1280);
  // Fitted: the board's both columns are on screen.
  for (const header of await page.locator(".lanes-header").all()) {
    const box = await header.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
  }

  await page.keyboard.press("Escape");
  await expect(toolbar(page)).toBeVisible();
  await expect(roster(page)).toBeVisible();
  await expect(inspector(page)).toBeVisible();
  await expect(bar(page)).toHaveCount(0);
  await expect.poll(() => isFullScreen(page)).toBe(false);
  await expect(cards(page)).toHaveCount(16);

  // The toolbar's button does the same.
  await toolbar(page).getByRole("button", { name: "Present" }).click();
  await expectChromeHidden(page);
  await page.keyboard.press("Escape");
  await expect(toolbar(page)).toBeVisible();
});

test("the arrows reveal the map tier by tier, and the bar counts only what is shown", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  await page.keyboard.press("p");

  // The top tier first: its two people and their link, nothing below.
  await expect(cards(page)).toHaveCount(2);
  await expect(cardByName(page, "Dana Whitfield")).toBeVisible();
  await expect(cardByName(page, "Marcus Okafor")).toBeVisible();
  await expect(page.locator(".lane-label-name")).toHaveText(["Executive sponsor"]);
  await expect(coverage(page)).toHaveText("Coverage so far: 1 of 1 tier");
  await expect(bar(page)).toContainText("Tiers shown: 1 of 6");

  await page.keyboard.press("ArrowRight");
  await expect(cards(page)).toHaveCount(5);
  await expect(cardByName(page, "Priya Nair")).toBeVisible();
  await expect(cardByName(page, "Jordan Lee")).toHaveCount(0);
  await expect(coverage(page)).toHaveText("Coverage so far: 2 of 2 tiers");

  await page.keyboard.press("Space");
  await expect(cards(page)).toHaveCount(8);
  await expect(coverage(page)).toHaveText("Coverage so far: 2 of 3 tiers");
  // Sales is weak: its gap is on the bar now, most severe first.
  await expect(barGaps(page)).toContainText("at Sales is 2 Weak");

  // A card clicked first does not take the arrow to move: it still hides the last tier.
  await cardByName(page, "Priya Nair").click();
  const before = await cardByName(page, "Priya Nair").boundingBox();
  await page.keyboard.press("ArrowLeft");
  await expect(cards(page)).toHaveCount(5);
  await expect(cardByName(page, "Jordan Lee")).toHaveCount(0);
  expect(await cardByName(page, "Priya Nair").boundingBox()).toEqual(before);
  await expect(coverage(page)).toHaveText("Coverage so far: 2 of 2 tiers");
  await expect(barGaps(page)).not.toContainText("at Sales");

  await page.keyboard.press("a");
  await expect(cards(page)).toHaveCount(16);
  await expect(coverage(page)).toHaveText("Coverage: 4 of 6 tiers");
  await expect(bar(page)).toContainText("All 6 tiers shown");
  // More gaps than the bar lists: the rest are counted.
  await expect(barGaps(page).locator(".present-bar-more")).toHaveText(/^\+\d+ more$/);
});

test("a relationship rated with a key while presenting changes the gaps and survives a reload", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  const id = mapIdOf(page);
  await page.keyboard.press("p");
  await page.keyboard.press("a");
  await expect(coverage(page)).toHaveText("Coverage: 4 of 6 tiers");
  await expect(barGaps(page)).toContainText("at Sales is 2 Weak");

  // Sofia's weak link to Ken runs behind Jordan's card; clicked near Ken's end, where no other
  // line crosses it.
  const from = await boxOf(handleOf(page, "Jordan Lee", "r"));
  const to = await boxOf(handleOf(page, "Ken Watanabe", "l"));
  await page.mouse.click(from.x + 0.85 * (to.x - from.x), to.y + to.height / 2);
  await page.keyboard.press("4");
  const announcement = page
    .getByRole("status")
    .filter({ hasText: "Sofia Alvarez and Ken Watanabe" });
  await expect(announcement).toHaveText("Sofia Alvarez and Ken Watanabe: now 4 Strong");
  await expect(coverage(page)).toHaveText("Coverage: 5 of 6 tiers");
  await expect(barGaps(page)).not.toContainText("at Sales is 2 Weak");
  // Shown for a moment, then gone.
  await expect(announcement).toHaveCount(0, { timeout: 6_000 });

  // Saved like any edit: the stored relationship has the new rating.
  await expect
    .poll(async () => {
      const stored = await readStoredMap(page, id);
      return stored?.relationships.filter((r) => r.strength === 4).length;
    })
    .toBeGreaterThan(0);
  await page.reload();
  await expect(toolbar(page)).toBeVisible();
  await expect(edgeBetween(page, "Sofia Alvarez", "Ken Watanabe")).toHaveAttribute(
    "aria-label",
    /4 Strong/,
  );
  await expect(gapsPanel(page)).not.toContainText("at Sales is 2 Weak");

  // By keyboard alone: a line reached with Tab (focused here) and Enter is rated the same way.
  await page.keyboard.press("p");
  await page.keyboard.press("a");
  await expect(coverage(page)).toHaveText("Coverage: 5 of 6 tiers");
  const line = edgeBetween(page, "Grace Kim", "Noah Fischer");
  await line.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(line).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("1");
  await expect(page.getByRole("status")).toHaveText("Grace Kim and Noah Fischer: now 1 Strained");
  await expect(coverage(page)).toHaveText("Coverage: 4 of 6 tiers");
});

test("N adds people to the tier in view, one after another, each one undo step", async ({
  appPage: page,
}) => {
  await openNewMap(page);
  await page.keyboard.press("p");
  await page.keyboard.press("ArrowRight"); // Executive sponsor and Alliance management shown
  await page.keyboard.press("n");
  const form = page.getByRole("form", { name: "Add a person" });
  await expect(form.getByLabel("Name")).toBeFocused();
  await expect(form.getByLabel("Tier")).toHaveValue(/./);
  await expect(form.getByLabel("Tier").locator("option:checked")).toHaveText("Alliance management");

  await page.keyboard.type("Ada Lovelace");
  await page.keyboard.press("Tab");
  await page.keyboard.type("CEO");
  await page.keyboard.press("Enter");
  await expect(cardByName(page, "Ada Lovelace")).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(
    "Added Ada Lovelace to Our company · Alliance management",
  );
  // Still open, ready for the next person.
  await expect(form.getByLabel("Name")).toBeFocused();
  await expect(form.getByLabel("Name")).toHaveValue("");
  await page.keyboard.type("Grace Hopper");
  await page.keyboard.press("Enter");
  await expect(cards(page)).toHaveCount(2);
  await expect(cardByName(page, "Grace Hopper")).toBeVisible();

  // Esc closes the form, not present mode; undo takes back one person at a time.
  await page.keyboard.press("Escape");
  await expect(form).toHaveCount(0);
  await expect(bar(page)).toBeVisible();
  await page.keyboard.press("Control+z");
  await expect(cards(page)).toHaveCount(1);
  await expect(cardByName(page, "Ada Lovelace")).toBeVisible();

  // Someone on the partner's side, then a link drawn by dragging, as in the editor, and rated.
  await page.keyboard.press("n");
  await form.getByLabel("Organisation").selectOption({ label: "Partner" });
  await form.getByLabel("Name").fill("Linus Torvalds");
  await form.getByLabel("Name").press("Enter");
  await page.keyboard.press("Escape");
  await expect(form).toHaveCount(0);
  await connectCards(page, "Ada Lovelace", "Linus Torvalds");
  await expect(edgeBetween(page, "Ada Lovelace", "Linus Torvalds")).toHaveCount(1);
  await page.keyboard.press("5");
  await expect(page.getByRole("status")).toHaveText(
    "Ada Lovelace and Linus Torvalds: now 5 Trusted",
  );

  await page.keyboard.press("Escape");
  await expect(roster(page)).toContainText("Ada Lovelace");
});

test("names, lane labels and the bar read at 18 px or more at 1280×720", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  await page.keyboard.press("p");
  await page.keyboard.press("a");
  await expect(cards(page)).toHaveCount(16);
  // The fit and the text scale settle once the screen has its new size.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
        const zoom = viewport ? new DOMMatrix(getComputedStyle(viewport).transform).a : 0;
        const onScreen = (selector: string) =>
          [...document.querySelectorAll(selector)].map(
            (el) => Number.parseFloat(getComputedStyle(el).fontSize) * zoom,
          );
        const names = onScreen(".person-card-name");
        const lanes = onScreen(".lane-label-name");
        const bar = [
          ...document.querySelectorAll(".present-bar li, .present-bar span, .present-bar strong"),
        ].map((el) => Number.parseFloat(getComputedStyle(el).fontSize));
        return names.length === 16 && lanes.length === 6 ? Math.min(...names, ...lanes, ...bar) : 0;
      }),
    )
    .toBeGreaterThanOrEqual(18);
  // The text is larger than in the editor because the map is zoomed out to fit, not by zooming in.
  const box = await cardByName(page, "Dana Whitfield").boundingBox();
  expect(box?.width).toBeLessThan(200);
});

test("? lists every shortcut, from each group; the toolbar's Keyboard shortcuts too", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  for (const [group, line] of [
    ["Editing", "Rate the selected relationship"],
    ["Selection", "Clear the focus, or else the selection"],
    ["Find and focus", "Find a person by name, title, organisation or tier"],
    ["History", "Undo"],
    ["Presenting", "Reveal the next tier"],
    ["Help", "Show these keyboard shortcuts"],
  ] as const) {
    await expect(help.getByRole("region", { name: group })).toContainText(line);
  }
  await expect(help.locator("kbd", { hasText: /^P$/ })).toBeVisible();
  // A modal dialog: the keys go to it, not to the map behind (P does not present).
  await page.keyboard.press("p");
  await expect(toolbar(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);

  await toolbar(page).getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(help).toBeVisible();
  // Focus is in the dialog and stays there (a modal dialog: the page behind is inert).
  const focusInside = () => help.evaluate((dialog) => dialog.contains(document.activeElement));
  await expect.poll(focusInside).toBe(true);
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Tab");
    expect(await focusInside()).toBe(true);
  }
  await help.getByRole("button", { name: "Close" }).click();
  await expect(help).toHaveCount(0);

  // While presenting, too.
  await page.keyboard.press("p");
  await page.keyboard.press("?");
  await expect(help).toBeVisible();
});
