/**
 * Present mode's one rule for text: readable from the back of a room. The board's text is
 * drawn larger while presenting, so that a card's name and a lane's label are at least
 * PRESENT_MIN_TEXT_PX on screen at the zoom the map is shown at.
 */
import { FONT } from "./tokens";

/** The smallest text the room has to read, in CSS px on screen (the bottom bar too). */
export const PRESENT_MIN_TEXT_PX = 18;

/** A map zoomed far out is not made readable by giant names: they would no longer fit a card. */
export const PRESENT_MAX_TEXT_SCALE = 1.9;

// Steps of 1/20 keep the cards from restyling on every frame of a zoom.
const STEP = 20;

/** How much larger than in the editor the board's names are drawn at this zoom (1 or more). */
export function presentTextScale(zoom: number): number {
  const smallest = Math.min(FONT.cardName.size, FONT.laneName.size);
  if (!(zoom > 0)) return 1;
  const wanted = Math.ceil((PRESENT_MIN_TEXT_PX / (smallest * zoom)) * STEP) / STEP;
  return Math.min(PRESENT_MAX_TEXT_SCALE, Math.max(1, wanted));
}
