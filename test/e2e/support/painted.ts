/** The painted board (src/canvas/painted), read from the page. */
import type { Page } from "@playwright/test";

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
