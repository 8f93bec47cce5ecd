/**
 * Level of detail: the further out, the less each card and line draws, since it could not be
 * read anyway. The canvas (useBoardViewport's classes, canvas.css) and the painted board
 * (src/canvas/painted) both follow these.
 */
export const ZOOM_DETAIL = {
  /** Below this a card's small print is dropped (`is-far`). */
  smallPrintFrom: 0.4,
  /** Below this a name is under 4 px high: it is dropped (`is-tiny`), and the board is painted. */
  namesFrom: 0.25,
  /**
   * Below this dotted and dashed lines are under a pixel apart, blur into solid ones, and are
   * drawn solid (`is-distant`); a line's 24-unit click area is a pixel or two wide, and goes.
   */
  dashesFrom: 1 / 8,
} as const;
