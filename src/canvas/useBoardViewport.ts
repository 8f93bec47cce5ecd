import { getViewportForBounds, useReactFlow, useStore, type Viewport } from "@xyflow/react";
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import { LEGEND_HEIGHT } from "../design/geometry";
import type { CanvasLayout } from "../domain/layout";

const FIT_PADDING = 0.06;
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
 * Level of detail: the further out, the less each card and line draws, since it could not be
 * read anyway (canvas.css). Below 0.4 a card's small print is dropped (`is-far`); below 0.25
 * its name too (`is-tiny`); below 1/8 dotted and dashed lines are under a pixel apart, blur
 * into solid ones, and are drawn solid (`is-distant`), which looks the same and rasters
 * several times faster.
 */
const ZOOM_LEVELS = [
  { below: 1 / 8, className: "canvas is-far is-tiny is-distant" },
  { below: 0.25, className: "canvas is-far is-tiny" },
  { below: 0.4, className: "canvas is-far" },
] as const;
const zoomClass = (s: { transform: [number, number, number] }): string =>
  ZOOM_LEVELS.find((level) => s.transform[2] < level.below)?.className ?? "canvas";

/**
 * The canvas's viewport: where it starts, "fit the whole map", and the level-of-detail class
 * for the current zoom. `paneRef` goes on the element React Flow fills.
 */
export function useBoardViewport(layout: CanvasLayout | null) {
  const { fitBounds } = useReactFlow();
  const zoomClassName = useStore(zoomClass);

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

  return { paneRef, start, fitBoard, zoomClassName };
}
