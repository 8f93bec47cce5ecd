import { createContext, useContext } from "react";
import { create } from "zustand";
import { ZOOM_DETAIL } from "../../design/zoomDetail";

/**
 * How much of the board is painted on one canvas (PaintedLayer) instead of being drawn element
 * by element in the page:
 * - "lines": every line is painted too, but shown only while the view pans or zooms, in place
 *   of the page's lines (hidden meanwhile, not removed); at rest the page's lines show. A
 *   zoom step then rasters one bitmap instead of hundreds of dashed lines, which is what it
 *   cost most. So while the whole board's bitmap at the screen's resolution stays within
 *   BITMAP_PIXELS (a 300-person map up to zoom 1).
 * - "all": below the zoom where a name is under 4 px high (`is-tiny`), lines and cards are
 *   painted and shown at rest too. Each card keeps an empty, transparent box in the page, so
 *   hover, click, drag, connect, selection, Tab and the minimap work as before; what is
 *   selected, hovered, focused or dragged is drawn in the page.
 */
export type PaintedLevel = "none" | "lines" | "all";

/** The painted board's bitmap is at most this many pixels (64 MB). */
export const BITMAP_PIXELS = 16_000_000;

/**
 * The zoom up to which lines are painted on a board of this size: the largest power of two,
 * up to 1, whose bitmap fits BITMAP_PIXELS at `pixelRatio`; never below the zoom where cards
 * are painted, since painted cards must have their lines painted under them.
 */
export function linesPaintedUpTo(width: number, height: number, pixelRatio = 1): number {
  let zoom = 1;
  while (zoom > ZOOM_DETAIL.namesFrom && width * height * (zoom * pixelRatio) ** 2 > BITMAP_PIXELS)
    zoom /= 2;
  return zoom;
}

/** What is painted at `zoom`: nothing while presenting or comparing, which mark cards in the page. */
export function paintedLevel(zoom: number, marked: boolean, linesUpTo: number): PaintedLevel {
  if (marked || zoom > linesUpTo) return "none";
  return zoom < ZOOM_DETAIL.namesFrom ? "all" : "lines";
}

/**
 * The level, for the cards, lines and painted layer: given from the canvas's own render, so
 * that on opening a far-out map they are drawn painted from the first render, not drawn in
 * full and then emptied.
 */
export const PaintedLevelContext = createContext<PaintedLevel>("none");

const NONE: ReadonlySet<string> = new Set();

/**
 * The lines drawn in the page although the board is painted: those of the cards being dragged.
 * One small store the painted layer sets when a drag starts or ends, so only those lines
 * re-render then, never on a drag frame.
 */
const useLinesInPage = create<{ ids: ReadonlySet<string> }>(() => ({ ids: NONE }));

export const setLinesInPage = (ids: ReadonlySet<string>): void => {
  const current = useLinesInPage.getState().ids;
  if (current.size === ids.size && [...ids].every((id) => current.has(id))) return;
  useLinesInPage.setState({ ids: ids.size === 0 ? NONE : ids });
};

/**
 * Whether the line `id` is left to the painted board, unless it is hovered or selected (then
 * the page draws it, with its label and click area).
 */
export function useLinePainted(id: string): boolean {
  const inPage = useLinesInPage((s) => s.ids.has(id));
  return useContext(PaintedLevelContext) === "all" && !inPage;
}
