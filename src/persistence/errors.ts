/** Storage failures: what to tell the user, and which ones mean "stop trying IndexedDB". */

/** A write for a map whose header is gone (deleted in another tab): save it whole instead. */
export class MapGoneError extends Error {
  constructor(readonly mapId: string) {
    super(`The map ${mapId} is no longer in storage.`);
    this.name = "MapGoneError";
  }
}

export const isMapGone = (error: unknown): error is MapGoneError => error instanceof MapGoneError;

interface NamedError {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  failures?: unknown;
}

/** The names of an error and of every error Dexie wrapped in it (inner, bulk failures). */
function errorNames(error: unknown, depth = 0): string[] {
  if (typeof error !== "object" || error === null || depth > 4) return [];
  const e = error as NamedError;
  const names = typeof e.name === "string" ? [e.name] : [];
  names.push(...errorNames(e.inner, depth + 1));
  if (Array.isArray(e.failures)) names.push(...errorNames(e.failures[0], depth + 1));
  return names;
}

const has = (error: unknown, ...names: string[]): boolean =>
  errorNames(error).some((name) => names.includes(name));

/**
 * Failures that retrying will not fix in this page's lifetime: storage full, IndexedDB missing
 * or refused (private modes), the database closed for good.
 */
export const isFatalStorageError = (error: unknown): boolean =>
  has(
    error,
    "QuotaExceededError",
    "MissingAPIError",
    "OpenFailedError",
    "InvalidStateError",
    "DatabaseClosedError",
    "SecurityError",
    "VersionError",
  );

/** A short reason for "Not saved: <reason>" and the memory-mode banner. */
export function describeStorageError(error: unknown): string {
  if (has(error, "QuotaExceededError")) return "this device's storage is full";
  if (has(error, "MissingAPIError"))
    return "this browser does not allow storage here (private mode?)";
  if (has(error, "SecurityError")) return "this browser blocks storage for this page";
  if (has(error, "OpenFailedError", "InvalidStateError"))
    return "the browser refused to open storage";
  if (has(error, "VersionError")) return "a newer Peermap is open in another tab";
  if (has(error, "DatabaseClosedError")) return "storage was closed";
  if (has(error, "TimeoutError")) return "storage did not respond";
  return "the browser could not write to storage";
}
