import { useEffect, useId, useRef, useState } from "react";
import { useMapStore } from "../store/mapStore";
import { mapToExport, useAudience } from "./audience";
import { paintPreview } from "./png";
import type { PngOptions } from "./pngGeometry";

/** The preview's box, in CSS px: the picture is fitted inside it. */
const PREVIEW_BOX = { width: 360, height: 300 };
/** Options usually change by a click or two in a row: draw once they settle. */
const PREVIEW_DELAY_MS = 150;
/** Above this many cards the preview would take a second or more: not drawn. */
export const PREVIEW_UP_TO = 1_000;

interface Props {
  options: PngOptions;
  /** What the picture is, in words (size, options): the preview's description. */
  description: string;
}

/**
 * A small picture of what Download will make: the same scene, painted small. Redrawn a moment
 * after the options, the map or the audience change, so it never holds up a click.
 */
export function PicturePreview({ options, description }: Props) {
  const map = useMapStore((s) => s.map);
  const forPartner = useAudience((s) => s.forPartner);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const descriptionId = useId();
  const [failed, setFailed] = useState(false);
  const placed = map?.people.filter((p) => p.position).length ?? 0;
  const tooBig = placed > PREVIEW_UP_TO;

  useEffect(() => {
    // Read, so a change of audience redraws; the map to draw comes from mapToExport.
    void forPartner;
    if (!map || tooBig) return;
    const timer = window.setTimeout(() => {
      const canvas = canvasRef.current;
      const current = mapToExport();
      if (!canvas || !current) return;
      try {
        paintPreview(canvas, current, options, PREVIEW_BOX);
        setFailed(false);
      } catch {
        setFailed(true);
      }
    }, PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [map, options, forPartner, tooBig]);

  if (tooBig) {
    return (
      <p className="export-hint export-preview-off">
        No preview for a map of {placed.toLocaleString("en-US")} people: drawing it would hold up
        the page. Download makes the picture as usual.
      </p>
    );
  }
  return (
    <figure className="export-preview">
      <canvas
        ref={canvasRef}
        className="export-preview-canvas"
        role="img"
        aria-label="Preview of the picture"
        aria-describedby={descriptionId}
      />
      <figcaption id={descriptionId} className="export-hint">
        {failed ? "The preview could not be drawn; Download still works." : description}
      </figcaption>
    </figure>
  );
}
