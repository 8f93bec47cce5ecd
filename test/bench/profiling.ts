/**
 * The --profile pass: CPU profiles and DevTools traces of one run of each browser scenario, app
 * and bare, written as .cpuprofile and .trace.json (open them in Chrome DevTools' Performance
 * panel) with a summary of each (profile.ts). A separate pass, so the figures are unaffected.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { type BrowserBench, sleep } from "./browser-bench";
import { probeStrengths } from "./generate";
import type { BenchOptions, WantsScenario } from "./options";
import { type CpuProfile, type SourceResolver, summariseProfile, summariseTrace } from "./profile";
import { drag } from "./scenarios/drag";
import { openReadyToEdit } from "./scenarios/edit";
import { exportOnce } from "./scenarios/export";
import { zoom, zoomInAndRest } from "./scenarios/zoom";

/** What --profile records besides the JavaScript profile: DevTools' timeline events. */
const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "toplevel",
  "v8",
  "blink.user_timing",
];

export async function recordProfiles(
  bench: BrowserBench,
  options: BenchOptions,
  wants: WantsScenario,
  outDir: string,
  browser: Browser,
): Promise<void> {
  const dir = path.join(outDir, "profiles");
  mkdirSync(dir, { recursive: true });
  const { page } = bench;
  const resolveSource = sourceResolverOf(bench);
  const session = await bench.context.newCDPSession(page);
  const record = async (label: string, work: () => Promise<unknown>) => {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await session.send("Profiler.enable");
    await session.send("Profiler.setSamplingInterval", { interval: 200 });
    await session.send("Profiler.start");
    await work();
    const { profile } = (await session.send("Profiler.stop")) as { profile: CpuProfile };
    await session.send("Profiler.disable");
    const trace = await browser.stopTracing();
    writeFileSync(path.join(dir, `${label}.cpuprofile`), JSON.stringify(profile));
    writeFileSync(path.join(dir, `${label}.trace.json`), trace);
    console.log(`\nProfile ${label}:`);
    for (const line of summariseTrace(JSON.parse(trace.toString("utf8")), 6))
      console.log(`  ${line}`);
    console.log("  JavaScript, self time:");
    for (const line of summariseProfile(profile, resolveSource, 10)) console.log(`  ${line}`);
  };
  for (const name of options.maps.filter((m) => m !== "workshop")) {
    if (wants("open")) {
      await page.goto("about:blank");
      await record(`open-${name}-app`, () => bench.open(bench.appUrlOf(name)));
      await page.goto("about:blank");
      await record(`open-${name}-bare`, () => bench.open(bench.bareUrlOf(name)));
    }
    if (wants("drag")) {
      await bench.open(bench.appUrlOf(name));
      await record(`drag-${name}-app`, () => drag(bench, 0));
      await sleep(600);
      await bench.restore(name);
      await bench.open(bench.bareUrlOf(name));
      await record(`drag-${name}-bare`, () => drag(bench, 0));
    }
    if (wants("zoom")) {
      await bench.open(bench.appUrlOf(name));
      await record(`zoom-${name}-app`, () => zoom(bench));
      await bench.open(bench.bareUrlOf(name));
      await record(`zoom-${name}-bare`, () => zoom(bench));
      await bench.open(bench.appUrlOf(name));
      await record(`settle-${name}-app`, () => zoomInAndRest(bench));
    }
    if (wants("edit")) {
      await openReadyToEdit(bench, name);
      await record(`edit-${name}-app`, async () => {
        for (const [i, s] of probeStrengths(6).entries()) {
          await page.keyboard.press(String(s));
          await page.waitForFunction((n) => (window.__benchEdit?.samples.length ?? 0) >= n, i + 1);
          await sleep(400);
        }
      });
      await sleep(400);
      await bench.restore(name);
    }
    if (wants("editrun") && name === "large") {
      // A shorter run than the measured one: enough presses for the burst's costs to show.
      await openReadyToEdit(bench, name);
      await record(`editrun-${name}-app`, async () => {
        for (const [i, s] of probeStrengths(100).entries()) {
          await page.keyboard.press(String(s));
          await page.waitForFunction((n) => (window.__benchEdit?.samples.length ?? 0) >= n, i + 1);
          await sleep(100);
        }
      });
      await sleep(600);
      await bench.restore(name);
    }
    if (wants("export") && name === "medium") {
      await bench.open(bench.appUrlOf(name));
      await record(`export-${name}-app`, () => exportOnce(bench));
    }
  }
  await session.detach();
  bench.log(`profiles and traces written to ${path.relative(bench.repoRoot, dir)}`);
}

/** Maps a built file URL (app or bare page) to the file on disk, for its source map. */
function sourceResolverOf(bench: BrowserBench): SourceResolver {
  return (url) => {
    for (const [base, root] of [
      [bench.appUrl, path.join(bench.repoRoot, "test-results", "bench-app")],
      [bench.bareUrl, path.join(bench.repoRoot, "test-results", "bench-bare")],
    ] as const) {
      if (url.startsWith(base)) return path.join(root, new URL(url).pathname);
    }
    return undefined;
  };
}
