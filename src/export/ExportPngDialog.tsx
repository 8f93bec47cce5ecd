import { useMemo, useState } from "react";
import { DialogShell } from "../panels/shared/DialogShell";
import { useMapStore } from "../store/mapStore";
import { showToast } from "../store/toasts";
import "./export.css";
import { downloadBlob } from "./download";
import { safeFileName } from "./fileName";
import { canCopyImages, mapPictureGeometry, renderMapPng } from "./png";
import {
  DEFAULT_PNG_OPTIONS,
  formatScale,
  type PngBackground,
  type PngOptions,
  type PngScale,
} from "./pngGeometry";

export interface ExportPngDialogProps {
  open: boolean;
  onClose: () => void;
}

const SCALES: readonly PngScale[] = [1, 2, 3];
const BACKGROUNDS: readonly { value: PngBackground; label: string }[] = [
  { value: "white", label: "White" },
  { value: "transparent", label: "Transparent" },
];

type Busy = null | "download" | "copy";

/** Above this many cards, drawing takes seconds (about 1.5 s per 300 at 2x on a slow laptop). */
const SLOW_FROM = 1_000;

const reason = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : String(error);

/**
 * "Export PNG": the whole map as a picture, at 1x–3x, on white or transparent, optionally
 * letterboxed to a 16:9 slide and with a title and legend. Download or copy to the clipboard.
 */
export function ExportPngDialog({ open, onClose }: ExportPngDialogProps) {
  const map = useMapStore((s) => s.map);
  const [options, setOptions] = useState<PngOptions>(DEFAULT_PNG_OPTIONS);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const copyable = useMemo(() => canCopyImages(), []);
  const placed = useMemo(() => map?.people.filter((p) => p.position).length ?? 0, [map]);
  const geometry = useMemo(() => (map ? mapPictureGeometry(map, options) : null), [map, options]);

  const set = (changes: Partial<PngOptions>) => {
    setOptions((current) => ({ ...current, ...changes }));
    setDone(null);
  };

  /** Draws the picture of the map as it is now. */
  const produce = async (): Promise<Blob> => {
    const current = useMapStore.getState().map;
    if (!current) throw new Error("no map is open");
    // Let "Exporting…" show before the page is busy drawing.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
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
      const blob = await produce();
      const filename = safeFileName(useMapStore.getState().map?.name ?? "", new Date(), "png");
      downloadBlob(blob, filename);
      return `Saved ${filename}.`;
    });

  const copy = () =>
    run("copy", async () => {
      // The item is made at once, with the picture to follow, so the browser still counts
      // the click as what allowed the copy.
      const item = new ClipboardItem({ "image/png": produce() });
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
        disabled={busy !== null || !copyable || !map}
        aria-describedby={copyable ? undefined : "export-png-copy-hint"}
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
      title="Export PNG"
      busy={busy !== null}
      footer={footer}
    >
      <p className="export-hint">
        The picture shows the whole map, whatever part of it is on screen.
      </p>
      <fieldset className="export-group">
        <legend>Scale</legend>
        {SCALES.map((scale) => (
          <label key={scale} className="export-choice">
            <input
              type="radio"
              name="export-png-scale"
              value={scale}
              checked={options.scale === scale}
              onChange={() => set({ scale })}
              disabled={busy !== null}
            />
            {scale}x
          </label>
        ))}
      </fieldset>
      <fieldset className="export-group">
        <legend>Background</legend>
        {BACKGROUNDS.map(({ value, label }) => (
          <label key={value} className="export-choice">
            <input
              type="radio"
              name="export-png-background"
              value={value}
              checked={options.background === value}
              onChange={() => set({ background: value })}
              disabled={busy !== null}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset className="export-group">
        <legend>Layout</legend>
        <label className="export-choice">
          <input
            type="checkbox"
            checked={options.slide}
            onChange={(event) => set({ slide: event.target.checked })}
            disabled={busy !== null}
          />
          Fit to 16:9 slide
        </label>
        <label className="export-choice">
          <input
            type="checkbox"
            checked={options.titleAndLegend}
            onChange={(event) => set({ titleAndLegend: event.target.checked })}
            disabled={busy !== null}
          />
          Include title and legend
        </label>
      </fieldset>
      {geometry && (
        <p className="export-hint" data-testid="export-png-size">
          Picture: {geometry.pixelWidth.toLocaleString("en-US")} ×{" "}
          {geometry.pixelHeight.toLocaleString("en-US")} px
        </p>
      )}
      {placed > SLOW_FROM && (
        <p className="export-hint">
          {placed.toLocaleString("en-US")} people are on the canvas: making the picture can take
          several seconds, and the page does not respond meanwhile.
        </p>
      )}
      {geometry?.lowered && (
        <p className="export-note">
          Scale lowered to {formatScale(geometry.scale)} so the picture fits the browser's limit.
        </p>
      )}
      {!copyable && (
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
