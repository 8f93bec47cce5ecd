/**
 * Zooming without hit testing (issue 16): while the view pans or zooms, cards and lines take no
 * pointer, so the browser does not test hundreds of lines' click areas on every wheel event and
 * frame; once the view stops, pointing at a line and clicking a card work as before.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  boxOf,
  canvas,
  cardByName,
  centre,
  EDITOR_VIEWPORT,
  inspectorName,
  openSampleMap,
  pointOnLineBetween,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

/** Whether the element under a point is inside the card with this name. */
const cardUnder = (page: Page, point: { x: number; y: number }, name: string) =>
  page.evaluate(
    ({ x, y, name }) =>
      document.elementFromPoint(x, y)?.closest(".react-flow__node")?.textContent?.includes(name) ??
      false,
    { ...point, name },
  );

test("while the view zooms cards and lines are not hit-tested, and afterwards they are", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  const labels = page.locator(".relationship-label");
  // Record every time the canvas is marked as moving, however briefly.
  await page.evaluate(() => {
    const root = document.querySelector(".canvas");
    const seen: string[] = [];
    (window as unknown as { movingSeen: string[] }).movingSeen = seen;
    if (!root) return;
    new MutationObserver(() => seen.push(root.hasAttribute("data-moving") ? "on" : "off")).observe(
      root,
      { attributes: true, attributeFilter: ["data-moving"] },
    );
  });

  const before = await pointOnLineBetween(page, "Jordan Lee", "Ken Watanabe");
  await page.mouse.move(before.x, before.y);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -150);
  // The gesture marked the canvas as moving, and unmarked it once it stopped.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { movingSeen: string[] }).movingSeen))
    .toContain("off");
  const seen = await page.evaluate(
    () => (window as unknown as { movingSeen: string[] }).movingSeen,
  );
  expect(seen[0]).toBe("on");
  await expect(canvas(page)).not.toHaveAttribute("data-moving");

  // Stopped: pointing at a line shows its strength, and a click on a card selects it.
  await page.mouse.move(5, 5);
  await expect(labels).toHaveCount(0);
  const after = await pointOnLineBetween(page, "Jordan Lee", "Ken Watanabe");
  await page.mouse.move(after.x, after.y);
  await expect(labels).toHaveCount(1);
  const card = centre(await boxOf(cardByName(page, "Ken Watanabe")));
  expect(await cardUnder(page, card, "Ken Watanabe")).toBe(true);
  await page.mouse.click(card.x, card.y);
  await expect(inspectorName(page)).toHaveValue("Ken Watanabe");

  // While moving, the same point reaches the board behind the card, not the card.
  await page.evaluate(() => document.querySelector(".canvas")?.setAttribute("data-moving", ""));
  expect(await cardUnder(page, card, "Ken Watanabe")).toBe(false);
  await page.evaluate(() => document.querySelector(".canvas")?.removeAttribute("data-moving"));
  expect(await cardUnder(page, card, "Ken Watanabe")).toBe(true);
});
