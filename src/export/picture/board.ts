/**
 * The board under the cards, as on the canvas (Lanes.tsx, Legend.tsx, canvas.css): column
 * headers, tier lanes with their labels, each organisation's cell tint and "Vacant"
 * placeholders (the legend strip under them: legend.ts).
 */
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  CELL_PADDING,
  HEADER_HEIGHT,
  HEALTH_PILL,
  LABEL_BAND_WIDTH,
  LANE_INDEX_DISC,
} from "../../design/geometry";
import { HEALTH_COLOR, healthPillText } from "../../design/health";
import { GAP_DASH } from "../../design/strokes";
import { COLOR, FONT, ORG_TINT, SIZE } from "../../design/tokens";
import { type CanvasLayout, vacantCells } from "../../domain/layout";
import { ORG_KEYS, type Organisation, type OrgKey, type Person } from "../../domain/model";
import type { TierHealth } from "../../domain/tierHealth";
import { fitText, type MeasureText, type SceneStep, withAlpha, wrapText } from "./scene";

const RADIUS = SIZE.boardRadius;
const BAND = SIZE.headerBand;

function headerSteps(
  layout: CanvasLayout,
  orgs: Record<OrgKey, Organisation>,
  measure: MeasureText,
): SceneStep[] {
  return ORG_KEYS.flatMap((org): SceneStep[] => {
    const { x, width } = layout.columns[org];
    const color = orgs[org].color;
    const left = x + SIZE.headerPaddingX;
    const textWidth = width - 2 * SIZE.headerPaddingX;
    return [
      {
        kind: "rect",
        x,
        y: 0,
        width,
        height: HEADER_HEIGHT,
        radii: [RADIUS, RADIUS, 0, 0],
        fill: color,
      },
      {
        kind: "rect",
        x,
        y: BAND,
        width,
        height: HEADER_HEIGHT - BAND,
        radii: [4, 4, 0, 0],
        fill: COLOR.surface,
      },
      { kind: "rect", x, y: HEADER_HEIGHT - 1, width, height: 1, fill: COLOR.line2 },
      {
        kind: "text",
        text: fitText(measure, orgs[org].name, FONT.headerName, textWidth),
        x: left,
        y: 36,
        font: FONT.headerName,
        color: COLOR.ink,
      },
      {
        kind: "text",
        text: org === "a" ? "OUR SIDE" : "PARTNER SIDE",
        x: left,
        y: 60,
        font: FONT.headerSide,
        color,
      },
    ];
  });
}

const DISC = LANE_INDEX_DISC;

/** A tier's health pill, as Lanes.tsx draws it: "● At risk" in white on the level's colour. */
function healthPillSteps(
  health: TierHealth,
  laneBottom: number,
  measure: MeasureText,
): SceneStep[] {
  const { right, bottom, height, paddingX } = HEALTH_PILL;
  const text = healthPillText(health.label);
  const width = measure(text, FONT.healthPill) + 2 * paddingX;
  const x = LABEL_BAND_WIDTH - right - width;
  const y = laneBottom - bottom - height;
  return [
    {
      kind: "rect",
      x,
      y,
      width,
      height,
      radii: [height / 2, height / 2, height / 2, height / 2],
      fill: HEALTH_COLOR[health.level],
    },
    {
      kind: "text",
      text,
      x: x + paddingX,
      y: y + height / 2,
      font: FONT.healthPill,
      color: COLOR.inkInverse,
    },
  ];
}

function laneSteps(
  layout: CanvasLayout,
  orgs: Record<OrgKey, Organisation>,
  vacant: Set<string>,
  measure: MeasureText,
  health: ReadonlyMap<string, TierHealth>,
): SceneStep[] {
  const steps: SceneStep[] = [];
  for (const lane of layout.lanes) {
    const { y, height } = lane;
    steps.push(
      {
        kind: "rect",
        x: 0,
        y,
        width: layout.width,
        height,
        fill: lane.index % 2 ? COLOR.laneOdd : COLOR.laneEven,
      },
      { kind: "rect", x: 0, y, width: layout.width, height: 1, fill: COLOR.line2 },
      { kind: "rect", x: LABEL_BAND_WIDTH - 1, y, width: 1, height, fill: COLOR.line2 },
      { kind: "circle", cx: DISC.cx, cy: y + DISC.cy, r: DISC.r, fill: COLOR.ink },
      {
        kind: "text",
        text: String(lane.index + 1),
        x: DISC.cx,
        y: y + DISC.cy,
        font: FONT.laneIndex,
        color: COLOR.inkInverse,
        align: "center",
      },
    );
    const maxLines = Math.max(1, Math.floor((height - DISC.cy) / 20));
    const nameX = DISC.cx + DISC.r + SIZE.laneLabelGap;
    // 11: the label's right padding (10) and border (1).
    const nameWidth = LABEL_BAND_WIDTH - nameX - 11;
    wrapText(measure, lane.name, FONT.laneName, nameWidth, maxLines).forEach((line, i) => {
      steps.push({
        kind: "text",
        text: line,
        x: nameX,
        y: y + DISC.cy + i * 20,
        font: FONT.laneName,
        color: COLOR.ink,
      });
    });
    const tierHealth = health.get(lane.tierId);
    if (tierHealth && tierHealth.level !== "empty")
      steps.push(...healthPillSteps(tierHealth, y + height, measure));
    for (const org of ORG_KEYS) {
      const column = layout.columns[org];
      const color = orgs[org].color;
      const edge = withAlpha(color, ORG_TINT.edge);
      steps.push(
        {
          kind: "rect",
          x: column.x,
          y: y + 1,
          width: column.width,
          height: height - 1,
          fill: withAlpha(color, ORG_TINT.fill),
        },
        { kind: "rect", x: column.x, y: y + 1, width: 1, height: height - 1, fill: edge },
        {
          kind: "rect",
          x: column.x + column.width - 1,
          y: y + 1,
          width: 1,
          height: height - 1,
          fill: edge,
        },
      );
      if (vacant.has(`${org}:${lane.tierId}`)) {
        steps.push(
          ...vacantSteps(column.x + CELL_PADDING, y + 1 + CELL_PADDING, orgs[org].name, measure),
        );
      }
    }
  }
  return steps;
}

function vacantSteps(x: number, y: number, orgName: string, measure: MeasureText): SceneStep[] {
  const inset = SIZE.vacantBorder + SIZE.vacantPaddingX;
  const half = SIZE.vacantBorder / 2;
  return [
    {
      kind: "rect",
      x: x + half,
      y: y + half,
      width: CARD_WIDTH - SIZE.vacantBorder,
      height: CARD_HEIGHT - SIZE.vacantBorder,
      radii: RADIUS - half,
      fill: COLOR.gapFill,
      stroke: COLOR.gap,
      lineWidth: SIZE.vacantBorder,
      dash: GAP_DASH.card,
    },
    {
      kind: "text",
      text: "VACANT",
      x: x + inset,
      y: y + 28,
      font: FONT.vacantTitle,
      color: COLOR.gapInk,
    },
    {
      kind: "text",
      text: fitText(measure, `Nobody at ${orgName}`, FONT.vacantText, CARD_WIDTH - 2 * inset),
      x: x + inset,
      y: y + 46,
      font: FONT.vacantText,
      color: COLOR.gapInk,
    },
  ];
}

/** Column headers and lanes (with vacant placeholders): everything under the edges. */
export function boardSteps(
  layout: CanvasLayout,
  orgs: Record<OrgKey, Organisation>,
  people: readonly Person[],
  measure: MeasureText,
  health: readonly TierHealth[] = [],
): SceneStep[] {
  const byTier = new Map(health.map((h) => [h.tierId, h]));
  return [
    ...headerSteps(layout, orgs, measure),
    ...laneSteps(layout, orgs, vacantCells(people), measure, byTier),
  ];
}
