/**
 * The box beside the map in a picture that lists its most severe gaps, in the gaps panel's
 * order and words (the analysis's `gaps`, most severe first), each under its severity's name
 * so the colour is never the only cue. As many as fit the box; a last line says how many more.
 */
import { COLOR, SIZE } from "../../design/tokens";
import type { Gap, GapSeverity } from "../../domain/gaps";
import { SEVERITY_NAMES } from "../../domain/gaps";
import type { Box } from "../pngGeometry";
import { fitText, type MeasureText, type SceneStep, wrapText } from "./scene";

const HEADING = { size: 20, weight: 700 };
const SEVERITY = { size: 13, weight: 700, letterSpacing: 0.8 };
const MESSAGE = { size: 16, weight: 400 };
const MORE = { size: 14, weight: 400 };
const PADDING = 20;
const LINE = 21;
/** A message longer than this many lines is shortened with "…". */
const MAX_LINES = 3;
/** At most this many gaps, so the box stays a summary a room can read. */
export const TOP_GAPS = 6;

const SEVERITY_COLOR: Readonly<Record<GapSeverity, string>> = {
  critical: COLOR.danger,
  warning: COLOR.warning,
  info: COLOR.info,
};

/** The title of the box: how many of the map's gaps it shows. */
export function gapsBoxTitle(shown: number, total: number): string {
  if (total === 0) return "Gaps";
  return shown === total ? `Top gaps (${total})` : `Top gaps (${shown} of ${total})`;
}

/** The drawing steps of the box at `box` (picture units) for `gaps`, most severe first. */
export function gapsBoxSteps(box: Box, gaps: readonly Gap[], measure: MeasureText): SceneStep[] {
  const width = box.width - 2 * PADDING;
  const left = box.x + PADDING;
  const bottom = box.y + box.height - PADDING;
  const items: SceneStep[] = [];
  let y = box.y + PADDING + 2 * LINE;
  let shown = 0;
  for (const gap of gaps.slice(0, TOP_GAPS)) {
    const lines = wrapText(measure, gap.message, MESSAGE, width, MAX_LINES);
    const height = LINE + lines.length * LINE;
    // Keep a line free for "n more" when this is not the last gap.
    if (y + height + (shown + 1 < gaps.length ? LINE : 0) > bottom) break;
    const label = SEVERITY_NAMES[gap.severity].toUpperCase();
    items.push({
      kind: "text",
      text: label,
      x: left,
      y: y + LINE / 2,
      font: SEVERITY,
      color: SEVERITY_COLOR[gap.severity],
    });
    lines.forEach((text, i) => {
      items.push({
        kind: "text",
        text,
        x: left,
        y: y + LINE * (i + 1.5),
        font: MESSAGE,
        color: COLOR.ink,
      });
    });
    y += height + LINE / 2;
    shown += 1;
  }
  const last = (text: string, font: typeof MORE, color: string) => {
    y = Math.min(y, bottom - LINE);
    items.push({
      kind: "text",
      text: fitText(measure, text, font, width),
      x: left,
      y: y + LINE / 2,
      font,
      color,
    });
    y += LINE;
  };
  if (gaps.length === 0) last("No gaps found.", MESSAGE, COLOR.ink2);
  else if (shown < gaps.length) {
    last(`${gaps.length - shown} more in Peermap's gaps panel.`, MORE, COLOR.ink3);
  }
  return [
    {
      kind: "rect",
      ...box,
      // As tall as what it lists: a short list leaves no empty panel down the picture.
      height: Math.min(box.height, y - LINE / 2 + PADDING - box.y),
      radii: SIZE.boardRadius,
      fill: COLOR.surface,
      stroke: COLOR.line2,
      lineWidth: 1,
    },
    {
      kind: "text",
      text: fitText(measure, gapsBoxTitle(shown, gaps.length), HEADING, width),
      x: left,
      y: box.y + PADDING + LINE / 2,
      font: HEADING,
      color: COLOR.ink,
    },
    ...items,
  ];
}
