/**
 * Person cards as the canvas draws them (PersonNode.tsx, canvas.css): white, the
 * organisation's colour down the left, name, title and tier; a dashed red outline and a
 * warning badge when the person has no counterpart link yet.
 */
import { CARD_HEIGHT, CARD_WIDTH } from "../../domain/layout";
import type { Person } from "../../domain/model";
import { GAP_RED, INK, INK_2, INK_3, LINE_2 } from "./palette";
import { fitText, type MeasureText, type SceneStep } from "./scene";

const NAME = { size: 16, weight: 700 };
const TITLE = { size: 13, weight: 400 };
const TIER = { size: 11, weight: 600, letterSpacing: 0.44 };
const BAND = 8;
/** Room for text: the card less its colour band, right border and padding. */
const TEXT_WIDTH = CARD_WIDTH - BAND - 1 - 20;
/** The warning badge's triangle and exclamation mark, in a 16 × 16 box (as PersonNode). */
const BADGE_TRIANGLE = "M8 1.5 15 14H1L8 1.5Z";
const BADGE_MARK = "M8 6v4M8 11.6v.4";

export interface PlacedCard {
  person: Person;
  x: number;
  y: number;
  color: string;
  tierName: string;
  unpaired: boolean;
}

function shellSteps({ x, y, color, unpaired }: PlacedCard): SceneStep[] {
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
      radii: 10,
      fill: unpaired ? "#fff" : LINE_2,
      shadow: true,
    },
    { kind: "rect", x, y, width: BAND + 4, height: h, radii: [10, 0, 0, 10], fill: color },
    {
      kind: "rect",
      x: x + BAND,
      y: y + border,
      width: w - BAND - border,
      height: h - 2 * border,
      radii: [2, 9, 9, 2],
      fill: "#fff",
    },
  ];
  if (unpaired) {
    const r = x + w - 1;
    const b = y + h - 1;
    steps.push({
      kind: "path",
      d: `M${x + BAND} ${y + 1}H${r - 9}A9 9 0 0 1 ${r} ${y + 10}V${b - 9}A9 9 0 0 1 ${r - 9} ${b}H${x + BAND}`,
      stroke: GAP_RED,
      lineWidth: 2,
      dash: [6, 4],
    });
  }
  return steps;
}

function badgeSteps(x: number, y: number): SceneStep[] {
  const cx = x + CARD_WIDTH - 2;
  const cy = y + 2;
  return [
    { kind: "circle", cx, cy, r: 12, fill: "#fff", stroke: "#fecaca", lineWidth: 2 },
    { kind: "path", d: BADGE_TRIANGLE, x: cx - 8, y: cy - 8, fill: GAP_RED },
    {
      kind: "path",
      d: BADGE_MARK,
      x: cx - 8,
      y: cy - 8,
      stroke: "#fff",
      lineWidth: 1.6,
      lineCap: "round",
    },
  ];
}

/** The drawing steps of one card at canvas position (x, y). */
export function cardSteps(card: PlacedCard, measure: MeasureText): SceneStep[] {
  const { person, x, y, tierName } = card;
  const left = x + BAND + 10;
  const steps = shellSteps(card);
  steps.push(
    {
      kind: "text",
      text: fitText(measure, person.name, NAME, TEXT_WIDTH),
      x: left,
      y: y + 21,
      font: NAME,
      color: INK,
    },
    {
      kind: "text",
      text: fitText(measure, person.title ?? "", TITLE, TEXT_WIDTH),
      x: left,
      y: y + 38.5,
      font: TITLE,
      color: INK_2,
    },
    {
      kind: "text",
      text: fitText(measure, tierName.toUpperCase(), TIER, TEXT_WIDTH),
      x: left,
      y: y + 55,
      font: TIER,
      color: INK_3,
    },
  );
  if (card.unpaired) steps.push(...badgeSteps(x, y));
  return steps;
}
