import type { Viewport } from "@xyflow/react";

/** A wheel event as the zoom reads it. */
export interface WheelTurn {
  deltaY: number;
  deltaMode: number;
  ctrlKey: boolean;
}

/**
 * How far a wheel event zooms, in powers of two: React Flow's own rule (d3-zoom's wheel delta,
 * with a pinch on a Mac's trackpad ten times stronger), so both ways of zooming feel the same.
 */
export function wheelPowers(turn: WheelTurn, mac: boolean): number {
  const factor = turn.ctrlKey && mac ? 10 : 1;
  const unit = turn.deltaMode === 1 ? 0.05 : turn.deltaMode ? 1 : 0.002;
  return -turn.deltaY * unit * factor;
}

/**
 * The view after zooming by `powers` of two about `at` (a point of the pane, in its pixels):
 * the point of the board under `at` stays under it, and the zoom stays within its limits.
 */
export function zoomedAbout(
  view: Viewport,
  at: { x: number; y: number },
  powers: number,
  limits: { min: number; max: number },
): Viewport {
  const zoom = Math.min(limits.max, Math.max(limits.min, view.zoom * 2 ** powers));
  const boardX = (at.x - view.x) / view.zoom;
  const boardY = (at.y - view.y) / view.zoom;
  return { x: at.x - boardX * zoom, y: at.y - boardY * zoom, zoom };
}
