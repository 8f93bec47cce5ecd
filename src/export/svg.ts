/**
 * The map as an SVG picture: the same scene as the PNG (picture/), written as vectors by
 * sceneToSvg, with text measured in the font the page uses, which the SVG names.
 */
import type { PeerMap } from "../domain/model";
import { analysisOf } from "../store/analysis";
import { localDate } from "./fileName";
import { pictureScene } from "./picture/mapScene";
import { canvasMeasurer } from "./picture/paintScene";
import { sceneToSvg } from "./picture/sceneToSvg";
import { pictureFontFamily } from "./png";
import type { PngOptions } from "./pngGeometry";

/** The whole of `map` as an SVG document with `options` (scale aside); `now` dates the title. */
export function renderMapSvg(map: PeerMap, options: PngOptions, now: Date = new Date()): Blob {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) throw new Error("the browser could not measure text; try again after a reload");
  const family = pictureFontFamily();
  const { scene } = pictureScene({
    map,
    analysis: analysisOf(map),
    options,
    date: localDate(now),
    measure: canvasMeasurer(ctx, family),
  });
  const text = sceneToSvg(scene, { fontFamily: family, title: map.name });
  return new Blob([text], { type: "image/svg+xml;charset=utf-8" });
}
