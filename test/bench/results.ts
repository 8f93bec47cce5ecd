/**
 * The run's output: bench-results.json (environment, settings, rows, raw figures), the table in
 * Markdown for docs, and the table on the console with the machine's load beside it, since a
 * busy machine makes every figure noisier.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CHROMIUM_ARGS } from "../e2e/browser";
import { VIEWPORT } from "./browser-bench";
import type { BenchOptions } from "./options";
import { markdownTable, printTable, type Row } from "./report";
import { round } from "./stats";

export interface RunInfo {
  repoRoot: string;
  /** Where results.md goes. */
  workDir: string;
  /** Date.now() at the start of the run. */
  started: number;
  /** os.loadavg() at the start of the run. */
  loadAtStart: number[];
  browserVersion: string;
}

export function writeResults(
  options: BenchOptions,
  rows: Row[],
  raw: Record<string, unknown>,
  run: RunInfo,
): void {
  const environment = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    platform: `${os.platform()} ${os.release()}`,
    browser: `Chromium ${run.browserVersion} (headless, ${CHROMIUM_ARGS.join(" ")})`,
    viewport: VIEWPORT,
    /** 1-minute load average at start and end: above the CPU count, figures are suspect. */
    loadAverage: {
      start: round(run.loadAtStart[0] ?? 0, 2),
      end: round(os.loadavg()[0] ?? 0, 2),
    },
    durationSeconds: Math.round((Date.now() - run.started) / 1000),
  };
  const settings = { ...options, only: options.only ? [...options.only] : null };
  writeFileSync(options.out, `${JSON.stringify({ environment, settings, rows, raw }, null, 2)}\n`);
  writeFileSync(path.join(run.workDir, "results.md"), `${markdownTable(rows)}\n`);
  console.log("");
  printTable(rows);
  console.log("");
  console.log(
    `${environment.cpus} CPUs (${environment.cpuModel}), node ${environment.node}, ${environment.browser}`,
  );
  const { start, end } = environment.loadAverage;
  console.log(`Machine load (1-min average): ${start} at start, ${end} at end.`);
  if (Math.max(start, end) > environment.cpus) {
    console.warn(
      `[bench] warning: the machine was busy (load above ${environment.cpus} CPUs): other processes competed with the browser, so figures are noisier than usual.`,
    );
  }
  console.log(
    `Results written to ${path.relative(run.repoRoot, options.out)} in ${environment.durationSeconds}s.`,
  );
}
