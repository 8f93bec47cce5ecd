/**
 * The map as a PNG picture: the whole map (not just what is on screen) captured from a React
 * Flow viewport with html-to-image, then composed on a canvas with an optional title band
 * (the legend is the board's own strip under the lanes) and an optional 16:9 letterbox.
 * Nothing is fetched: fonts are the system's.
 */
import { toCanvas } from "html-to-image";
import { LEGEND_HEIGHT } from "../canvas/Legend";
import { coverageScore } from "../domain/coverage";
import { computeLayout } from "../domain/layout";
import { DEFAULT_ORGS, type PeerMap } from "../domain/model";
import { localDate } from "./fileName";
import {
  type Box,
  EXPORT_MARGIN,
  type PngGeometry,
  type PngOptions,
  pngGeometry,
} from "./pngGeometry";

export { fitScale, pngGeometry } from "./pngGeometry";

/** Editing chrome that never belongs in a picture. */
const EXCLUDED_CLASSES = [
  "react-flow__handle",
  "react-flow__minimap",
  "react-flow__controls",
  "react-flow__panel",
  "react-flow__attribution",
  "react-flow__edgelabel-renderer",
  "react-flow__selection",
  "react-flow__nodesselection",
  "relationship-halo",
  // Invisible, but each costs as much to copy as a visible element.
  "react-flow__edge-interaction",
  "visually-hidden",
];

/** html-to-image's filter: false drops the node (and everything inside it). */
export function keepInPicture(node: Node): boolean {
  if (!(node instanceof Element)) return true;
  return !EXCLUDED_CLASSES.some((name) => node.classList.contains(name));
}

const isLegend = (node: Node): boolean =>
  node instanceof Element && node.classList.contains("legend");

/**
 * The picture's geometry for `map`: the board is the lanes plus, with "title and legend", the
 * legend strip the canvas draws under them.
 */
export function mapPictureGeometry(map: PeerMap, options: PngOptions): PngGeometry {
  const layout = computeLayout(map);
  const boardHeight = layout.height + (options.titleAndLegend ? LEGEND_HEIGHT : 0);
  return pngGeometry(layout.width, boardHeight, options);
}

export interface MapPicture {
  blob: Blob;
  geometry: PngGeometry;
}

const INK = "#0f172a";
const INK_2 = "#334155";
const LINE = "#e2e8f0";

function fontFamily(): string {
  return getComputedStyle(document.body).fontFamily || "system-ui, sans-serif";
}

/** `text`, shortened with "…" until it fits `maxWidth` with the context's current font. */
function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low)}…`;
}

/** Map name, then the organisations (with their colours), the date and the coverage. */
function drawHeader(ctx: CanvasRenderingContext2D, box: Box, map: PeerMap, date: string): void {
  const family = fontFamily();
  const left = box.x + EXPORT_MARGIN;
  const right = box.x + box.width - EXPORT_MARGIN;
  ctx.save();
  ctx.textBaseline = "alphabetic";

  ctx.fillStyle = INK;
  ctx.font = `700 30px ${family}`;
  ctx.fillText(fitText(ctx, map.name, right - left), left, box.y + 54);

  let x = left;
  ctx.font = `500 17px ${family}`;
  const y = box.y + 86;
  for (const org of ["a", "b"] as const) {
    ctx.fillStyle = map.orgs[org].color;
    ctx.fillRect(x, y - 12, 12, 12);
    x += 18;
    ctx.fillStyle = INK_2;
    const name = fitText(ctx, map.orgs[org].name.trim() || DEFAULT_ORGS[org].name, 360);
    ctx.fillText(name, x, y);
    x += ctx.measureText(name).width + 12;
    if (org === "a") {
      ctx.fillText("×", x, y);
      x += ctx.measureText("×").width + 12;
    }
  }
  const rest = `·  ${date}  ·  Coverage ${coverageScore(map)}%`;
  ctx.fillText(fitText(ctx, rest, Math.max(0, right - x)), x, y);

  ctx.fillStyle = LINE;
  ctx.fillRect(left, box.y + box.height - 2, right - left, 1);
  ctx.restore();
}

/** html-to-image fails with a bare Event when the browser cannot load the picture it made. */
function drawFailure(error: unknown): string {
  if (error instanceof RangeError)
    return "the map is too big for this browser to draw as one picture";
  if (error instanceof Error && error.message) return error.message;
  return "the browser could not draw the map; try 1x";
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error("the browser ran out of memory for a picture this big; try 1x"));
    }, "image/png");
  });
}

/**
 * Draws the whole of `map` from `viewport` (a React Flow `.react-flow__viewport` showing that
 * map with its lanes) into a PNG. Whatever the viewport's zoom and pan, the capture is forced
 * to scale 1 and shifted by the margin, so every card, lane and edge is inside the picture.
 */
export async function renderMapPng(
  viewport: HTMLElement,
  map: PeerMap,
  options: PngOptions,
  now: Date = new Date(),
): Promise<MapPicture> {
  const geometry = mapPictureGeometry(map, options);
  const { capture, scale } = geometry;
  let captured: HTMLCanvasElement;
  try {
    captured = await toCanvas(viewport, {
      width: capture.width,
      height: capture.height,
      pixelRatio: scale,
      // We keep within the browsers' limits ourselves (fitScale) and tell the user.
      skipAutoScale: true,
      // System fonts only: no web font is fetched or embedded.
      skipFonts: true,
      filter: options.titleAndLegend
        ? keepInPicture
        : (node) => keepInPicture(node) && !isLegend(node),
      style: {
        transform: `translate(${EXPORT_MARGIN}px, ${EXPORT_MARGIN}px) scale(1)`,
        transformOrigin: "0 0",
        width: `${capture.width}px`,
        height: `${capture.height}px`,
      },
    });
  } catch (error) {
    throw new Error(drawFailure(error));
  }

  const canvas = document.createElement("canvas");
  canvas.width = geometry.pixelWidth;
  canvas.height = geometry.pixelHeight;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("the browser could not make a canvas this big; try 1x");
  if (options.background === "white") {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.drawImage(
    captured,
    Math.round(geometry.mapAt.x * scale),
    Math.round(geometry.mapAt.y * scale),
  );
  if (geometry.header) {
    ctx.save();
    ctx.scale(scale, scale);
    drawHeader(ctx, geometry.header, map, localDate(now));
    ctx.restore();
  }
  const blob = await canvasToBlob(canvas);
  // Free the pixel memory now rather than whenever the collector gets round to it.
  captured.width = 0;
  canvas.width = 0;
  return { blob, geometry };
}

/** Whether this browser can put a PNG on the clipboard. */
export function canCopyImages(): boolean {
  if (typeof ClipboardItem === "undefined" || typeof navigator.clipboard?.write !== "function") {
    return false;
  }
  return typeof ClipboardItem.supports === "function" ? ClipboardItem.supports("image/png") : true;
}
