/**
 * Person cards as the canvas draws them (PersonNode.tsx, canvas.css): white, the
 * organisation's colour down the left, name, title and tier (or a title on two lines); a dashed red outline and a
 * warning badge when the person has no counterpart link yet.
 */
import { CARD_HEIGHT, CARD_WIDTH, GAP_BADGE_PATHS } from "../../design/geometry";
import { GAP_DASH } from "../../design/strokes";
import { CARD_TITLE_LINES, COLOR, FONT, SIZE } from "../../design/tokens";
import type { Person } from "../../domain/model";
import { fitText, type MeasureText, type SceneStep, wrapText } from "./scene";

const BAND = SIZE.cardBand;
const RADIUS = SIZE.boardRadius;
/** Room for text: the card less its colour band, right border and padding. */
const TEXT_WIDTH = CARD_WIDTH - BAND - 1 - 2 * SIZE.cardPaddingX;

/**
 * Middles of the text lines below the card's top, as canvas.css lays them out: a column
 * centred in the 57 px between the paddings (top 1 + 7, bottom 6 + 1), of the name (16 px ×
 * 1.2), then either one title line (13 × 1.25) and the tier (2 + 11 × 1.2), 50.65 px in all,
 * or two title lines, 51.7 px.
 */
const LINE_MIDDLES = {
  oneTitleLine: { name: 21, title: [38.5], tier: 55 },
  twoTitleLines: { name: 20.25, title: [37.98, 54.23], tier: null },
} as const;

export interface PlacedCard {
  person: Person;
  x: number;
  y: number;
  color: string;
  tierName: string;
  unpaired: boolean;
}

function shellSteps(
  { x, y, color, unpaired }: Pick<PlacedCard, "x" | "y" | "color" | "unpaired">,
  shadow = true,
): SceneStep[] {
  const w = CARD_WIDTH;
  const h = CARD_HEIGHT;
  const border = unpaired ? 2 : 1;
  const steps: SceneStep[] = [
    {
      kind: "rect",
      x,
      y,
      width: w,
      height: h,
      radii: RADIUS,
      fill: unpaired ? COLOR.surface : COLOR.line2,
      shadow,
    },
    { kind: "rect", x, y, width: BAND + 4, height: h, radii: [RADIUS, 0, 0, RADIUS], fill: color },
    {
      kind: "rect",
      x: x + BAND,
      y: y + border,
      width: w - BAND - border,
      height: h - 2 * border,
      radii: [2, RADIUS - 1, RADIUS - 1, 2],
      fill: COLOR.surface,
    },
  ];
  if (unpaired) {
    const r = x + w - 1;
    const b = y + h - 1;
    steps.push({
      kind: "path",
      d: `M${x + BAND} ${y + 1}H${r - 9}A9 9 0 0 1 ${r} ${y + 10}V${b - 9}A9 9 0 0 1 ${r - 9} ${b}H${x + BAND}`,
      stroke: COLOR.gap,
      lineWidth: 2,
      dash: GAP_DASH.card,
    });
  }
  return steps;
}

function badgeSteps(x: number, y: number): SceneStep[] {
  // The badge hangs 9 px over the card's top-right corner (canvas.css: top and right -9px).
  const r = SIZE.gapBadge / 2;
  const cx = x + CARD_WIDTH + 9 - r;
  const cy = y - 9 + r;
  const icon = SIZE.gapBadgeIcon / 2;
  return [
    // r + 1: the 2 px ring round the disc, stroked down its middle.
    {
      kind: "circle",
      cx,
      cy,
      r: r + 1,
      fill: COLOR.surface,
      stroke: COLOR.dangerLine,
      lineWidth: 2,
    },
    { kind: "path", d: GAP_BADGE_PATHS.triangle, x: cx - icon, y: cy - icon, fill: COLOR.gap },
    {
      kind: "path",
      d: GAP_BADGE_PATHS.mark,
      x: cx - icon,
      y: cy - icon,
      stroke: COLOR.inkInverse,
      lineWidth: 1.6,
      lineCap: "round",
    },
  ];
}

/**
 * A card as seen from far out, where its text would be under 4 px: the card, its colour band
 * and, with no counterpart link, its red outline and badge; no text and no shadow (under a
 * pixel there), which paints many times faster. The live board (PaintedLayer) draws these.
 */
export function distantCardSteps(
  card: Pick<PlacedCard, "x" | "y" | "color" | "unpaired">,
): SceneStep[] {
  const steps = shellSteps(card, false);
  if (card.unpaired) steps.push(...badgeSteps(card.x, card.y));
  return steps;
}

/** The drawing steps of one card at canvas position (x, y). */
export function cardSteps(card: PlacedCard, measure: MeasureText): SceneStep[] {
  const { person, x, y, tierName } = card;
  const left = x + BAND + SIZE.cardPaddingX;
  const steps = shellSteps(card);
  const title = person.title ?? "";
  const wraps = measure(title, FONT.cardTitle) > TEXT_WIDTH && CARD_TITLE_LINES > 1;
  const at = wraps ? LINE_MIDDLES.twoTitleLines : LINE_MIDDLES.oneTitleLine;
  const titleLines = wraps
    ? wrapText(measure, title, FONT.cardTitle, TEXT_WIDTH, CARD_TITLE_LINES)
    : [fitText(measure, title, FONT.cardTitle, TEXT_WIDTH)];
  steps.push({
    kind: "text",
    text: fitText(measure, person.name, FONT.cardName, TEXT_WIDTH),
    x: left,
    y: y + at.name,
    font: FONT.cardName,
    color: COLOR.ink,
  });
  titleLines.forEach((text, i) => {
    steps.push({
      kind: "text",
      text,
      x: left,
      y: y + (at.title[i] ?? 0),
      font: FONT.cardTitle,
      color: COLOR.ink2,
    });
  });
  if (at.tier !== null) {
    steps.push({
      kind: "text",
      text: fitText(measure, tierName.toUpperCase(), FONT.cardTier, TEXT_WIDTH),
      x: left,
      y: y + at.tier,
      font: FONT.cardTier,
      color: COLOR.ink3,
    });
  }
  if (card.unpaired) steps.push(...badgeSteps(x, y));
  return steps;
}
