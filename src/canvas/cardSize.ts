import { CARD_HEIGHT, CARD_WIDTH } from "../domain/layout";

/**
 * A card node's size, fixed. Saying so (`measured` too) keeps React Flow from treating every
 * changed node object as unmeasured: it would drop the card's handle bounds and hide its edges
 * for a frame (a flicker on every selection, and clicks in that frame falling through).
 */
export const fixedCardSize = () => ({
  width: CARD_WIDTH,
  height: CARD_HEIGHT,
  measured: { width: CARD_WIDTH, height: CARD_HEIGHT },
});
