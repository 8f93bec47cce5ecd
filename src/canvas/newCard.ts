/**
 * Where a gesture on the board puts a card. The pointer is where the eye is, so the card is
 * centred on it, whether it is a new person (double-click) or one dropped from the roster.
 */
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  type CanvasLayout,
  columnAt,
  HEADER_HEIGHT,
  laneAt,
} from "../domain/layout";
import type { OrgKey, Position } from "../domain/model";

/** The top-left corner of a card centred on a canvas point. */
export const cardCentredOn = (point: Position): Position => ({
  x: point.x - CARD_WIDTH / 2,
  y: point.y - CARD_HEIGHT / 2,
});

/**
 * How far left of our column a double-click still counts. The lane-label band beside the
 * column reads as part of the lane, and a click just short of the column's edge is meant for
 * it; further left is the tier's name. Right of the partner's column is off the board.
 */
export const LABEL_BAND_REACH = 40;

export interface NewCardSpot {
  org: OrgKey;
  tierId: string;
  /** Relative to the cell, as stored; the store moves it to the nearest free spot. */
  position: Position;
}

/**
 * The cell a double-click at a canvas point adds a person to, and where in it; undefined
 * off the lanes (the headers above, the legend below, beside the board).
 */
export function newCardAt(layout: CanvasLayout, point: Position): NewCardSpot | undefined {
  if (
    point.y < HEADER_HEIGHT ||
    point.y > layout.height ||
    point.x < layout.columns.a.x - LABEL_BAND_REACH ||
    point.x > layout.width
  )
    return undefined;
  const lane = laneAt(layout, point.y);
  if (!lane) return undefined;
  const org = columnAt(layout, point.x);
  const corner = cardCentredOn(point);
  return {
    org,
    tierId: lane.tierId,
    position: { x: corner.x - layout.columns[org].x, y: corner.y - lane.y },
  };
}
