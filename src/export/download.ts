/**
 * Saving and copying what the map exports: the map file (JSON), the peer table (CSV) and the
 * gap report (Markdown, and HTML on the clipboard). Everything is made in the browser; nothing leaves the machine.
 */
import { peerTableCsv } from "../domain/csv/peerTable";
import { exportText, LIMITS } from "../domain/format";
import { limitWarnings } from "../domain/mapLimits";
import type { PeerMap } from "../domain/model";
import type { SinceSnapshot } from "../domain/report/gapReport";
import { gapReportHtml } from "../domain/report/reportHtml";
import { gapReportMarkdown } from "../domain/report/reportMarkdown";
import type { Snapshot } from "../domain/snapshots";
import { showToast } from "../store/toasts";
import { localDate, safeFileName } from "./fileName";

export { localDate, safeFileName } from "./fileName";

/** Saves a blob under `filename` through the browser's normal download. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.rel = "noopener";
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The map and its snapshots as a Peermap file, `<map name>-<YYYY-MM-DD>.json`. Returns the file
 * name. A file too large to import back is still saved (a backup is worth having), and the
 * toast says so; when snapshots made it too large, it offers the file without them.
 */
export function exportJson(
  map: PeerMap,
  now: Date = new Date(),
  snapshots: readonly Snapshot[] = [],
): string {
  const filename = safeFileName(map.name, now, "json");
  const file = exportText(map, now.toISOString(), snapshots);
  downloadBlob(new Blob([file.text], { type: "application/json" }), filename);
  if (!file.importable) {
    const size = `${(file.bytes / 1024 / 1024).toFixed(1)} MB`;
    const limit = `${LIMITS.maxFileChars / 1024 / 1024} MB`;
    const withoutSnapshots = snapshots.length > 0 && exportText(map, now.toISOString()).importable;
    showToast(
      withoutSnapshots
        ? `Saved ${filename}, but at ${size} it is over the ${limit} Peermap can import, because of its ${snapshots.length} snapshots. Keep it as a backup, and save the map without its snapshots to import it elsewhere.`
        : `Saved ${filename}, but at ${size} it is over the ${limit} Peermap can import. Keep it as a backup, or split the map.`,
      {
        tone: "error",
        timeout: 0,
        ...(withoutSnapshots
          ? { action: { label: "Save without snapshots", run: () => void exportJson(map, now) } }
          : {}),
      },
    );
  }
  const over = limitWarnings(map);
  if (over.length > 0) {
    // Same reasoning: keep the backup, but never let the user think it will import back.
    showToast(
      `Saved ${filename}, but Peermap will refuse to import it until the map is within its limits. ${over.join(" ")}`,
      { tone: "error", timeout: 0 },
    );
  }
  return filename;
}

/** The peer table as CSV for spreadsheets, `<map name>-<YYYY-MM-DD>.csv`. */
export function exportPeerTable(map: PeerMap, now: Date = new Date()): string {
  const filename = safeFileName(map.name, now, "csv");
  downloadBlob(
    new Blob([peerTableCsv(map, localDate(now))], { type: "text/csv;charset=utf-8" }),
    filename,
  );
  return filename;
}

export const gapReportFor = (map: PeerMap, now: Date = new Date(), since?: SinceSnapshot): string =>
  gapReportMarkdown(map, localDate(now), since);

/** The gap report as a Markdown file, `<map name>-<YYYY-MM-DD>.md`. */
export function downloadGapReport(
  map: PeerMap,
  now: Date = new Date(),
  since?: SinceSnapshot,
): string {
  const filename = safeFileName(map.name, now, "md");
  const text = gapReportFor(map, now, since);
  downloadBlob(new Blob([text], { type: "text/markdown;charset=utf-8" }), filename);
  return filename;
}

/** Writes the report as formatted text and Markdown; false when the browser cannot. */
async function writeRichText(html: string, markdown: string): Promise<boolean> {
  if (typeof ClipboardItem === "undefined" || typeof navigator.clipboard?.write !== "function") {
    return false;
  }
  const item = new ClipboardItem({
    "text/html": new Blob([html], { type: "text/html" }),
    "text/plain": new Blob([markdown], { type: "text/plain" }),
  });
  try {
    await navigator.clipboard.write([item]);
    return true;
  } catch {
    // Some browsers refuse HTML (or ClipboardItem) but still take plain text: try that next.
    return false;
  }
}

/**
 * Puts the gap report on the clipboard twice over: formatted (HTML: headings, bold, lists),
 * which Outlook and Word paste as such, and as Markdown for plain-text editors. A browser that
 * refuses the formatted copy gets the Markdown alone, and is told so; one that refuses both
 * gets a toast offering the download instead. Never rejects.
 */
export async function copyGapReport(
  map: PeerMap,
  now: Date = new Date(),
  since?: SinceSnapshot,
): Promise<boolean> {
  const markdown = gapReportFor(map, now, since);
  try {
    if (await writeRichText(gapReportHtml(map, localDate(now), since), markdown)) {
      showToast("Gap report copied. Paste it into an email or a document.", { tone: "success" });
      return true;
    }
    if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
    await navigator.clipboard.writeText(markdown);
    showToast(
      "Gap report copied as plain text (Markdown): this browser did not allow formatted text, so headings and bold show as # and **.",
      { tone: "success" },
    );
    return true;
  } catch {
    showToast("Could not copy the gap report: this browser did not allow it.", {
      tone: "error",
      timeout: 0,
      action: { label: "Download it instead", run: () => downloadGapReport(map, now, since) },
    });
    return false;
  }
}
