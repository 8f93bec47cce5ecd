/**
 * The map as a PNG picture: the whole map (not just what is on screen), drawn straight from
 * the document onto a canvas (picture/), with an optional title band and legend and an
 * optional 16:9 letterbox. Nothing is fetched: fonts are the system's.
 */

import type { PeerMap } from "../domain/model";
import { analysisOf } from "../store/analysis";
import { localDate } from "./fileName";
import { mapPictureGeometry, pictureScene } from "./picture/mapScene";
import { canvasMeasurer, paintScene } from "./picture/paintScene";
import type { PngGeometry, PngOptions } from "./pngGeometry";

export { fitScale, pngGeometry } from "./pngGeometry";
export { mapPictureGeometry };

export interface MapPicture {
  blob: Blob;
  geometry: PngGeometry;
}

/** The font the page's text is in, which the picture's text is measured and drawn in. */
export function pictureFontFamily(): string {
  return getComputedStyle(document.body).fontFamily || "system-ui, sans-serif";
}

/**
 * The picture's scene for `map` as this browser lays it out: text measured on `ctx` in the
 * page's font. The PNG, the SVG and the dialog's preview all start here.
 */
export function browserScene(
  ctx: CanvasRenderingContext2D,
  map: PeerMap,
  options: PngOptions,
  now: Date,
): ReturnType<typeof pictureScene> & { family: string } {
  const family = pictureFontFamily();
  const drawn = pictureScene({
    map,
    analysis: analysisOf(map),
    options,
    date: localDate(now),
    measure: canvasMeasurer(ctx, family),
  });
  return { ...drawn, family };
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error("the browser ran out of memory for a picture this big; try 1x"));
    }, "image/png");
  });
}

/** Draws the whole of `map` into a PNG with `options`; `now` dates the title band. */
export async function renderMapPng(
  map: PeerMap,
  options: PngOptions,
  now: Date = new Date(),
): Promise<MapPicture> {
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("the browser could not make a canvas; try again after a reload");
  const { scene, geometry, family } = browserScene(ctx, map, options, now);
  canvas.width = geometry.pixelWidth;
  canvas.height = geometry.pixelHeight;
  // A canvas the browser cannot allocate reads back as 0 × 0 rather than throwing.
  if (canvas.width !== geometry.pixelWidth || canvas.height !== geometry.pixelHeight) {
    throw new Error("the map is too big for this browser to draw as one picture; try 1x");
  }
  paintScene(ctx, scene, geometry.scale, family);
  const blob = await canvasToBlob(canvas);
  // Free the pixel memory now rather than whenever the collector gets round to it.
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

/**
 * Paints a small picture of `map` with `options` on `canvas`, fitted in a box of the given
 * CSS size (sharp on high-density screens): the dialog's preview, from the same scene.
 */
export function paintPreview(
  canvas: HTMLCanvasElement,
  map: PeerMap,
  options: PngOptions,
  box: { width: number; height: number },
  now: Date = new Date(),
): PngGeometry {
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("the browser could not make a canvas");
  const { scene, geometry, family } = browserScene(ctx, map, options, now);
  const fit = Math.min(box.width / geometry.width, box.height / geometry.height);
  const density = Math.min(window.devicePixelRatio || 1, 2);
  canvas.width = Math.max(1, Math.round(geometry.width * fit * density));
  canvas.height = Math.max(1, Math.round(geometry.height * fit * density));
  canvas.style.width = `${Math.round(geometry.width * fit)}px`;
  canvas.style.height = `${Math.round(geometry.height * fit)}px`;
  paintScene(ctx, scene, fit * density, family);
  return geometry;
}
