/**
 * Save snapshot: Enter in the Save snapshot dialog to its confirmation toast, on the open map
 * (the large map: 1,000 people). The span holds everything the save does on the main thread
 * (flushing, the coverage and gap summary, cloning the map into IndexedDB) plus the time
 * IndexedDB takes off it, so it is an upper bound on main-thread time; the long tasks (over
 * 50 ms) inside it are the main thread's blocked time.
 */
import { median, round } from "../stats";
import type { ScenarioRun } from "./scenario";

const RUNS = 5;

interface SnapshotSample {
  total: number;
  longTasks: number;
}

declare global {
  interface Window {
    __benchSnapshot?: { done: Promise<SnapshotSample> };
  }
}

export async function snapshotScenario(run: ScenarioRun): Promise<void> {
  const { bench, name, rows, result } = run;
  const { page } = bench;
  await bench.open(bench.appUrlOf(name));
  const samples: SnapshotSample[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.keyboard.press("Control+s");
    const label = page.getByRole("dialog", { name: "Save snapshot" }).getByLabel("Label");
    await label.fill(`Bench ${i + 1}`);
    await page.evaluate(installSnapshotProbe);
    await label.press("Enter");
    samples.push(await page.evaluate(() => window.__benchSnapshot?.done ?? Promise.reject()));
    await page.getByRole("dialog", { name: "Save snapshot" }).waitFor({ state: "hidden" });
  }
  const total = samples.map((s) => s.total);
  result.saveSnapshot = { samples };
  rows.push({
    scenario: "Save snapshot",
    map: name,
    unit: "ms",
    ours: round(median(total)),
    note: `Enter to confirmation, median of ${RUNS}; long tasks ${round(median(samples.map((s) => s.longTasks)))} ms`,
    target: { kind: "abs", max: 100, label: "<= 100 ms" },
  });
  bench.log(`save snapshot ${name}: median ${round(median(total))} ms`);
}

/** In the page: from the next Enter to the "Saved snapshot" toast, and long tasks meanwhile. */
function installSnapshotProbe(): void {
  let t0 = 0;
  let longTasks = 0;
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.startTime >= t0) longTasks += entry.duration;
  });
  tasks.observe({ type: "longtask" });
  const done = new Promise<SnapshotSample>((resolve) => {
    window.addEventListener(
      "keydown",
      (event) => {
        t0 = event.timeStamp;
      },
      { capture: true, once: true },
    );
    const seen = new MutationObserver(() => {
      const toast = [...document.querySelectorAll(".toasts .toast")].some((t) =>
        t.textContent?.includes("Saved snapshot"),
      );
      if (!toast || t0 === 0) return;
      seen.disconnect();
      const total = performance.now() - t0;
      // Long tasks are reported after they end: give the last one a moment to arrive.
      setTimeout(() => {
        tasks.disconnect();
        resolve({ total, longTasks });
      }, 100);
    });
    seen.observe(document.body, { childList: true, subtree: true });
  });
  window.__benchSnapshot = { done };
}
