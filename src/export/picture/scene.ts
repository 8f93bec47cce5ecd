/**
 * A picture as a flat list of drawing steps, fully resolved (positions, colours, text already
 * shortened to fit), so that building it is pure and testable and painting it is dumb.
 */

export interface Font {
  size: number;
  weight: number;
  /** Extra space between letters, in px. */
  letterSpacing?: number;
}

/** Width of `text` in `font`, in px: the canvas measures it when painting, tests fake it. */
export type MeasureText = (text: string, font: Font) => number;

/** Corner radii, clockwise from top left, as canvas `roundRect` takes them. */
export type Radii = number | [number, number, number, number];

export interface RectStep {
  kind: "rect";
  x: number;
  y: number;
  width: number;
  height: number;
  radii?: Radii;
  fill?: string;
  stroke?: string;
  lineWidth?: number;
  dash?: number[];
  /** A soft drop shadow, as cards have on screen. */
  shadow?: boolean;
}

export interface PathStep {
  kind: "path";
  /** SVG path data. */
  d: string;
  /** Offset the path is drawn at. */
  x?: number;
  y?: number;
  fill?: string;
  stroke?: string;
  lineWidth?: number;
  dash?: number[];
  lineCap?: "butt" | "round";
}

export interface CircleStep {
  kind: "circle";
  cx: number;
  cy: number;
  r: number;
  fill?: string;
  stroke?: string;
  lineWidth?: number;
}

export interface TextStep {
  kind: "text";
  text: string;
  /** Left end (or centre, with align "center") of the text. */
  x: number;
  /** Middle of the line. */
  y: number;
  font: Font;
  color: string;
  align?: "left" | "center";
}

/** Steps drawn with their origin moved to (x, y). */
export interface GroupStep {
  kind: "group";
  x: number;
  y: number;
  steps: SceneStep[];
  /** Drawn at this opacity (0–1), as a dimmed card or line under a focus. */
  alpha?: number;
}

export type SceneStep = RectStep | PathStep | CircleStep | TextStep | GroupStep;

export interface Scene {
  width: number;
  height: number;
  /** Fills the whole picture, to its last pixel; none leaves it transparent. */
  background?: string;
  steps: SceneStep[];
}

/** `text`, shortened with "…" until it is at most `maxWidth` wide. */
export function fitText(measure: MeasureText, text: string, font: Font, maxWidth: number): string {
  if (measure(text, font) <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`, font) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? "" : `${text.slice(0, low).trimEnd()}…`;
}

/**
 * `text` broken into at most `maxLines` lines of at most `maxWidth`, at spaces where it can
 * and inside a word when one word is too long; the last line is shortened with "…".
 */
export function wrapText(
  measure: MeasureText,
  text: string,
  font: Font,
  maxWidth: number,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let rest = text.trim();
  while (rest && lines.length < maxLines) {
    if (lines.length === maxLines - 1 || measure(rest, font) <= maxWidth) {
      lines.push(fitText(measure, rest, font, maxWidth));
      break;
    }
    const words = rest.split(/\s+/);
    let line = "";
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (measure(next, font) > maxWidth) break;
      line = next;
    }
    if (!line) {
      // One word wider than the line: break it where it stops fitting.
      let end = 1;
      while (end < rest.length && measure(rest.slice(0, end + 1), font) <= maxWidth) end++;
      line = rest.slice(0, end);
    }
    lines.push(line);
    rest = rest.slice(line.length).trim();
  }
  return lines;
}

/** `#rgb` or `#rrggbb` at `alpha` opacity; any other colour is returned as it is. */
export function withAlpha(color: string, alpha: number): string {
  const hex = color.trim().replace(/^#/, "");
  const full =
    hex.length === 3
      ? hex
          .split("")
          .map((c) => c + c)
          .join("")
      : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return color;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
