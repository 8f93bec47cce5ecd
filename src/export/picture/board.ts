/**
 * The board under the cards, as on the canvas (Lanes.tsx, Legend.tsx, canvas.css): column
 * headers, tier lanes with their labels, each organisation's cell tint, "Vacant"
 * placeholders, and the legend strip.
 */
import { LEGEND_HEIGHT } from "../../canvas/Legend";
import { LINE_SAMPLES } from "../../canvas/strengthStyle";
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  type CanvasLayout,
  CELL_PADDING,
  HEADER_HEIGHT,
  LABEL_BAND_WIDTH,
  vacantCells,
} from "../../domain/layout";
import { ORG_KEYS, type Organisation, type OrgKey, type Person } from "../../domain/model";
import { GAP_RED, GAP_RED_DARK, INK, INK_2, LINE_2 } from "./palette";
import { fitText, type MeasureText, type SceneStep, withAlpha, wrapText } from "./scene";

const HEADER_NAME = { size: 26, weight: 750, letterSpacing: -0.26 };
const HEADER_SIDE = { size: 13, weight: 600, letterSpacing: 1.04 };
const LANE_INDEX = { size: 12, weight: 700 };
const LANE_NAME = { size: 16, weight: 700 };
const VACANT_TITLE = { size: 15, weight: 700, letterSpacing: 0.9 };
const VACANT_TEXT = { size: 13, weight: 400 };
const LEGEND_TITLE = { size: 14, weight: 700, letterSpacing: 0.84 };
const LEGEND_TEXT = { size: 14, weight: 400 };

function headerSteps(
  layout: CanvasLayout,
  orgs: Record<OrgKey, Organisation>,
  measure: MeasureText,
): SceneStep[] {
  return ORG_KEYS.flatMap((org): SceneStep[] => {
    const { x, width } = layout.columns[org];
    const color = orgs[org].color;
    const textWidth = width - 40;
    return [
      { kind: "rect", x, y: 0, width, height: HEADER_HEIGHT, radii: [10, 10, 0, 0], fill: color },
      {
        kind: "rect",
        x,
        y: 8,
        width,
        height: HEADER_HEIGHT - 8,
        radii: [4, 4, 0, 0],
        fill: "#fff",
      },
      { kind: "rect", x, y: HEADER_HEIGHT - 1, width, height: 1, fill: LINE_2 },
      {
        kind: "text",
        text: fitText(measure, orgs[org].name, HEADER_NAME, textWidth),
        x: x + 20,
        y: 36,
        font: HEADER_NAME,
        color: INK,
      },
      {
        kind: "text",
        text: org === "a" ? "OUR SIDE" : "PARTNER SIDE",
        x: x + 20,
        y: 60,
        font: HEADER_SIDE,
        color,
      },
    ];
  });
}

function laneSteps(
  layout: CanvasLayout,
  orgs: Record<OrgKey, Organisation>,
  vacant: Set<string>,
  measure: MeasureText,
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
        fill: lane.index % 2 ? "#f3f6fa" : "#fbfcfe",
      },
      { kind: "rect", x: 0, y, width: layout.width, height: 1, fill: LINE_2 },
      { kind: "rect", x: LABEL_BAND_WIDTH - 1, y, width: 1, height, fill: LINE_2 },
      { kind: "circle", cx: 23, cy: y + 30, r: 11, fill: INK },
      {
        kind: "text",
        text: String(lane.index + 1),
        x: 23,
        y: y + 30,
        font: LANE_INDEX,
        color: "#fff",
        align: "center",
      },
    );
    const maxLines = Math.max(1, Math.floor((height - 30) / 20));
    wrapText(measure, lane.name, LANE_NAME, LABEL_BAND_WIDTH - 53, maxLines).forEach((line, i) => {
      steps.push({
        kind: "text",
        text: line,
        x: 42,
        y: y + 30 + i * 20,
        font: LANE_NAME,
        color: INK,
      });
    });
    for (const org of ORG_KEYS) {
      const column = layout.columns[org];
      const color = orgs[org].color;
      const edge = withAlpha(color, 0.25);
      steps.push(
        {
          kind: "rect",
          x: column.x,
          y: y + 1,
          width: column.width,
          height: height - 1,
          fill: withAlpha(color, 0.05),
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
  const textWidth = CARD_WIDTH - 32;
  return [
    {
      kind: "rect",
      x: x + 1,
      y: y + 1,
      width: CARD_WIDTH - 2,
      height: CARD_HEIGHT - 2,
      radii: 9,
      fill: "rgba(254, 242, 242, 0.7)",
      stroke: GAP_RED,
      lineWidth: 2,
      dash: [6, 4],
    },
    { kind: "text", text: "VACANT", x: x + 16, y: y + 28, font: VACANT_TITLE, color: GAP_RED_DARK },
    {
      kind: "text",
      text: fitText(measure, `Nobody at ${orgName}`, VACANT_TEXT, textWidth),
      x: x + 16,
      y: y + 46,
      font: VACANT_TEXT,
      color: GAP_RED_DARK,
    },
  ];
}

/** The legend strip under the lanes: a line sample and its meaning, for every kind of line. */
export function legendSteps(layout: CanvasLayout, measure: MeasureText): SceneStep[] {
  const top = layout.height + 16;
  const height = LEGEND_HEIGHT - 16;
  const mid = top + height / 2;
  const steps: SceneStep[] = [
    {
      kind: "rect",
      x: 0.5,
      y: top + 0.5,
      width: layout.width - 1,
      height: height - 1,
      radii: 10,
      fill: "#fff",
      stroke: LINE_2,
      lineWidth: 1,
    },
    { kind: "text", text: "LEGEND", x: 21, y: mid, font: LEGEND_TITLE, color: INK },
  ];
  let x = 21 + measure("LEGEND", LEGEND_TITLE) + 20;
  const sample = (d: string, stroke: string, lineWidth: number, dash?: number[]): SceneStep => ({
    kind: "path",
    d,
    x,
    y: mid - 6,
    stroke,
    lineWidth,
    lineCap: "round",
    ...(dash ? { dash } : {}),
  });
  for (const line of LINE_SAMPLES) {
    steps.push(sample("M2 6H38", line.color, line.width, line.dash));
    steps.push({
      kind: "text",
      text: line.label,
      x: x + 48,
      y: mid,
      font: LEGEND_TEXT,
      color: INK_2,
    });
    x += 48 + measure(line.label, LEGEND_TEXT) + 22;
  }
  steps.push({
    kind: "rect",
    x: x + 1,
    y: mid - 7,
    width: 38,
    height: 14,
    radii: 3,
    stroke: GAP_RED,
    lineWidth: 2,
    dash: [4, 3],
  });
  steps.push({
    kind: "text",
    text: "No counterpart link yet",
    x: x + 48,
    y: mid,
    font: LEGEND_TEXT,
    color: INK_2,
  });
  return steps;
}

/** Column headers and lanes (with vacant placeholders): everything under the edges. */
export function boardSteps(
  layout: CanvasLayout,
  orgs: Record<OrgKey, Organisation>,
  people: readonly Person[],
  measure: MeasureText,
): SceneStep[] {
  return [
    ...headerSteps(layout, orgs, measure),
    ...laneSteps(layout, orgs, vacantCells(people), measure),
  ];
}
