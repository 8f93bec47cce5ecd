/**
 * The map as an SVG picture: the same scene as the PNG (picture/), written as vectors by
 * sceneToSvg, with text measured in the font the page uses, which the SVG names.
 */
import type { PeerMap } from "../domain/model";
import { sceneToSvg } from "./picture/sceneToSvg";
import { browserScene } from "./png";
import type { PngOptions } from "./pngGeometry";

/** Where this font's alphabetic baseline sits below the canvas's "middle", in ems. */
function middleToBaseline(ctx: CanvasRenderingContext2D, family: string): number | undefined {
  ctx.font = `400 100px ${family}`;
  ctx.textBaseline = "middle";
  const shift = Math.abs(ctx.measureText("Hg").alphabeticBaseline) / 100;
  return Number.isFinite(shift) && shift > 0 && shift < 1 ? shift : undefined;
}

/** The whole of `map` as an SVG document with `options` (scale aside); `now` dates the title. */
export function renderMapSvg(map: PeerMap, options: PngOptions, now: Date = new Date()): Blob {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) throw new Error("the browser could not measure text; try again after a reload");
  const { scene, geometry, family } = browserScene(ctx, map, options, now);
  const text = sceneToSvg(scene, {
    fontFamily: family,
    title: map.name,
    middleToBaseline: middleToBaseline(ctx, family),
    ...(options.size === "fullHd"
      ? { displaySize: { width: geometry.pixelWidth, height: geometry.pixelHeight } }
      : {}),
  });
  return new Blob([text], { type: "image/svg+xml;charset=utf-8" });
}
