import { useMemo, useState } from "react";
import { DialogShell } from "../panels/shared/DialogShell";
import { useMapStore } from "../store/mapStore";
import { showToast } from "../store/toasts";
import "./export.css";
import { mapToExport } from "./audience";
import { downloadBlob } from "./download";
import { safeFileName } from "./fileName";
import { PartnerSafeSwitch } from "./PartnerSafeSwitch";
import { PictureOptionsFields } from "./PictureOptionsFields";
import { PicturePreview } from "./PicturePreview";
import { PICTURE_EXPORT_TITLE, type PictureFormat } from "./pictureFormat";
import { canCopyImages, mapPictureGeometry, renderMapPng } from "./png";
import { DEFAULT_PNG_OPTIONS, formatScale, type PngGeometry, type PngOptions } from "./pngGeometry";
import { renderMapSvg } from "./svg";

export interface ExportPngDialogProps {
  open: boolean;
  onClose: () => void;
  /** The format chosen when the dialog opens; the user can switch in the dialog. */
  format?: PictureFormat;
}

type Busy = null | "download" | "copy";

/** Above this many cards, drawing takes seconds (about 1.5 s per 300 at 2x on a slow laptop). */
const SLOW_FROM = 1_000;

const reason = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : String(error);

const count = (n: number) => Math.round(n).toLocaleString("en-US");

/** "Picture: 1,920 × 1,080 px", or in vectors for an SVG. */
function sizeText(geometry: PngGeometry, vector: boolean): string {
  return vector
    ? `Picture: ${count(geometry.width)} × ${count(geometry.height)}, in vectors`
    : `Picture: ${count(geometry.pixelWidth)} × ${count(geometry.pixelHeight)} px`;
}

/** What the picture holds besides the map, in words, for the preview's description. */
function previewText(geometry: PngGeometry, options: PngOptions, vector: boolean): string {
  const parts = [sizeText(geometry, vector).replace("Picture: ", "")];
  if (options.size === "fullHd") parts.push("the map fitted to a 1920 × 1080 slide");
  else if (options.slide) parts.push("letterboxed to 16:9");
  parts.push(options.titleAndLegend ? "with title and legend" : "map only");
  if (options.topGaps) parts.push("the top gaps beside the map");
  parts.push(options.background === "white" ? "white background" : "transparent background");
  return `${parts.join(", ")}.`;
}

/** The map as the exports show it now (whole, or for the partner's eyes). */
function exportedMap() {
  const map = mapToExport();
  if (!map) throw new Error("no map is open");
  return map;
}

/**
 * "Export PNG" / "Export SVG": the whole map as a picture, in pixels (1x–3x or a 1920 × 1080
 * slide, to download or copy) or in vectors (to download), on white or transparent, optionally
 * letterboxed to 16:9, with a title and legend and the top gaps beside the map, optionally for
 * the partner's eyes; a preview beside the choices shows what Download will make.
 */
export function ExportPngDialog({
  open,
  onClose,
  format: initialFormat = "png",
}: ExportPngDialogProps) {
  const map = useMapStore((s) => s.map);
  const [format, setFormat] = useState<PictureFormat>(initialFormat);
  const [options, setOptions] = useState<PngOptions>(DEFAULT_PNG_OPTIONS);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const copyable = useMemo(() => canCopyImages(), []);
  const placed = useMemo(() => map?.people.filter((p) => p.position).length ?? 0, [map]);
  const geometry = useMemo(() => (map ? mapPictureGeometry(map, options) : null), [map, options]);
  const vector = format === "svg";

  const set = (changes: Partial<PngOptions>) => {
    setOptions((current) => ({ ...current, ...changes }));
    setDone(null);
  };

  /** Draws the picture of the map as it is now, in `as`. */
  const produce = async (as: PictureFormat): Promise<Blob> => {
    const current = exportedMap();
    // Let "Exporting…" show before the page is busy drawing.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    if (as === "svg") return renderMapSvg(current, options);
    return (await renderMapPng(current, options)).blob;
  };

  const run = async (kind: Exclude<Busy, null>, work: () => Promise<string>) => {
    setBusy(kind);
    setError(null);
    setDone(null);
    try {
      setDone(await work());
    } catch (caught) {
      const what = kind === "download" ? "make the picture" : "copy the picture";
      setError(`Could not ${what}: ${reason(caught)}.`);
    } finally {
      setBusy(null);
    }
  };

  const download = () =>
    run("download", async () => {
      const blob = await produce(format);
      const filename = safeFileName(useMapStore.getState().map?.name ?? "", new Date(), format);
      downloadBlob(blob, filename);
      return `Saved ${filename}.`;
    });

  const copy = () =>
    run("copy", async () => {
      // The item is made at once, with the picture to follow, so the browser still counts
      // the click as what allowed the copy.
      const item = new ClipboardItem({ "image/png": produce("png") });
      await navigator.clipboard.write([item]);
      showToast("Picture copied. Paste it into a slide or a document.", { tone: "success" });
      return "Picture copied to the clipboard.";
    });

  const footer = (
    <>
      <button
        type="button"
        className="btn"
        onClick={copy}
        disabled={busy !== null || !copyable || !map || vector}
        aria-describedby={
          vector ? "export-svg-copy-hint" : copyable ? undefined : "export-png-copy-hint"
        }
      >
        {busy === "copy" ? "Copying…" : "Copy image"}
      </button>
      <button
        type="button"
        className="btn btn-primary"
        onClick={download}
        disabled={busy !== null || !map}
      >
        {busy === "download" ? "Exporting…" : "Download"}
      </button>
    </>
  );

  return (
    <DialogShell
      open={open}
      onClose={onClose}
      title={PICTURE_EXPORT_TITLE[format]}
      busy={busy !== null}
      footer={footer}
      maxWidth={900}
    >
      <p className="export-hint">
        The picture shows the whole map, whatever part of it is on screen.
      </p>
      <div className="export-picture-layout">
        <div className="export-picture-options">
          <PictureOptionsFields
            format={format}
            onFormat={(next) => {
              setFormat(next);
              setDone(null);
            }}
            options={options}
            onChange={set}
            disabled={busy !== null}
          />
          <PartnerSafeSwitch explained />
        </div>
        {open && geometry && (
          <PicturePreview options={options} description={previewText(geometry, options, vector)} />
        )}
      </div>
      {geometry && (
        <p className="export-hint" data-testid="export-png-size">
          {sizeText(geometry, vector)}
        </p>
      )}
      {placed > SLOW_FROM && (
        <p className="export-hint">
          {placed.toLocaleString("en-US")} people are on the canvas: making the picture can take
          several seconds, and the page does not respond meanwhile.
        </p>
      )}
      {geometry?.lowered && !vector && (
        <p className="export-note">
          Scale lowered to {formatScale(geometry.scale)} so the picture fits the browser's limit.
        </p>
      )}
      {vector && (
        <p id="export-svg-copy-hint" className="export-hint">
          To use the SVG, download it and insert the file into your slide.
        </p>
      )}
      {!copyable && !vector && (
        <p id="export-png-copy-hint" className="export-hint">
          This browser cannot put pictures on the clipboard; use Download instead.
        </p>
      )}
      <p className="export-status" role="status">
        {busy ? "Exporting…" : done}
      </p>
      {error && (
        <p className="export-alert" role="alert">
          {error}
        </p>
      )}
    </DialogShell>
  );
}
