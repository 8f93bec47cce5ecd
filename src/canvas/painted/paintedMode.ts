import { create } from "zustand";
import { ZOOM_DETAIL } from "../../design/zoomDetail";

/**
 * Below this zoom a card's name is under 4 px high and nobody reads it (canvas.css drops it,
 * `is-tiny`): there cards and lines are painted on one canvas (PaintedLayer) instead of being
 * drawn card by card and line by line in the page. Each card keeps an empty, transparent box
 * in the page, so hover, click, drag, connect, selection, Tab and the minimap work as before.
 */
export const PAINT_BELOW = ZOOM_DETAIL.namesFrom;

/**
 * Whether the board is painted now. One small store the canvas sets when the zoom crosses
 * PAINT_BELOW, so each card and line re-renders on a crossing, never on a zoom step.
 */
export const usePaintedMode = create<{ painted: boolean }>(() => ({ painted: false }));

export const setPaintedMode = (painted: boolean): void => {
  if (usePaintedMode.getState().painted !== painted) usePaintedMode.setState({ painted });
};

/** Whether a view at `zoom` is painted: not while presenting or comparing, which mark cards in the page. */
export const paintsAt = (zoom: number, marked: boolean): boolean => !marked && zoom < PAINT_BELOW;
