/**
 * The one equality of plain data (records, positions, settings, React Flow nodes and edges):
 * every own field is compared, whatever it is called, so a field added to a record later can
 * never be ignored by a comparison that lists the fields it knows. A field holding `undefined`
 * counts as absent, as it does in JSON and in storage. Written without temporary arrays: the
 * flow projector runs it on every node and edge each time the map changes.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let fields = 0;
  for (const key in x) {
    if (!Object.hasOwn(x, key) || x[key] === undefined) continue;
    if (!sameValue(x[key], y[key])) return false;
    fields++;
  }
  for (const key in y) if (Object.hasOwn(y, key) && y[key] !== undefined) fields--;
  return fields === 0;
}

/** Whether two lists hold the same items, the very same objects or values, in the same order. */
export const sameItems = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * A keeper of the last value: hands back the previous value while `same` holds between it and
 * the new one, so that a derived value recomputed after an unrelated change keeps its identity.
 */
export function keepWhileSame<T>(same: (before: T, after: T) => boolean): (next: T) => T {
  let kept: T | undefined;
  let held = false;
  return (next) => {
    if (!held || !same(kept as T, next)) kept = next;
    held = true;
    return kept as T;
  };
}
