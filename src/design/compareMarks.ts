/**
 * What comparing two dates marks on the board, in words: the badges on lines and cards and
 * the legend's entries read this one table, so the legend always names what the board shows.
 * The words carry the meaning; the glow, arrows and grey dashes only repeat it.
 */
import { FONT } from "./tokens";

export const COMPARE_MARKS = {
  added: { badge: "new", legend: "NEW link" },
  rated: { badge: "↑↓", legend: "↑↓ re-rated" },
  removed: { badge: "removed", legend: "removed (dashed grey)" },
  joined: { badge: "new", legend: "NEW person" },
  left: { badge: "left", legend: "LEFT person" },
} as const;

export type CompareMark = keyof typeof COMPARE_MARKS;

/** The badges' smallest text on screen, in CSS px, at the zoom the map is shown at. */
export const CHANGE_BADGE_MIN_PX = 12;

/** The badges' own size on the board (the card tier line's), before any scaling. */
export const CHANGE_BADGE_FONT = FONT.cardTier.size;

// Steps of 1/20 keep the badges from restyling on every frame of a zoom.
const STEP = 20;
/** Zoomed far out, badges would outgrow the cards and lines they mark. */
const MAX_SCALE = 2.5;

/** How much larger the change badges are drawn at this zoom, so they stay readable (1 or more). */
export function changeBadgeScale(zoom: number): number {
  if (!(zoom > 0)) return 1;
  const wanted = Math.ceil((CHANGE_BADGE_MIN_PX / (CHANGE_BADGE_FONT * zoom)) * STEP) / STEP;
  return Math.min(MAX_SCALE, Math.max(1, wanted));
}
