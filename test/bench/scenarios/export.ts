/** Export PNG 2x: from the click on Download to the downloaded file, on the medium map. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { type BrowserBench, sleep } from "../browser-bench";
import type { GraphName } from "../generate";
import { median, round } from "../stats";
import type { ScenarioRun } from "./scenario";

// ── PNG export: the switch-on point ─────────────────────────────────────────────────────────
// The scenario runs by itself as soon as the editor has a button named like `openButton`
// (src/export/ExportPngDialog.tsx exists, but no toolbar button opens it yet). Until then it
// prints "n/a (no export yet)". If the dialog ends up behind a menu, change `openDialog`.
const EXPORT_PNG = {
  openButton: /export png/i,
  scaleRadio: "2x",
  downloadButton: /^download$/i,
  runs: 3,
  /** Stop repeating once the exports so far took this long in total. */
  budgetMs: 30_000,
  timeoutMs: 120_000,
  async openDialog(page: Page): Promise<boolean> {
    const button = page.getByRole("button", { name: EXPORT_PNG.openButton });
    if ((await button.count()) === 0) return false;
    await button.first().click();
    return true;
  },
};
// ─────────────────────────────────────────────────────────────────────────────────────────────

export async function exportScenario({ bench, name, rows, result }: ScenarioRun): Promise<void> {
  const exported = await exportPng(bench, name);
  result.exportPng = exported;
  rows.push({
    scenario: "Export PNG 2x",
    map: name,
    unit: "ms",
    ours: exported.available ? round(median(exported.samples)) : null,
    note: exported.available
      ? `click to download, median of ${exported.samples.length}; ${round(median(exported.sizes) / 2 ** 20)} MB`
      : "n/a (no export yet)",
    target: { kind: "abs", max: 3000, label: "<= 3 s" },
  });
}

async function exportPng(
  bench: BrowserBench,
  name: GraphName,
): Promise<{ available: boolean; samples: number[]; sizes: number[] }> {
  const { page } = bench;
  await bench.open(bench.appUrlOf(name));
  const samples: number[] = [];
  const sizes: number[] = [];
  try {
    for (let i = 0; i < EXPORT_PNG.runs; i++) {
      const run = await exportOnce(bench);
      if (!run) {
        bench.log("export PNG: no export button yet, n/a");
        return { available: false, samples: [], sizes: [] };
      }
      samples.push(run.ms);
      sizes.push(run.bytes);
      // Keep the whole run bounded: a slow export is measured fewer times.
      if (samples.reduce((sum, t) => sum + t, 0) > EXPORT_PNG.budgetMs) break;
    }
  } catch (error) {
    const shot = path.join(bench.repoRoot, "test-results", "bench", "export-png-failure.png");
    await page.screenshot({ path: shot }).catch(() => undefined);
    throw error;
  }
  bench.log(`export PNG 2x ${name}: median ${round(median(samples))} ms`);
  return { available: true, samples: samples.map((s) => round(s)), sizes };
}

/** One export at 2x, from the toolbar to the download; null when there is no export yet. */
export async function exportOnce(
  bench: BrowserBench,
): Promise<{ ms: number; bytes: number } | null> {
  const { page } = bench;
  if (!(await EXPORT_PNG.openDialog(page))) return null;
  const dialog = page.getByRole("dialog", { name: /export png/i });
  await dialog.getByRole("radio", { name: EXPORT_PNG.scaleRadio }).check({ timeout: 15_000 });
  const t0 = performance.now();
  // Long timeouts: the export blocks the page's main thread, click acknowledgement too.
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: EXPORT_PNG.timeoutMs }),
    dialog
      .getByRole("button", { name: EXPORT_PNG.downloadButton })
      .click({ timeout: EXPORT_PNG.timeoutMs }),
  ]);
  const ms = performance.now() - t0;
  const saved = await file.path();
  const bytes = saved ? readFileSync(saved).length : 0;
  await dialog.getByRole("button", { name: /^close$/i }).click({ timeout: 30_000 });
  await sleep(300);
  return { ms, bytes };
}
