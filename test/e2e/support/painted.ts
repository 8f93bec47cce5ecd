/** The painted board (src/canvas/painted), read from the page. */
import { expect, type Page } from "@playwright/test";
import { boxOf, canvas, centre } from "./editor";

/** The painted board's pixel at a page point: [r, g, b, alpha]. */
export const pixelAt = (page: Page, p: { x: number; y: number }) =>
  page.evaluate(({ x, y }) => {
    const board = document.querySelector<HTMLCanvasElement>("canvas.painted-board");
    if (!board) return null;
    const rect = board.getBoundingClientRect();
    const scale = board.width / rect.width;
    const data = board
      .getContext("2d")
      ?.getImageData(
        Math.round((x - rect.left) * scale),
        Math.round((y - rect.top) * scale),
        1,
        1,
      ).data;
    return data ? [...data] : null;
  }, p);

/** The board's view as the page draws it: its pane's box, and the viewport's offset and zoom. */
async function viewOf(page: Page) {
  const pane = await boxOf(page.locator(".react-flow"));
  const style = (await page.locator(".react-flow__viewport").getAttribute("style")) ?? "";
  const [, x, y, zoom] =
    /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/.exec(style) ?? [];
  return { pane, x: Number(x), y: Number(y), zoom: Number(zoom) };
}

/** The board's zoom, as the page draws it. */
export async function zoomOf(page: Page): Promise<number> {
  const style = (await page.locator(".react-flow__viewport").getAttribute("style")) ?? "";
  return Number(/scale\(([\d.]+)\)/.exec(style)?.[1]);
}

/** Wheel over the middle of the board until the zoom is within 5 % of `target`. */
export async function zoomTo(page: Page, target: number): Promise<void> {
  const pane = centre(await boxOf(canvas(page)));
  await page.mouse.move(pane.x, pane.y);
  for (let i = 0; i < 40; i++) {
    const zoom = await zoomOf(page);
    if (Math.abs(Math.log2(target / zoom)) < 0.07) return;
    await page.mouse.wheel(0, Math.max(-150, Math.min(150, -Math.log2(target / zoom) / 0.002)));
    await expect.poll(() => zoomOf(page)).not.toBe(zoom);
  }
  throw new Error(`could not zoom to ${target}`);
}

/** The screen point `p` (page pixels) as a point of the board, and back, at the current view. */
export async function toBoard(page: Page, p: { x: number; y: number }) {
  const { pane, x, y, zoom } = await viewOf(page);
  return { x: (p.x - pane.x - x) / zoom, y: (p.y - pane.y - y) / zoom };
}
export async function toScreen(page: Page, p: { x: number; y: number }) {
  const { pane, x, y, zoom } = await viewOf(page);
  return { x: pane.x + x + p.x * zoom, y: pane.y + y + p.y * zoom };
}
