import type { PeerMap } from "../model";
import type { Snapshot } from "../snapshots";
import { checkMapInvariants } from "../validateMap";
import { mapFromFile } from "./convert";
import {
  type FormatError,
  type FormatWarning,
  filePath,
  issuesToErrors,
  plainErrorMap,
  quote,
} from "./errors";
import { FORBIDDEN_KEYS, FORMAT_ID, LIMITS } from "./limits";
import {
  CURRENT_FORMAT_VERSION,
  isRecord,
  MIGRATIONS,
  type Migration,
  migrateFile,
} from "./migrations";
import { nestingDepth } from "./nesting";
import { fileSchema, type MapFileSnapshot } from "./schema";

export type ParseResult =
  | {
      ok: true;
      map: PeerMap;
      /** The map's snapshots as the file lists them (oldest first), each with the map's id. */
      snapshots: Snapshot[];
      /** When the file was written, as recorded in it; handy for "backup from …" labels. */
      exportedAt: string;
      /** The file's version before any upgrade. */
      fromVersion: number;
      warnings?: FormatWarning[];
    }
  | {
      ok: false;
      /** The first LIMITS.maxReportedErrors problems, in file order. */
      errors: FormatError[];
      /** How many problems were found in all, which may exceed `errors.length`. */
      errorCount: number;
    };

/** Overrides for tests and for rehearsing a future format change; the app passes nothing. */
export interface ParseOptions {
  currentVersion?: number;
  migrations?: Readonly<Record<number, Migration>>;
}

/**
 * Reads a Peermap file into a map, or explains in plain words everything wrong with it.
 * Cheap checks run first (size, JSON, marker, version, counts) so a huge or foreign file fails
 * fast; then the shape is checked; then the cross-record rules, which only make sense on a
 * well-formed map. The result never shares objects with the parsed JSON.
 */
export function parseMapFile(text: string, options: ParseOptions = {}): ParseResult {
  if (text.length > LIMITS.maxFileChars) {
    return failed(
      "",
      `This file is too large (${megabytes(text.length)} MB); Peermap opens files up to ${megabytes(LIMITS.maxFileChars)} MB.`,
    );
  }
  // Editors on Windows like to prepend a byte-order mark, which JSON.parse rejects.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === "") return failed("", "This file is empty.");
  const depth = nestingDepth(source);
  if (depth > LIMITS.maxNesting) return failed("", tooDeepMessage(depth));

  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    return failed("", jsonErrorMessage(error, source));
  }

  const forbidden = findForbiddenKeys(raw);
  if (forbidden.length > 0) return failedWith(forbidden);
  if (!isRecord(raw) || raw.format !== FORMAT_ID) return failed("", notPeermapMessage(raw));

  const migrated = migrateFile(raw, {
    currentVersion: options.currentVersion ?? CURRENT_FORMAT_VERSION,
    migrations: options.migrations ?? MIGRATIONS,
  });
  if (!migrated.ok) return failedWith(migrated.errors);

  const tooMany = checkAllCounts(migrated.file);
  if (tooMany.length > 0) return failedWith(tooMany);

  const parsed = fileSchema.safeParse(migrated.file, { error: plainErrorMap });
  if (!parsed.success) return failedWith(issuesToErrors(parsed.error.issues));

  const map = mapFromFile(parsed.data.map);
  const snapshots = parsed.data.snapshots.map((snapshot) => snapshotFromFile(snapshot, map.id));
  const broken = [
    ...checkMapInvariants(map),
    ...snapshots.flatMap((snapshot, i) =>
      checkMapInvariants(snapshot.map).map((error) => within(`snapshots[${i}].map`, error)),
    ),
    ...duplicateSnapshotIds(snapshots),
  ];
  if (broken.length > 0) return failedWith(broken);

  return {
    ok: true,
    map,
    snapshots,
    exportedAt: parsed.data.exportedAt,
    fromVersion: migrated.fromVersion,
    ...(migrated.warnings.length > 0 ? { warnings: migrated.warnings } : {}),
  };
}

function failedWith(errors: FormatError[]): ParseResult {
  return {
    ok: false,
    errors: errors.slice(0, LIMITS.maxReportedErrors),
    errorCount: errors.length,
  };
}

const failed = (path: string, message: string): ParseResult => failedWith([{ path, message }]);

const megabytes = (chars: number): string => {
  const mb = chars / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
};

/**
 * Engines word JSON errors differently (V8 gives a character offset, Firefox a line and
 * column); both become "line L, column C", which is what a text editor shows.
 */
export function jsonErrorMessage(error: unknown, source: string): string {
  const original = error instanceof Error ? error.message : String(error);
  const reason = original
    .replace(/^JSON(?:\.parse:| Parse error:) /, "")
    .replace(/,\s*".*" is not valid JSON$/s, "")
    .replace(/ (?:in JSON )?at position \d+.*$/s, "")
    .replace(/ at line \d+ column \d+ of the JSON data$/, "");
  const lineColumn = /line (\d+) column (\d+)/.exec(original);
  const offset = /at position (\d+)/.exec(original);
  let where = "";
  if (lineColumn) where = ` (line ${lineColumn[1]}, column ${lineColumn[2]})`;
  else if (offset) {
    const before = source.slice(0, Number(offset[1]));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    where = ` (line ${line}, column ${column})`;
  }
  return `This file is not valid JSON: ${reason}${where}. It may be damaged or only partly saved.`;
}

const tooDeepMessage = (depth: number): string =>
  `This file is nested ${depth.toLocaleString("en-US")} levels deep; a Peermap map never nests more than ${LIMITS.maxNesting}. It is not a Peermap map.`;

function notPeermapMessage(raw: unknown): string {
  const lead = "This file is not a Peermap map:";
  if (!isRecord(raw)) {
    const what = Array.isArray(raw) ? "a list" : raw === null ? "null" : `a single ${typeof raw}`;
    return `${lead} it holds ${what} instead of an object with "format": "peermap".`;
  }
  if (raw.format === undefined) return `${lead} it has no "format": "peermap" marker.`;
  const format = typeof raw.format === "string" ? quote(raw.format) : String(raw.format);
  return `${lead} its "format" is ${format}, not "peermap".`;
}

/** A place in the parsed file: its path is built from the parents only for a problem found. */
interface Visit {
  value: object;
  key: PropertyKey;
  parent: Visit | undefined;
}

function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * JSON.parse makes `__proto__` an own key, harmless by itself, but any later spread or deep
 * merge of the data could then reach Object.prototype; such files are refused outright.
 * Iterative, and each value is visited once, so the cost follows the file's size.
 */
function findForbiddenKeys(root: unknown): FormatError[] {
  const found: FormatError[] = [];
  if (typeof root !== "object" || root === null) return found;
  const stack: Visit[] = [{ value: root, key: "", parent: undefined }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value } = next;
    // A list's keys are its indexes, never a forbidden word.
    const keys: PropertyKey[] = Array.isArray(value)
      ? Array.from(value.keys())
      : Object.keys(value);
    if (!Array.isArray(value)) {
      for (const key of keys) {
        if (typeof key === "string" && FORBIDDEN_KEYS.has(key)) found.push(forbidden(key, next));
      }
    }
    // Pushed in reverse so problems are reported in file order.
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as PropertyKey;
      const child: unknown = (value as Record<PropertyKey, unknown>)[key];
      if (typeof child === "object" && child !== null)
        stack.push({ value: child, key, parent: next });
    }
  }
  return found;
}

function forbidden(key: string, where: Visit): FormatError {
  const path = pathOf(where);
  return path.length === 0
    ? {
        path: "",
        message: `This file contains the forbidden key "${key}"; Peermap refuses such keys for safety.`,
      }
    : {
        path: filePath(path),
        message: `contains the forbidden key "${key}"; Peermap refuses such keys for safety`,
      };
}

const snapshotFromFile = (snapshot: MapFileSnapshot, mapId: string): Snapshot => ({
  id: snapshot.id,
  mapId,
  label: snapshot.label,
  date: snapshot.date,
  takenAt: snapshot.takenAt,
  map: mapFromFile(snapshot.map),
});

/** A problem inside a snapshot's map, with the path from the top of the file. */
const within = (prefix: string, error: FormatError): FormatError => ({
  path: error.path === "" ? prefix : `${prefix}.${error.path}`,
  message: error.message,
});

function duplicateSnapshotIds(snapshots: readonly Snapshot[]): FormatError[] {
  const first = new Map<string, number>();
  const errors: FormatError[] = [];
  snapshots.forEach(({ id }, i) => {
    const at = first.get(id);
    if (at === undefined) first.set(id, i);
    else {
      errors.push({
        path: `snapshots[${i}].id`,
        message: `the snapshot id ${quote(id)} is already used by snapshots[${at}]; ids must be unique`,
      });
    }
  });
  return errors;
}

/**
 * The counts of the map and of every snapshot's map, before the schema walks them, so a file of
 * a million people is refused at once. The number of snapshots is left to the schema: its
 * limit is small and its message names the list.
 */
function checkAllCounts(file: Record<string, unknown>): FormatError[] {
  const snapshots = Array.isArray(file.snapshots) ? file.snapshots : [];
  return [
    ...checkCounts(file.map),
    ...snapshots.flatMap((snapshot, i) =>
      isRecord(snapshot)
        ? checkCounts(snapshot.map).map((error) => within(`snapshots[${i}].map`, error))
        : [],
    ),
  ];
}

function checkCounts(map: unknown): FormatError[] {
  if (!isRecord(map)) return [];
  const errors: FormatError[] = [];
  const counted = [
    ["people", LIMITS.maxPeople],
    ["relationships", LIMITS.maxRelationships],
  ] as const;
  for (const [key, max] of counted) {
    const list = map[key];
    if (Array.isArray(list) && list.length > max) {
      errors.push({
        path: key,
        message: `this map has ${list.length.toLocaleString("en-US")} ${key}; Peermap supports up to ${max.toLocaleString("en-US")} per map`,
      });
    }
  }
  return errors;
}
