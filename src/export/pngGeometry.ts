/**
 * The arithmetic of a PNG export, kept free of the DOM so it can be tested: how big the
 * picture is, where the map and the title band go, and how far the scale must drop to stay
 * within what browsers can draw.
 */

export type PngScale = 1 | 2 | 3;
export type PngBackground = "white" | "transparent";
/** The picture's size: the map at a scale, or a 1920 × 1080 slide with the map fitted in. */
export type PictureSize = "map" | "fullHd";

export interface PngOptions {
  scale: PngScale;
  background: PngBackground;
  /** Letterbox the picture to 16:9 so it fills a presentation slide. */
  slide: boolean;
  /** A band above the map with its name, organisations, date and coverage, and the legend. */
  titleAndLegend: boolean;
  /** "fullHd": exactly 1920 × 1080 px, whatever the scale; absent means "map". */
  size?: PictureSize;
  /** A box beside the map listing its most severe gaps. */
  topGaps?: boolean;
}

export const DEFAULT_PNG_OPTIONS: PngOptions = {
  scale: 2,
  background: "white",
  slide: false,
  titleAndLegend: true,
  size: "map",
  topGaps: false,
};

/** Space around the map, in canvas px, so nothing touches the picture's edge. */
export const EXPORT_MARGIN = 40;
/** Height of the title band (map name, organisations, date, coverage), in canvas px. */
export const TITLE_BAND_HEIGHT = 100;
/** The "1920 × 1080 slide" size, in pixels, and the space kept clear round its edge. */
export const FULL_HD = { width: 1920, height: 1080, margin: 48 } as const;
/** A small map is enlarged at most this much to fill a 1920 × 1080 slide. */
export const FULL_HD_MAX_SCALE = 2;
/** Width of the top-gaps box beside the map, in canvas px (the margin before it aside). */
export const GAPS_BOX_WIDTH = 440;
/** Largest canvas side Chromium, Firefox and Safari all draw. */
export const MAX_CANVAS_SIDE = 16_384;
/** Largest canvas area (pixels) they all draw: 16,384². */
export const MAX_CANVAS_AREA = 268_435_456;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PngGeometry {
  /** The piece of the canvas captured: the whole map plus the margin, at scale 1. */
  capture: { width: number; height: number };
  /** Where the captured map goes in the picture, at scale 1. */
  mapAt: { x: number; y: number };
  /** The title and legend band, at scale 1; null when not wanted. */
  header: Box | null;
  /** The top-gaps box, right of the map and as tall as its board; null when not wanted. */
  gapsBox: Box | null;
  /** The whole picture at scale 1. */
  width: number;
  height: number;
  /** The scale used: the one asked for, or lower when the picture would be too big. */
  scale: number;
  lowered: boolean;
  /** The picture's size in pixels. */
  pixelWidth: number;
  pixelHeight: number;
}

const floorTo = (value: number, step: number): number => Math.floor(value / step + 1e-9) * step;

/**
 * The largest scale up to `wanted` at which a width × height picture stays within the
 * browsers' canvas limits (16,384 px a side, 268 million pixels). A lowered scale is rounded
 * down to a tenth (a hundredth below 1x) so it reads well: "1.3x".
 */
export function fitScale(
  width: number,
  height: number,
  wanted: number,
): { scale: number; lowered: boolean } {
  const w = Math.max(width, 1);
  const h = Math.max(height, 1);
  const limit = Math.min(
    MAX_CANVAS_SIDE / w,
    MAX_CANVAS_SIDE / h,
    Math.sqrt(MAX_CANVAS_AREA / (w * h)),
  );
  if (wanted <= limit) return { scale: wanted, lowered: false };
  const step = limit >= 1 ? 0.1 : 0.01;
  const scale = Math.max(floorTo(limit, step), 0.01);
  return { scale: Number(scale.toFixed(2)), lowered: true };
}

/** Where everything goes in a picture of a mapWidth × mapHeight canvas (from computeLayout). */
export function pngGeometry(mapWidth: number, mapHeight: number, options: PngOptions): PngGeometry {
  const capture = { width: mapWidth + 2 * EXPORT_MARGIN, height: mapHeight + 2 * EXPORT_MARGIN };
  const bandHeight = options.titleAndLegend ? TITLE_BAND_HEIGHT : 0;
  const sideWidth = options.topGaps ? GAPS_BOX_WIDTH + EXPORT_MARGIN : 0;
  const contentWidth = capture.width + sideWidth;
  const contentHeight = capture.height + bandHeight;
  const frame = pictureFrame(contentWidth, contentHeight, options);
  const x = (frame.width - contentWidth) / 2;
  const y = (frame.height - contentHeight) / 2;
  return {
    capture,
    mapAt: { x, y: y + bandHeight },
    header: options.titleAndLegend ? { x, y, width: contentWidth, height: bandHeight } : null,
    gapsBox: options.topGaps
      ? {
          x: x + capture.width,
          y: y + bandHeight + EXPORT_MARGIN,
          width: GAPS_BOX_WIDTH,
          height: mapHeight,
        }
      : null,
    ...frame,
    pixelWidth: Math.round(frame.width * frame.scale),
    pixelHeight: Math.round(frame.height * frame.scale),
  };
}

/**
 * The picture round content of this size: 1920 × 1080 px with the content fitted inside the
 * margin (the scale is whatever makes that so); else the content, letterboxed to 16:9 when
 * asked, at the wanted scale or the highest the browser can draw.
 */
function pictureFrame(
  contentWidth: number,
  contentHeight: number,
  options: PngOptions,
): { width: number; height: number; scale: number; lowered: boolean } {
  if (options.size === "fullHd") {
    const inner = {
      width: FULL_HD.width - 2 * FULL_HD.margin,
      height: FULL_HD.height - 2 * FULL_HD.margin,
    };
    const scale = Math.min(
      inner.width / contentWidth,
      inner.height / contentHeight,
      FULL_HD_MAX_SCALE,
    );
    return { width: FULL_HD.width / scale, height: FULL_HD.height / scale, scale, lowered: false };
  }
  let width = contentWidth;
  let height = contentHeight;
  if (options.slide) {
    if (contentWidth * 9 > contentHeight * 16) height = (contentWidth * 9) / 16;
    else width = (contentHeight * 16) / 9;
  }
  return { width, height, ...fitScale(width, height, options.scale) };
}

/** "1.3x", "2x": how the dialog writes a scale. */
export const formatScale = (scale: number): string => `${Number(scale.toFixed(2))}x`;
