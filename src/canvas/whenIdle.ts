/** Runs `work` once the browser is idle (or after `latestMs` at the latest); returns a cancel. */
export function whenIdle(work: () => void, latestMs = 1000): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(work, { timeout: latestMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 50);
  return () => clearTimeout(id);
}
