/** The legend strip under the board's lanes, as on the canvas (Legend.tsx, canvas.css). */
import { legendBox } from "../../design/geometry";
import { GAP_DASH, LINE_SAMPLES, type LineSample } from "../../design/strokes";
import { COLOR, FONT, SIZE } from "../../design/tokens";
import type { CanvasLayout } from "../../domain/layout";
import type { MeasureText, SceneStep } from "./scene";

/** The legend strip under the lanes: a line sample and its meaning, for every kind of line. */
export function legendSteps(layout: CanvasLayout, measure: MeasureText): SceneStep[] {
  const { top, height } = legendBox(layout.height);
  const mid = top + height / 2;
  const sampleWidth = SIZE.legendSampleWidth;
  const sampleMid = SIZE.legendSampleHeight / 2;
  const textOffset = sampleWidth + SIZE.legendSampleGap;
  const steps: SceneStep[] = [
    {
      kind: "rect",
      x: 0.5,
      y: top + 0.5,
      width: layout.width - 1,
      height: height - 1,
      radii: SIZE.boardRadius,
      fill: COLOR.surface,
      stroke: COLOR.line2,
      lineWidth: 1,
    },
  ];
  // 1: the strip's border; the title and the list are a flex row with a gap of its padding.
  const titleX = 1 + SIZE.legendPaddingX;
  steps.push({
    kind: "text",
    text: "LEGEND",
    x: titleX,
    y: mid,
    font: FONT.legendTitle,
    color: COLOR.ink,
  });
  let x = titleX + measure("LEGEND", FONT.legendTitle) + SIZE.legendPaddingX;
  const d = `M2 ${sampleMid}H${sampleWidth - 2}`;
  const sample = (line: LineSample, stroke: { color: string; width: number; dash?: number[] }) =>
    steps.push({
      kind: "path",
      d,
      x,
      y: mid - sampleMid,
      stroke: stroke.color,
      lineWidth: stroke.width,
      lineCap: line.lineCap,
      ...(stroke.dash ? { dash: stroke.dash } : {}),
    });
  for (const line of LINE_SAMPLES) {
    sample(line, line);
    if (line.core) sample(line, line.core);
    steps.push({
      kind: "text",
      text: line.label,
      x: x + textOffset,
      y: mid,
      font: FONT.legendText,
      color: COLOR.ink2,
    });
    x += textOffset + measure(line.label, FONT.legendText) + SIZE.legendItemGap;
  }
  const unpairedHeight = SIZE.legendUnpairedHeight;
  steps.push({
    kind: "rect",
    x: x + 1,
    y: mid - unpairedHeight / 2,
    width: sampleWidth - 2,
    height: unpairedHeight,
    radii: SIZE.legendUnpairedRadius,
    stroke: COLOR.gap,
    lineWidth: 2,
    dash: GAP_DASH.legend,
  });
  steps.push({
    kind: "text",
    text: "No counterpart link yet",
    x: x + textOffset,
    y: mid,
    font: FONT.legendText,
    color: COLOR.ink2,
  });
  return steps;
}
