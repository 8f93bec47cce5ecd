/**
 * `npm run bench`: the Peermap performance benchmark. Measures, never asserts: prints a table
 * with targets and writes bench-results.json. See docs/performance.md.
 *
 * Bundled for Node by test/bench/vite.node.config.ts and started by test/bench/run.mjs, which
 * first builds the app (its own vite.config.ts, into test-results/bench-app: a private copy that
 * a concurrent `vite build` of dist/ cannot change mid-run) and the bare React Flow page.
 *
 * Each scenario lives in scenarios/. The PNG export's switch-on point, `EXPORT_PNG.openDialog`
 * (marked), is in scenarios/export.ts.
 */
import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, resolveChromium } from "../e2e/browser";
import { BrowserBench } from "./browser-bench";
import { prepareMaps } from "./maps";
import { type BenchOptions, parseOptions, type WantsScenario, wantsOf } from "./options";
import { recordProfiles } from "./profiling";
import type { Row } from "./report";
import { writeResults } from "./results";
import { bundleScenario } from "./scenarios/bundle";
import { compareScenario } from "./scenarios/compare";
import { dragScenario } from "./scenarios/drag";
import { editRunScenario, editScenario } from "./scenarios/edit";
import { exportScenario } from "./scenarios/export";
import { findScenario } from "./scenarios/find";
import { gapsScenario } from "./scenarios/gaps";
import { openScenario } from "./scenarios/open";
import { snapshotScenario } from "./scenarios/snapshot";
import { zoomScenario } from "./scenarios/zoom";
import { serve } from "./servers";

export async function main(repoRoot: string, argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv, repoRoot);
  const wants = wantsOf(options);
  const paths = {
    dist: path.join(repoRoot, "test-results", "bench-app"),
    bareOut: path.join(repoRoot, "test-results", "bench-bare"),
    bareConfig: path.join(repoRoot, "test", "bench", "vite.bare.config.ts"),
    work: path.join(repoRoot, "test-results", "bench"),
  };
  mkdirSync(paths.work, { recursive: true });
  const started = Date.now();
  const loadAtStart = os.loadavg();
  const log = (text: string) =>
    console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${text}`);

  const rows: Row[] = [];
  const raw: Record<string, unknown> = {};
  const maps = prepareMaps(options.maps, paths, log, raw);

  if (wants("bundle")) bundleScenario(paths.dist, rows, raw, log);
  if (wants("gaps")) gapsScenario(options.gapRuns, rows, raw, log);
  if (wants("compare")) compareScenario(maps, options.gapRuns, rows, raw, log);

  const browserScenarios = (
    ["open", "edit", "editrun", "drag", "zoom", "export", "find", "snapshot"] as const
  ).filter(wants);
  let browserVersion = "not started";
  if ((browserScenarios.length > 0 || options.profile) && maps.size > 0) {
    const resolved = resolveChromium();
    if (!resolved.ok) throw new Error(resolved.message);
    const app = await serve({ root: repoRoot, outDir: paths.dist });
    const bare = await serve({ configFile: paths.bareConfig });
    const browser = await chromium.launch({
      executablePath: resolved.path,
      args: [...CHROMIUM_ARGS],
      headless: true,
    });
    browserVersion = browser.version();
    log(`Chromium ${browserVersion}; app at ${app.url}, bare page at ${bare.url}`);
    try {
      const bench = await BrowserBench.start(browser, app.url, bare.url, maps, log, repoRoot);
      await runBrowserScenarios(bench, options, wants, rows, raw);
      if (options.profile) await recordProfiles(bench, options, wants, paths.work, browser);
      await bench.close();
    } finally {
      await browser.close();
      await app.close();
      await bare.close();
    }
  }

  writeResults(options, rows, raw, {
    repoRoot,
    workDir: paths.work,
    started,
    loadAtStart,
    browserVersion,
  });
}

async function runBrowserScenarios(
  bench: BrowserBench,
  options: BenchOptions,
  wants: WantsScenario,
  rows: Row[],
  raw: Record<string, unknown>,
): Promise<void> {
  // The bare page is sized like the app's canvas: learn that size first.
  const first = options.maps[0];
  if (first) await bench.open(bench.appUrlOf(first));
  for (const name of options.maps) {
    const result: Record<string, unknown> = {};
    raw[name] = result;
    const run = { bench, name, options, rows, result };
    // A scenario that fails leaves a row saying so; the others still run.
    const attempt = async (scenario: string, work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
        bench.log(`${scenario} ${name} FAILED: ${message}`);
        rows.push({ scenario, map: name, unit: "ms", ours: null, note: `failed: ${message}` });
        result[`${scenario} error`] = message;
      }
    };
    if (wants("open")) await attempt("Open", () => openScenario(run));
    if (wants("edit")) await attempt("Edit to gaps", () => editScenario(run));
    if (wants("editrun") && name === "large") await attempt("Edit run", () => editRunScenario(run));
    if (wants("drag") && name !== "workshop") await attempt("Drag p95", () => dragScenario(run));
    if (wants("zoom") && name !== "workshop")
      await attempt("Pan/zoom p95", () => zoomScenario(run));
    if (wants("export") && name === "medium")
      await attempt("Export PNG 2x", () => exportScenario(run));
    if (wants("find")) await attempt("Find", () => findScenario(run));
    if (wants("snapshot")) await attempt("Save snapshot", () => snapshotScenario(run));
  }
}
