import type { FormatError, FormatWarning } from "./errors";
import { showValue } from "./errors";

/** The version `serializeMap` writes and the only shape `parseMapFile` validates. */
export const CURRENT_FORMAT_VERSION = 2;

/**
 * One step upgrades a whole file from version n (the key) to n + 1. Steps receive the raw,
 * not-yet-validated JSON object and must not mutate it; `migrateFile` stamps the new version
 * afterwards, so a step only reshapes data. When the format changes: bump
 * CURRENT_FORMAT_VERSION, add the step for the old version here, and update the schema.
 */
export type Migration = (file: Readonly<Record<string, unknown>>) => unknown;

/** A JSON object (not an array, not null): the only thing a Peermap file or its parts can be. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * 1 → 2: version 2 adds a map's actions and its snapshots (and a relationship's optional
 * `targetStrength` and `planned`, which version 1 files simply lack), so both start empty;
 * nothing else changes. A few version 1 files written while actions were being added already
 * carry them: those are kept. A map that is not an object is left for the schema to explain.
 */
export const addActionsAndSnapshots: Migration = (file) => ({
  ...file,
  map: isRecord(file.map) && !("actions" in file.map) ? { ...file.map, actions: [] } : file.map,
  // Version 1 had no snapshots: a stray key of that name was ignored then, and still is.
  snapshots: [],
});

export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: addActionsAndSnapshots };

export interface MigrationOptions {
  currentVersion: number;
  migrations: Readonly<Record<number, Migration>>;
}

export type MigrationResult =
  | { ok: true; file: Record<string, unknown>; fromVersion: number; warnings: FormatWarning[] }
  | { ok: false; errors: FormatError[] };

const fail = (path: string, message: string): MigrationResult => ({
  ok: false,
  errors: [{ path, message }],
});

const upgradeFailed = (from: number, reason: string): string =>
  `This map could not be upgraded from file version ${from} to ${from + 1}: ${reason}.`;

/**
 * Brings a parsed Peermap file (already known to be an object with `format: "peermap"`) up to
 * `currentVersion`, one step at a time, or explains why it cannot.
 */
export function migrateFile(
  raw: Readonly<Record<string, unknown>>,
  { currentVersion, migrations }: MigrationOptions = {
    currentVersion: CURRENT_FORMAT_VERSION,
    migrations: MIGRATIONS,
  },
): MigrationResult {
  const version = raw.version;
  if (version === undefined) {
    return fail("version", "is required but missing, so Peermap cannot tell how to read this file");
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return fail(
      "version",
      `must be a whole number from 1 up (it is ${showValue(version)}); this file may be damaged`,
    );
  }
  if (version > currentVersion) {
    return fail(
      "",
      `This map was made by a newer Peermap (file version ${version}); this version reads up to version ${currentVersion}. Update Peermap and try again.`,
    );
  }

  let file: Record<string, unknown> = { ...raw };
  for (let from = version; from < currentVersion; from++) {
    const step = migrations[from];
    if (step === undefined) {
      return fail(
        "version",
        `file version ${version} is too old for this Peermap to read (no upgrade from version ${from} to ${from + 1})`,
      );
    }
    let next: unknown;
    try {
      next = step(file);
    } catch (error) {
      return fail("", upgradeFailed(from, error instanceof Error ? error.message : String(error)));
    }
    if (!isRecord(next)) return fail("", upgradeFailed(from, "the upgrade produced no map"));
    file = { ...next, version: from + 1 };
  }

  const warnings: FormatWarning[] =
    version < currentVersion
      ? [
          {
            path: "version",
            message: `this map was saved in the older file version ${version} and has been upgraded to version ${currentVersion}; export it again to save it in the new form`,
          },
        ]
      : [];
  return { ok: true, file, fromVersion: version, warnings };
}
