/**
 * Reading a file the user picked or dropped: a Peermap map (.json) or a spreadsheet of people
 * (.csv). Reading never changes anything; the caller decides what to do with the result.
 */

import { keepInCellRange } from "../domain/cellPlaces";
import { parseRoster, type RosterPreview } from "../domain/csv/roster";
import { type FormatError, type FormatWarning, LIMITS, parseMapFile } from "../domain/format";
import type { PeerMap } from "../domain/model";
import type { Snapshot } from "../domain/snapshots";

export type ImportFileResult =
  | {
      kind: "map";
      map: PeerMap;
      /** The map's snapshots, oldest first. */
      snapshots: Snapshot[];
      exportedAt: string;
      warnings: FormatWarning[];
    }
  | { kind: "roster"; preview: RosterPreview; text: string }
  /** The file cannot be used: `message` says why; `errors` lists what is wrong inside it. */
  | { kind: "error"; message: string; errors: FormatError[]; errorCount: number };

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "");

const failure = (message: string, errors: FormatError[] = [], errorCount = errors.length) =>
  ({ kind: "error", message, errors, errorCount }) as const;

export const fileKind = (name: string): "json" | "csv" | undefined => {
  const lower = name.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".csv")) return "csv";
  return undefined;
};

/**
 * Text of a spreadsheet: UTF-8 when it is valid UTF-8, otherwise Windows-1252, which is what
 * Excel on Windows writes when "CSV (Comma delimited)" is chosen.
 */
async function spreadsheetText(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * Reads `file`. The size is checked before anything is read (over 5 MB is refused at once).
 * A `.json` file is parsed as a Peermap map; a `.csv` file as a roster for `openMap`, the map
 * its people would join (a roster needs an open map).
 */
export async function readImportFile(
  file: File,
  openMap: PeerMap | null,
): Promise<ImportFileResult> {
  const kind = fileKind(file.name);
  if (!kind) {
    return failure(
      `"${file.name}" is not a file Peermap can import. Choose a Peermap map (.json) or a spreadsheet of people saved as CSV (.csv).`,
    );
  }
  if (file.size > LIMITS.maxFileChars) {
    return failure(
      `"${file.name}" is too large (${megabytes(file.size)} MB); Peermap imports files up to ${megabytes(LIMITS.maxFileChars)} MB.`,
    );
  }
  if (kind === "csv" && !openMap) {
    return failure("Open a map first: a spreadsheet of people is added to the open map.");
  }

  let text: string;
  try {
    text = kind === "csv" ? await spreadsheetText(file) : await file.text();
  } catch {
    return failure(`"${file.name}" could not be read. It may have been moved or deleted.`);
  }

  if (kind === "csv" && openMap) {
    const preview = parseRoster(text, openMap);
    // With a header row there are columns to choose from: the preview asks. Without, it cannot.
    if (preview.headers.length === 0) {
      const errors = preview.errors.map((message) => ({ path: "", message }));
      return failure(`"${file.name}" cannot be imported.`, errors);
    }
    return { kind: "roster", preview, text };
  }

  const parsed = parseMapFile(text);
  if (!parsed.ok) {
    return failure(`"${file.name}" cannot be opened.`, parsed.errors, parsed.errorCount);
  }
  // A valid file may still put a card absurdly far down its lane; bring it back, and say so.
  const { map, moved } = keepInCellRange(parsed.map);
  const strays = moved.map((person) => ({
    path: "",
    message: `${person.name}'s card lay far outside its lane (at ${Math.round(person.position?.x ?? 0)}, ${Math.round(person.position?.y ?? 0)}); it was moved back into it.`,
  }));
  return {
    kind: "map",
    map,
    snapshots: parsed.snapshots,
    exportedAt: parsed.exportedAt,
    warnings: [...(parsed.warnings ?? []), ...strays],
  };
}
