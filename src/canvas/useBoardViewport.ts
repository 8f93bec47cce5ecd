import { getViewportForBounds, useReactFlow, type Viewport } from "@xyflow/react";
import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { LEGEND_HEIGHT } from "../design/geometry";
import { ZOOM_DETAIL } from "../design/zoomDetail";
import type { CanvasLayout } from "../domain/layout";

const FIT_PADDING = 0.06;
/** How long after a gesture ends its zoom's level of detail is drawn. */
const LEVEL_SETTLE_MS = 200;
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 2.5;

/** The whole board: headers, lane labels and the legend as well as the cards. */
const boardBounds = (layout: CanvasLayout) => ({
  x: 0,
  y: 0,
  width: layout.width,
  height: layout.height + LEGEND_HEIGHT,
});

/**
 * The level-of-detail classes canvas.css styles by, at the zooms ZOOM_DETAIL gives: each drops
 * what could not be read at that size, which also draws several times faster.
 */
const ZOOM_LEVELS = [
  { below: ZOOM_DETAIL.dashesFrom, className: "canvas is-far is-tiny is-distant" },
  { below: ZOOM_DETAIL.namesFrom, className: "canvas is-far is-tiny" },
  { below: ZOOM_DETAIL.smallPrintFrom, className: "canvas is-far" },
] as const;
const zoomClassAt = (zoom: number): string =>
  ZOOM_LEVELS.find((level) => zoom < level.below)?.className ?? "canvas";

/**
 * The canvas's viewport: where it starts, "fit the whole map", and the zoom the view last came
 * to rest at, with its level-of-detail class. `paneRef` goes on the element React Flow fills,
 * `onMoveStart` and `onMoveEnd` on React Flow.
 *
 * Levels of detail follow the resting zoom, not each wheel step: a level changed mid-gesture
 * restyles or redraws every card in one frame (measured: the longest frames of a zoom, 200 ms
 * on a 300-person map, 800 ms on a 1,000-person one). Meanwhile the cards and the painted
 * board just scale, as every layer does between levels.
 */
export function useBoardViewport(layout: CanvasLayout | null) {
  const { fitBounds } = useReactFlow();

  // Fit the whole board (headers and lane labels too), not just the cards.
  const fitBoard = useCallback(() => {
    if (layout) void fitBounds(boardBounds(layout), { padding: FIT_PADDING });
  }, [layout, fitBounds]);

  // React Flow starts at the fitted viewport rather than fitting after its first render: with
  // hundreds of cards that first render would be thrown away, and it costs as much as the real one.
  const paneRef = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    const pane = paneRef.current;
    if (!pane || !layout || start) return;
    const { clientWidth, clientHeight } = pane;
    setStart(
      getViewportForBounds(
        boardBounds(layout),
        clientWidth,
        clientHeight,
        MIN_ZOOM,
        MAX_ZOOM,
        FIT_PADDING,
      ),
    );
  }, [layout, start]);

  const [rested, setRested] = useState<number | null>(null);
  const restingZoom = rested ?? start?.zoom ?? 1;
  const settling = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(settling.current), []);
  // The class lets the painted lines stand in for the page's while the view moves
  // (canvas.css), without a render.
  const onMoveStart = useCallback(() => {
    clearTimeout(settling.current);
    paneRef.current?.classList.add("is-moving");
  }, []);
  const onMoveEnd = useCallback((_: unknown, viewport: Viewport) => {
    paneRef.current?.classList.remove("is-moving");
    // A wheel gesture "ends" after 150 ms without a wheel event, which a busy page reaches in
    // mid-gesture: the new level waits a little longer, in case the gesture goes on. Drawing
    // it is work the next gesture may interrupt, hence the transition.
    clearTimeout(settling.current);
    settling.current = setTimeout(
      () => startTransition(() => setRested(viewport.zoom)),
      LEVEL_SETTLE_MS,
    );
  }, []);

  return {
    paneRef,
    start,
    fitBoard,
    restingZoom,
    zoomClassName: zoomClassAt(restingZoom),
    onMoveStart,
    onMoveEnd,
  };
}
