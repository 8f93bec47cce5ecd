/**
 * Geometry the canvas and the pictures share that is about drawing, not a domain rule: where
 * lines leave a card, the legend strip, the gap badge. The layout itself (cards, cells, lanes)
 * is the domain's (src/domain/layout.ts), re-exported here so drawing code has one place to look.
 */
import { CARD_HEIGHT, CARD_WIDTH } from "../domain/layout";
import { SIZE } from "./tokens";

export {
  CARD_HEIGHT,
  CARD_WIDTH,
  CELL_PADDING,
  HEADER_HEIGHT,
  LABEL_BAND_WIDTH,
} from "../domain/layout";

/** Room the legend strip takes under the lanes (the strip plus the gap above it). */
export const LEGEND_HEIGHT = 72;

export type Side = "l" | "r";

/**
 * Which sides ("l" or "r") of the two cards an edge leaves and enters: the facing ones. The
 * canvas names its handles after them; the picture draws its lines from the same sides.
 */
export function handlesFor(
  from: { x: number },
  to: { x: number },
): { sourceHandle: Side; targetHandle: Side } {
  if (from.x + CARD_WIDTH / 2 < to.x) return { sourceHandle: "r", targetHandle: "l" };
  if (to.x + CARD_WIDTH / 2 < from.x) return { sourceHandle: "l", targetHandle: "r" };
  // One above the other in a column: loop out on the outer side.
  return { sourceHandle: "r", targetHandle: "r" };
}

/**
 * A card's two handles, from its top-left, as canvas.css draws them: `cardHandle` square,
 * centred on the inner edge of the card's border (the organisation's band on the left).
 */
export const CARD_HANDLES: Record<Side, { x: number; y: number; size: number }> = {
  l: {
    x: SIZE.cardBand - SIZE.cardHandle / 2,
    y: CARD_HEIGHT / 2 - SIZE.cardHandle / 2,
    size: SIZE.cardHandle,
  },
  r: {
    x: CARD_WIDTH - SIZE.cardBorder - SIZE.cardHandle / 2,
    y: CARD_HEIGHT / 2 - SIZE.cardHandle / 2,
    size: SIZE.cardHandle,
  },
};

/**
 * Where a line meets a card, from the card's top-left: React Flow anchors a line at its
 * handle's outer side, half way down.
 */
export function handlePoint(card: { x: number; y: number }, side: Side): { x: number; y: number } {
  const handle = CARD_HANDLES[side];
  return {
    x: card.x + handle.x + (side === "r" ? handle.size : 0),
    y: card.y + handle.y + handle.size / 2,
  };
}

/** The legend strip's box, from the bottom of the lanes. */
export function legendBox(lanesHeight: number): { top: number; height: number } {
  return { top: lanesHeight + SIZE.legendGap, height: LEGEND_HEIGHT - SIZE.legendGap };
}

/** The lane label's number disc: its centre from the lane's top-left, and its radius. */
export const LANE_INDEX_DISC = {
  cx: SIZE.laneLabelPaddingLeft + SIZE.laneIndex / 2,
  // + 1: the lane's top border.
  cy: 1 + SIZE.laneLabelPaddingTop + SIZE.laneIndex / 2,
  r: SIZE.laneIndex / 2,
} as const;

/**
 * A tier's health pill ("● At risk") in the lane label: on the row of the canvas's "Focus"
 * button (left 12, bottom 12, 26 high), centred on it and kept clear of it at the band's right
 * end, `right` in from the band's outer edge (its padding 10 and border 1).
 */
export const HEALTH_PILL = {
  right: 11,
  bottom: 15,
  height: 20,
  paddingX: 6,
} as const;

/** The warning badge's triangle and exclamation mark, in a 16 × 16 box. */
export const GAP_BADGE_PATHS = {
  triangle: "M8 1.5 15 14H1L8 1.5Z",
  mark: "M8 6v4M8 11.6v.4",
} as const;
