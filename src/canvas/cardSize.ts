import { type NodeHandle, Position } from "@xyflow/react";
import { CARD_HANDLES, type Side } from "../design/geometry";
import { CARD_HEIGHT, CARD_WIDTH } from "../domain/layout";

const handle = (id: Side, position: Position): NodeHandle => {
  const { x, y, size } = CARD_HANDLES[id];
  return { id, type: "source", position, x, y, width: size, height: size };
};
const HANDLES = [handle("l", Position.Left), handle("r", Position.Right)];

/**
 * A card node's size and handles, fixed. Saying so (`measured` too) keeps React Flow from
 * treating every changed node object as unmeasured: it would drop the card's handle bounds and
 * hide its edges for a frame (a flicker on every selection, and clicks in that frame falling
 * through). Knowing the handles, it need not draw a card to measure it either: on a big map it
 * drew every card once, in view or not, measured each one's handles, and only then kept those
 * in view (5,000 cards on the 5,000-person map, for 587 in view).
 */
export const fixedCardSize = () => ({
  width: CARD_WIDTH,
  height: CARD_HEIGHT,
  measured: { width: CARD_WIDTH, height: CARD_HEIGHT },
  handles: HANDLES,
});
