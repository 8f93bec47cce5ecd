/**
 * A scene written as an SVG document: the same picture as the PNG, as vectors, for Keynote,
 * PowerPoint and the like. Text stays text (so it can be edited and searched), dashes become
 * stroke-dasharray, and colours with an alpha become a plain colour with an opacity, which
 * every importer understands. Pure: a string in, a string out.
 */
import { CARD_SHADOW } from "../../design/tokens";
import type { Radii, RectStep, Scene, SceneStep, TextStep } from "./scene";

export interface SvgOptions {
  /** The CSS font family the text was measured in. */
  fontFamily: string;
  /** Read out by screen readers and shown by some viewers. */
  title?: string;
  /**
   * How far the alphabetic baseline sits below the middle of a line, in ems, in that font;
   * the browser measures it (`middleToBaseline`), tests take the usual value.
   */
  middleToBaseline?: number;
  /** The size the picture is shown at, when not one px per unit (a 1920 × 1080 slide). */
  displaySize?: { width: number; height: number };
}

const SHADOW_ID = "card-shadow";

/**
 * Where the alphabetic baseline sits below the middle of a line, in ems, in common sans fonts:
 * the canvas centres text on its y ("middle"), SVG places the baseline there. An offset works
 * in every importer, where `dominant-baseline` does not.
 */
export const MIDDLE_TO_BASELINE = 0.35;

/** Characters XML 1.0 cannot hold at all (most control characters, lone surrogates). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** `text` safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Short numbers: two decimals are far below what a slide shows. */
const num = (value: number): string => String(Number(value.toFixed(2)));

/** `rgba(r, g, b, a)` as an opaque colour and its opacity; other colours as they are. */
function splitAlpha(color: string): { color: string; opacity?: number } {
  const match = /^rgba\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)$/i.exec(
    color.trim(),
  );
  if (!match) return { color };
  const [, r, g, b, a] = match;
  return { color: `rgb(${r}, ${g}, ${b})`, opacity: Number(a) };
}

type Attrs = Record<string, string | number | undefined>;

const attrs = (values: Attrs): string =>
  Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) =>
      typeof value === "number" ? ` ${name}="${num(value)}"` : ` ${name}="${escapeXml(value)}"`,
    )
    .join("");

/** Fill and stroke attributes; SVG fills black by default, so no fill is said explicitly. */
function paint(step: {
  fill?: string;
  stroke?: string;
  lineWidth?: number;
  dash?: number[];
  lineCap?: "butt" | "round";
}): Attrs {
  const fill = step.fill ? splitAlpha(step.fill) : undefined;
  const stroke = step.stroke ? splitAlpha(step.stroke) : undefined;
  return {
    fill: fill?.color ?? "none",
    "fill-opacity": fill?.opacity,
    stroke: stroke?.color,
    "stroke-opacity": stroke?.opacity,
    "stroke-width": stroke ? (step.lineWidth ?? 1) : undefined,
    "stroke-dasharray": stroke && step.dash?.length ? step.dash.map(num).join(" ") : undefined,
    "stroke-linecap": stroke && step.lineCap === "round" ? "round" : undefined,
  };
}

/** A rectangle with a different radius at each corner (clockwise from top left). */
function roundedRectPath(x: number, y: number, w: number, h: number, radii: Radii): string {
  const limit = Math.min(w, h) / 2;
  const [tl, tr, br, bl] = (typeof radii === "number" ? [radii, radii, radii, radii] : radii).map(
    (r) => Math.max(0, Math.min(r, limit)),
  ) as [number, number, number, number];
  const arc = (r: number, toX: number, toY: number) =>
    r ? `A${num(r)} ${num(r)} 0 0 1 ${num(toX)} ${num(toY)}` : `L${num(toX)} ${num(toY)}`;
  return [
    `M${num(x + tl)} ${num(y)}`,
    `H${num(x + w - tr)}`,
    arc(tr, x + w, y + tr),
    `V${num(y + h - br)}`,
    arc(br, x + w - br, y + h),
    `H${num(x + bl)}`,
    arc(bl, x, y + h - bl),
    `V${num(y + tl)}`,
    arc(tl, x + tl, y),
    "Z",
  ].join("");
}

function rect(step: RectStep): string {
  const filter = step.shadow ? `url(#${SHADOW_ID})` : undefined;
  const { x, y, width, height, radii } = step;
  if (Array.isArray(radii)) {
    const d = roundedRectPath(x, y, width, height, radii);
    return `<path${attrs({ d, ...paint(step), filter })}/>`;
  }
  const r = radii ? Math.min(radii, width / 2, height / 2) : undefined;
  return `<rect${attrs({ x, y, width, height, rx: r, ...paint(step), filter })}/>`;
}

function text(step: TextStep, middleToBaseline: number): string {
  const color = splitAlpha(step.color);
  const spacing = step.font.letterSpacing;
  return `<text${attrs({
    x: step.x,
    y: step.y + step.font.size * middleToBaseline,
    "font-size": step.font.size,
    "font-weight": step.font.weight,
    "letter-spacing": spacing ? spacing : undefined,
    "text-anchor": step.align === "center" ? "middle" : undefined,
    fill: color.color,
    "fill-opacity": color.opacity,
  })} xml:space="preserve">${escapeXml(step.text)}</text>`;
}

function element(step: SceneStep, middleToBaseline: number): string {
  switch (step.kind) {
    case "rect":
      return rect(step);
    case "circle":
      return `<circle${attrs({ cx: step.cx, cy: step.cy, r: step.r, ...paint(step) })}/>`;
    case "path": {
      const moved = step.x !== undefined || step.y !== undefined;
      const transform = moved ? `translate(${num(step.x ?? 0)} ${num(step.y ?? 0)})` : undefined;
      return `<path${attrs({ d: step.d, transform, ...paint(step) })}/>`;
    }
    case "text":
      return step.text ? text(step, middleToBaseline) : "";
    case "group":
      return `<g transform="translate(${num(step.x)} ${num(step.y)})"${step.alpha === undefined ? "" : ` opacity="${num(step.alpha)}"`}>${step.steps.map((s) => element(s, middleToBaseline)).join("")}</g>`;
  }
}

const hasShadow = (steps: readonly SceneStep[]): boolean =>
  steps.some((s) => (s.kind === "group" ? hasShadow(s.steps) : s.kind === "rect" && s.shadow));

function shadowFilter(): string {
  const shadow = splitAlpha(CARD_SHADOW.color);
  // A canvas shadow's blur is twice the Gaussian's standard deviation.
  return `<filter id="${SHADOW_ID}" x="-10%" y="-10%" width="120%" height="140%"><feDropShadow${attrs(
    {
      dx: 0,
      dy: CARD_SHADOW.offsetY,
      stdDeviation: CARD_SHADOW.blur / 2,
      "flood-color": shadow.color,
      "flood-opacity": shadow.opacity,
    },
  )}/></filter>`;
}

/** `scene` as a standalone SVG document, one unit per picture px unless `displaySize` says. */
export function sceneToSvg(scene: Scene, options: SvgOptions): string {
  const { width, height } = scene;
  const shown = options.displaySize ?? { width, height };
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      width: shown.width,
      height: shown.height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      "font-family": options.fontFamily,
    })}>`,
  ];
  if (options.title) parts.push(`<title>${escapeXml(options.title)}</title>`);
  if (hasShadow(scene.steps)) parts.push(`<defs>${shadowFilter()}</defs>`);
  if (scene.background) {
    parts.push(`<rect${attrs({ width, height, ...paint({ fill: scene.background }) })}/>`);
  }
  const shift = options.middleToBaseline ?? MIDDLE_TO_BASELINE;
  for (const step of scene.steps) parts.push(element(step, shift));
  parts.push("</svg>", "");
  return parts.join("\n");
}
