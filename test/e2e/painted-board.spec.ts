/**
 * Far out (below 25 %, where names are unreadable) the board's cards and lines are painted on
 * one canvas instead of being drawn element by element (issue 16). What the facilitator can do
 * must not change: hover, click, drag, link and Tab still reach every card and line.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  boxOf,
  canvas,
  cardByName,
  centre,
  EDITOR_VIEWPORT,
  edgeBetween,
  inspector,
  laneCell,
  mouseDrag,
  openSampleMap,
  pointOnLineBetween,
} from "./support/editor";
import { picker } from "./support/linkMode";
import { pixelAt, toBoard, toScreen, zoomTo } from "./support/painted";

test.use({ viewport: EDITOR_VIEWPORT });

const paintedBoard = (page: Page) => canvas(page).locator("canvas.painted-board");
const card = cardByName;

test("far out, cards and lines are painted, and every card and line still answers the pointer", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  // Where a line runs, read from the page's own line while it is drawn there.
  const onLine = await toBoard(page, await pointOnLineBetween(page, "Grace Kim", "Noah Fischer"));
  await expect(paintedBoard(page)).toBeHidden();

  await zoomTo(page, 0.2);
  await expect(paintedBoard(page)).toBeVisible();
  // No card writes its text in the page, and no line is drawn there: the canvas has them.
  await expect(canvas(page).locator(".person-card-name")).toHaveCount(0);
  await expect(canvas(page).locator(".react-flow__edge-path")).toHaveCount(0);
  await expect(card(page, "Priya Nair")).toHaveCount(1);
  const priya = await boxOf(card(page, "Priya Nair"));
  // The card is painted where its box is: white inside, and an empty lane beside it is not.
  expect(await pixelAt(page, centre(priya))).toEqual([255, 255, 255, 255]);
  expect((await pixelAt(page, { x: priya.x - 30, y: priya.y - 30 }))?.[3]).toBe(0);

  // Click: the card is selected, and drawn in the page again, selection ring and all.
  await page.mouse.click(centre(priya).x, centre(priya).y);
  await expect(inspector(page).getByRole("heading", { name: "Person" })).toBeVisible();
  await expect(card(page, "Priya Nair").locator(".person-card-name")).toHaveText("Priya Nair");
  await expect(card(page, "Priya Nair")).toHaveClass(/selected/);

  // Hover a painted line: it is drawn in the page with its label; a click selects it.
  const lineAt = await toScreen(page, onLine);
  await page.mouse.move(lineAt.x, lineAt.y);
  const line = edgeBetween(page, "Grace Kim", "Noah Fischer");
  await expect(line.locator(".react-flow__edge-path")).toHaveCount(1);
  await expect(canvas(page).locator(".relationship-label")).toContainText("3 Working");
  await page.mouse.click(lineAt.x, lineAt.y);
  await expect(inspector(page).getByRole("heading", { name: "Relationship" })).toBeVisible();
  await expect(inspector(page)).toContainText("Grace Kim");
  // Away from every line, nothing is hovered and the line goes back to the canvas.
  await page.mouse.move(lineAt.x, lineAt.y - 300);
  await page.keyboard.press("Escape");
  await expect(canvas(page).locator(".relationship-label")).toHaveCount(0);
});

test("far out, a painted card is dragged, and L links two painted cards", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  await zoomTo(page, 0.2);
  await expect(paintedBoard(page)).toBeVisible();

  // Drag Grace Kim up into Marketing: she changes tier, and her painting moves with her.
  const from = centre(await boxOf(card(page, "Grace Kim")));
  // Right of Hannah Schultz, the only one there (emptySpotIn wants more room than 20 % leaves).
  const marketing = await boxOf(laneCell(page, "Marketing", "a"));
  await mouseDrag(page, from, {
    x: marketing.x + marketing.width * 0.7,
    y: marketing.y + marketing.height / 2,
  });
  await expect(card(page, "Grace Kim")).toHaveAttribute("aria-label", /Marketing/);
  const after = await boxOf(card(page, "Grace Kim"));
  expect(after.y).toBeLessThan(from.y);
  await page.keyboard.press("Escape"); // deselect: painted again
  await expect(card(page, "Grace Kim").locator(".person-card-name")).toHaveCount(0);
  expect(await pixelAt(page, centre(after))).toEqual([255, 255, 255, 255]);
  expect((await pixelAt(page, from))?.[3]).toBe(0);

  // L from the selected card, a click on another painted card, a rating key: a new link.
  const jordan = centre(await boxOf(card(page, "Jordan Lee")));
  await page.mouse.click(jordan.x, jordan.y);
  await expect(inspector(page).getByRole("heading", { name: "Person" })).toBeVisible();
  await expect(edgeBetween(page, "Jordan Lee", "Grace Kim")).toHaveCount(0);
  await page.keyboard.press("l");
  const grace = centre(await boxOf(card(page, "Grace Kim")));
  await page.mouse.click(grace.x, grace.y);
  await expect(picker(page)).toBeVisible();
  await page.keyboard.press("4");
  await expect(edgeBetween(page, "Jordan Lee", "Grace Kim")).toHaveCount(1);
});

test("far out, Tab reaches the cards, each drawn in the page with its focus ring; zooming in draws all again", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  await zoomTo(page, 0.2);
  await expect(paintedBoard(page)).toBeVisible();
  await card(page, "Dana Whitfield").focus();
  await page.keyboard.press("Tab");
  const focused = canvas(page).locator(".react-flow__node-person:focus-visible");
  await expect(focused).toHaveCount(1);
  await expect(focused.locator(".person-card-name")).toHaveCount(1);
  await expect(focused.locator(".person-card")).toHaveCSS("outline-style", "solid");

  // Nearer, at rest, the page draws every card and line again (the painted lines stand in for
  // them only while the view moves).
  await zoomTo(page, 0.6);
  await expect(paintedBoard(page)).toBeHidden();
  await expect(canvas(page).locator(".person-card-name")).toHaveCount(16);
  await expect(canvas(page).locator(".relationship-edge")).toHaveCount(13);
});

test("nearer, while the view moves, the painted lines stand in for the page's, which come back at rest", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  await zoomTo(page, 0.6);
  const at = await pointOnLineBetween(page, "Grace Kim", "Noah Fischer");
  await expect(paintedBoard(page)).toBeHidden();
  // One small wheel step, and a look at the next frame, inside the page (a round trip could
  // outlast the gesture).
  const moving = await page.evaluate(async ({ x, y }) => {
    const pane = document.querySelector(".react-flow__pane");
    pane?.dispatchEvent(
      new WheelEvent("wheel", {
        deltaY: 1,
        clientX: x,
        clientY: y,
        bubbles: true,
        cancelable: true,
      }),
    );
    await new Promise(requestAnimationFrame);
    const board = document.querySelector<HTMLCanvasElement>("canvas.painted-board");
    const edges = document.querySelector(".react-flow__edges");
    if (!board || !edges) return null;
    const rect = board.getBoundingClientRect();
    const scale = board.width / rect.width;
    const pixel = board
      .getContext("2d")
      ?.getImageData(
        Math.round((x - rect.left) * scale),
        Math.round((y - rect.top) * scale),
        1,
        1,
      ).data;
    return {
      board: getComputedStyle(board).visibility,
      lines: getComputedStyle(edges).visibility,
      alpha: pixel?.[3] ?? 0,
    };
  }, at);
  expect(moving).toEqual({ board: "visible", lines: "hidden", alpha: expect.any(Number) });
  // The painted line is where the page's line is.
  expect(moving?.alpha).toBeGreaterThan(0);
  // At rest again: the page's lines, and no painting over them.
  await expect(paintedBoard(page)).toBeHidden();
  await expect(canvas(page).locator(".react-flow__edges")).toHaveCSS("visibility", "visible");
});

test("the level of detail changes once the view rests, not in the middle of a zoom", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  await zoomTo(page, 0.2);
  await expect(canvas(page).locator(".person-card-name")).toHaveCount(0);
  const pane = centre(await boxOf(canvas(page)));
  // Twenty wheel steps in, one a frame (×2.2, across the zoom where names appear), read in the
  // page right after the last one: the cards are still painted, only bigger.
  const during = await page.evaluate(async ({ x, y }) => {
    const target = document.querySelector(".react-flow__pane");
    for (let i = 0; i < 20; i++) {
      target?.dispatchEvent(
        new WheelEvent("wheel", { deltaY: -20, clientX: x, clientY: y, bubbles: true }),
      );
      await new Promise(requestAnimationFrame);
    }
    const style = document.querySelector<HTMLElement>(".react-flow__viewport")?.style.transform;
    return {
      zoom: Number(/scale\(([\d.]+)\)/.exec(style ?? "")?.[1]),
      names: document.querySelectorAll(".canvas .person-card-name").length,
    };
  }, pane);
  expect(during.zoom).toBeGreaterThan(0.3);
  expect(during.names).toBe(0);
  // At rest, every card has its name again.
  await expect(canvas(page).locator(".person-card-name")).toHaveCount(16);
  await expect(paintedBoard(page)).toBeHidden();
});
