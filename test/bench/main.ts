/**
 * `npm run bench`: the Peermap performance benchmark. Measures, never asserts: prints a table
 * with targets and writes bench-results.json. See docs/performance.md.
 *
 * Bundled for Node by test/bench/vite.node.config.ts and started by test/bench/run.mjs, which
 * first builds the app (its own vite.config.ts, into test-results/bench-app: a private copy that
 * a concurrent `vite build` of dist/ cannot change mid-run) and the bare React Flow page.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { type Browser, type BrowserContext, chromium, type Page } from "@playwright/test";
import { serializeMap } from "../../src/domain/format";
import { analyseMap, findGaps } from "../../src/domain/gaps";
import { CARD_HEIGHT, CARD_WIDTH, canvasPosition, computeLayout } from "../../src/domain/layout";
import type { PeerMap } from "../../src/domain/model";
import { validateMap } from "../../src/domain/validateMap";
import { DEFAULT_DB_NAME, SCHEMA_VERSIONS } from "../../src/persistence/db";
import { toMapRow, toPersonRow, toRelationshipRow } from "../../src/persistence/rows";
import { CHROMIUM_ARGS, resolveChromium } from "../e2e/browser";
import {
  GRAPHS,
  type GraphName,
  generateMap,
  mapIdOf,
  PROBE_RELATIONSHIP_ID,
  probeStrengths,
} from "./generate";
import {
  type Box,
  type CardPick,
  type EditSample,
  edgeMidpoint,
  installEditProbe,
  installOpenProbe,
  type OpenProbeState,
  paneBox,
  pickCard,
  selectedEdges,
  startFrames,
  startInputLatency,
  stopFrames,
  stopInputLatency,
} from "./probes";
import { type CpuProfile, summariseProfile, summariseTrace } from "./profile";
import { markdownTable, printTable, type Row } from "./report";
import { serve } from "./servers";
import { type FrameStats, frameStats, median, percentile, round } from "./stats";
import { writeRows } from "./storage";

export interface BenchOptions {
  /** Measured opens per map and page (after one warm-up). */
  opens: number;
  /** Drag gestures per map and page (120 moves each). */
  drags: number;
  /** Zoom gestures per map and page (120 wheel frames each). */
  zooms: number;
  /** Key presses per map in the edit scenario. */
  presses: number;
  /** Timed runs of the gap analysis (after warm-up). */
  gapRuns: number;
  maps: GraphName[];
  only: Set<Scenario> | null;
  /** Also record CPU profiles (a separate pass; does not change the figures). */
  profile: boolean;
  out: string;
}

type Scenario = "bundle" | "gaps" | "open" | "edit" | "drag" | "zoom" | "export";
const SCENARIOS: readonly Scenario[] = ["bundle", "gaps", "open", "edit", "drag", "zoom", "export"];

const VIEWPORT = { width: 1280, height: 800 };
const MOVES = 120;
const ZOOM_FRAMES = 120;
/** Wheel deltaY per frame: React Flow zooms by 2^(0.002 × 20) ≈ 2.8% per event. */
const WHEEL_DELTA = 20;
/**
 * A gesture stops early after this long (it normally takes 2–6 s): a page that handles each
 * input slowly, or a busy machine, must not stretch the run past its time budget.
 */
const GESTURE_CAP_MS = 15_000;
const GAPS_REGION = 'section[aria-label="Gaps"]';
/** The probe's gap while it is weak, as the Gaps panel words it. */
const PROBE_GAP = /best link .* at Executive sponsor/;
const OPEN_TIMEOUT_MS = 60_000;
/** What --profile records besides the JavaScript profile: DevTools' timeline events. */
const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "toplevel",
  "v8",
  "blink.user_timing",
];

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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function parseOptions(argv: readonly string[], repoRoot: string): BenchOptions {
  const get = (name: string): string | undefined =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const quick = argv.includes("--quick");
  const int = (name: string, fallback: number) => {
    const value = Number(get(name));
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  const maps = (get("maps")?.split(",") ?? ["workshop", "medium", "large"]).filter(
    (m): m is GraphName => m in GRAPHS && m !== "huge",
  );
  const only = get("only")
    ?.split(",")
    .filter((s): s is Scenario => (SCENARIOS as readonly string[]).includes(s));
  return {
    opens: int("opens", quick ? 2 : 5),
    drags: int("drags", quick ? 1 : 3),
    zooms: int("zooms", quick ? 1 : 2),
    presses: int("presses", quick ? 6 : 20),
    gapRuns: int("gap-runs", 20),
    maps,
    only: only ? new Set(only) : null,
    profile: argv.includes("--profile"),
    out: path.resolve(repoRoot, get("out") ?? "bench-results.json"),
  };
}

interface Paths {
  repoRoot: string;
  dist: string;
  bareOut: string;
  bareConfig: string;
  work: string;
}

export async function main(repoRoot: string, argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv, repoRoot);
  const wants = (s: Scenario) => options.only === null || options.only.has(s);
  const paths: Paths = {
    repoRoot,
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

  // Maps: deterministic, checked against the app's own rules, written out for manual import.
  const maps = new Map<GraphName, PeerMap>();
  for (const name of options.maps) {
    const map = checked(generateMap(GRAPHS[name]));
    maps.set(name, map);
    const analysis = analyseMap(map);
    const kinds = new Map<string, number>();
    for (const gap of analysis.gaps) kinds.set(gap.kind, (kinds.get(gap.kind) ?? 0) + 1);
    const summary = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(", ");
    raw[`${name} map`] = { coverage: analysis.coverage, gaps: Object.fromEntries(kinds) };
    log(
      `${name}: ${map.people.length} people, ${map.relationships.length} relationships, ` +
        `coverage ${analysis.coverage}%, gaps: ${summary}`,
    );
  }
  mkdirSync(path.join(paths.bareOut, "graphs"), { recursive: true });
  mkdirSync(path.join(paths.work, "maps"), { recursive: true });
  for (const [name, map] of maps) {
    writeFileSync(
      path.join(paths.bareOut, "graphs", `${name}.json`),
      JSON.stringify(bareGraph(map)),
    );
    writeFileSync(
      path.join(paths.work, "maps", `${name}.peermap.json`),
      serializeMap(map, map.updatedAt),
    );
  }

  if (wants("bundle")) {
    const bundle = measureBundle(paths.dist);
    raw.bundle = bundle;
    rows.push({
      scenario: "Initial JS (gzip)",
      map: "-",
      unit: "KB",
      ours: bundle.gzipKB,
      note: `${bundle.files.length} file(s), ${bundle.rawKB} KB raw`,
      target: { kind: "abs", max: 250, label: "<= 250 KB" },
    });
    log(`initial JS ${bundle.gzipKB} KB gzipped`);
  }

  if (wants("gaps")) {
    log("gap analysis: generating 10,000 people / 50,000 relationships");
    const huge = checked(generateMap(GRAPHS.huge));
    const gaps = measureGapAnalysis(huge, options.gapRuns);
    raw.gapAnalysis = gaps;
    for (const [label, value] of [
      ["Gap analysis analyseMap", gaps.analyseMap.median],
      ["Gap analysis findGaps", gaps.findGaps.median],
    ] as const) {
      rows.push({
        scenario: label,
        map: "huge 10k/50k",
        unit: "ms",
        ours: value,
        note: `Node, median of ${options.gapRuns} runs; fastest ${label.endsWith("analyseMap") ? gaps.analyseMap.min : gaps.findGaps.min} ms`,
        target: { kind: "abs", max: 15, label: "<= 15 ms" },
      });
    }
    log(
      `gap analysis median: analyseMap ${gaps.analyseMap.median} ms, findGaps ${gaps.findGaps.median} ms`,
    );
  }

  const browserScenarios = (["open", "edit", "drag", "zoom", "export"] as const).filter(wants);
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
      await bench.run(options, wants, rows, raw);
      if (options.profile) await bench.profileAll(options, wants, paths.work, browser);
      await bench.close();
    } finally {
      await browser.close();
      await app.close();
      await bare.close();
    }
  }

  const environment = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    platform: `${os.platform()} ${os.release()}`,
    browser: `Chromium ${browserVersion} (headless, ${CHROMIUM_ARGS.join(" ")})`,
    viewport: VIEWPORT,
    /** 1-minute load average at start and end: above the CPU count, figures are suspect. */
    loadAverage: { start: round(loadAtStart[0] ?? 0, 2), end: round(os.loadavg()[0] ?? 0, 2) },
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  const settings = { ...options, only: options.only ? [...options.only] : null };
  writeFileSync(options.out, `${JSON.stringify({ environment, settings, rows, raw }, null, 2)}\n`);
  writeFileSync(path.join(paths.work, "results.md"), `${markdownTable(rows)}\n`);
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
    `Results written to ${path.relative(repoRoot, options.out)} in ${environment.durationSeconds}s.`,
  );
}

function checked(map: PeerMap): PeerMap {
  const errors = validateMap(map);
  if (errors.length > 0) {
    throw new Error(
      `generated map ${map.id} is invalid: ${errors
        .slice(0, 3)
        .map((e) => `${e.path} ${e.message}`)
        .join("; ")}`,
    );
  }
  return map;
}

/** Canvas boxes of everyone placed, as React Flow sees them (the app sets width and height). */
function boxesOf(map: PeerMap): Box[] {
  const layout = computeLayout(map);
  return map.people.flatMap((person) => {
    const at = canvasPosition(layout, person);
    return at ? [{ id: person.id, x: at.x, y: at.y, w: CARD_WIDTH, h: CARD_HEIGHT }] : [];
  });
}

/** The bare page's graph: same positions and node size as the app, default node and edge types. */
function bareGraph(map: PeerMap) {
  const names = new Map(map.people.map((p) => [p.id, p.name]));
  return {
    nodes: boxesOf(map).map((b) => ({
      id: b.id,
      position: { x: b.x, y: b.y },
      data: { label: names.get(b.id) ?? b.id },
      width: b.w,
      height: b.h,
    })),
    edges: map.relationships.map((r) => ({ id: r.id, source: r.source, target: r.target })),
  };
}

function measureBundle(dist: string) {
  const html = readFileSync(path.join(dist, "index.html"), "utf8");
  const files = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) {
    if (match[1]) files.add(match[1]);
  }
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) {
    if (match[1]) files.add(match[1]);
  }
  let raw = 0;
  let gzip = 0;
  const perFile: { file: string; rawKB: number; gzipKB: number }[] = [];
  for (const file of files) {
    const content = readFileSync(path.join(dist, file.replace(/^\.?\//, "")));
    const zipped = gzipSync(content, { level: 9 }).length;
    raw += content.length;
    gzip += zipped;
    perFile.push({ file, rawKB: round(content.length / 1024), gzipKB: round(zipped / 1024) });
  }
  if (files.size === 0) throw new Error("no entry script found in dist/index.html");
  return { files: perFile, rawKB: round(raw / 1024), gzipKB: round(gzip / 1024) };
}

function measureGapAnalysis(map: PeerMap, runs: number) {
  const time = (fn: () => unknown) => {
    for (let i = 0; i < 5; i++) fn();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      fn();
      samples.push(performance.now() - t0);
    }
    return {
      median: round(median(samples), 2),
      p95: round(percentile(samples, 95), 2),
      min: round(Math.min(...samples), 2),
      samples: samples.map((s) => round(s, 2)),
    };
  };
  const analysis = analyseMap(map);
  return {
    people: map.people.length,
    relationships: map.relationships.length,
    gaps: analysis.gaps.length,
    coverage: analysis.coverage,
    analyseMap: time(() => analyseMap(map)),
    findGaps: time(() => findGaps(map)),
  };
}

const fmtFrames = (s: GestureStats) => ({
  inputs: s.inputs,
  latencyP50: round(s.latencyP50),
  latencyP95: round(s.latencyP95),
  frames: s.frames,
  p50: round(s.p50),
  p95: round(s.p95),
  max: round(s.max),
  mean: round(s.mean),
  jankShare: round(s.jankShare, 3),
});

type Log = (text: string) => void;

/** One recorded gesture: rAF timestamps, and input-to-paint latency per input event. */
interface Gesture {
  stamps: number[];
  latencies: number[];
  /** Input events sent: fewer than asked when the gesture hit GESTURE_CAP_MS. */
  inputs: number;
}

interface GestureStats extends FrameStats {
  /** Input events sent, over all repetitions. */
  inputs: number;
  latencyP50: number;
  latencyP95: number;
}

function gestureStats(runs: readonly Gesture[]): GestureStats {
  const latencies = runs.flatMap((r) => r.latencies);
  return {
    ...frameStats(runs.map((r) => r.stamps)),
    inputs: runs.reduce((sum, r) => sum + r.inputs, 0),
    latencyP50: percentile(latencies, 50),
    latencyP95: percentile(latencies, 95),
  };
}

/** Everything measured in Chromium: one page, the app and the bare baseline side by side. */
class BrowserBench {
  private paneSize = { w: 0, h: 0 };
  private readonly issues: string[] = [];

  private constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
    private readonly appUrl: string,
    private readonly bareUrl: string,
    private readonly maps: Map<GraphName, PeerMap>,
    private readonly log: Log,
    private readonly repoRoot: string,
  ) {
    page.on("pageerror", (error) => this.issues.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") this.issues.push(`console error: ${message.text()}`);
    });
  }

  static async start(
    browser: Browser,
    appUrl: string,
    bareUrl: string,
    maps: Map<GraphName, PeerMap>,
    log: Log,
    repoRoot: string,
  ): Promise<BrowserBench> {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      acceptDownloads: true,
    });
    const boxes: Record<string, Box[]> = {};
    for (const [name, map] of maps) {
      const b = boxesOf(map);
      boxes[map.id] = b;
      boxes[name] = b;
    }
    await context.addInitScript(installOpenProbe, { boxes, timeoutMs: OPEN_TIMEOUT_MS });
    const page = await context.newPage();
    const bench = new BrowserBench(context, page, appUrl, bareUrl, maps, log, repoRoot);
    await bench.seed();
    return bench;
  }

  async close(): Promise<void> {
    if (this.issues.length > 0) {
      console.warn(`[bench] the pages reported ${this.issues.length} error(s):`);
      for (const issue of [...new Set(this.issues)].slice(0, 10)) console.warn(`  - ${issue}`);
    }
    await this.context.close();
  }

  /** First visit (caches the app's JS), then the maps go straight into the app's IndexedDB. */
  private async seed(): Promise<void> {
    const { page } = this;
    await page.goto(this.appUrl);
    await page.waitForFunction(
      async (name) => (await indexedDB.databases()).some((db) => db.name === name),
      DEFAULT_DB_NAME,
      { polling: 100, timeout: 15_000 },
    );
    await this.write([...this.maps.values()]);
    this.log(`seeded ${this.maps.size} map(s) into IndexedDB`);
  }

  /** Writes maps as stored rows; the page must be on the app's origin. */
  private async write(maps: PeerMap[]): Promise<void> {
    const stores = Object.keys(SCHEMA_VERSIONS.at(-1)?.stores ?? {});
    const payload = maps.map((map) => ({
      header: toMapRow(map),
      people: map.people.map((p) => toPersonRow(map.id, p)),
      relationships: map.relationships.map((r) => toRelationshipRow(map.id, r)),
    }));
    await this.page.evaluate(writeRows, { dbName: DEFAULT_DB_NAME, stores, maps: payload });
  }

  /** Puts a map back as generated, after a scenario changed it (autosave has run by then). */
  private async restore(name: GraphName): Promise<void> {
    const map = this.maps.get(name);
    if (map) await this.write([map]);
  }

  private appUrlOf(name: GraphName): string {
    return `${this.appUrl}#/map/${encodeURIComponent(mapIdOf(name))}`;
  }

  private bareUrlOf(name: GraphName): string {
    const { w, h } = this.paneSize;
    return `${this.bareUrl}?graph=${name}&w=${Math.round(w)}&h=${Math.round(h)}`;
  }

  /** A full navigation (from about:blank, JS cached) until every node in view is drawn. */
  private async open(url: string): Promise<OpenProbeState> {
    const { page } = this;
    await page.goto("about:blank");
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(
      () => window.__benchOpen?.painted != null || window.__benchOpen?.timedOut === true,
      null,
      { polling: 50, timeout: OPEN_TIMEOUT_MS + 5_000 },
    );
    const state = await page.evaluate(() => window.__benchOpen);
    if (!state || state.timedOut || state.painted === null) {
      throw new Error(`${url} did not finish rendering within ${OPEN_TIMEOUT_MS / 1000}s`);
    }
    if (this.paneSize.w === 0) this.paneSize = { w: state.paneWidth, h: state.paneHeight };
    await sleep(300);
    return state;
  }

  async run(
    options: BenchOptions,
    wants: (s: Scenario) => boolean,
    rows: Row[],
    raw: Record<string, unknown>,
  ): Promise<void> {
    // The bare page is sized like the app's canvas: learn that size first.
    const first = options.maps[0];
    if (first) await this.open(this.appUrlOf(first));
    for (const name of options.maps) {
      const result: Record<string, unknown> = {};
      raw[name] = result;
      // A scenario that fails leaves a row saying so; the others still run.
      const attempt = async (scenario: string, work: () => Promise<void>) => {
        try {
          await work();
        } catch (error) {
          const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
          this.log(`${scenario} ${name} FAILED: ${message}`);
          rows.push({ scenario, map: name, unit: "ms", ours: null, note: `failed: ${message}` });
          result[`${scenario} error`] = message;
        }
      };
      if (wants("open"))
        await attempt("Open", () => this.openScenario(name, options, rows, result));
      if (wants("edit"))
        await attempt("Edit to gaps", () => this.editScenario(name, options, rows, result));
      if (wants("drag") && name !== "workshop")
        await attempt("Drag p95", () => this.dragScenario(name, options, rows, result));
      if (wants("zoom") && name !== "workshop")
        await attempt("Pan/zoom p95", () => this.zoomScenario(name, options, rows, result));
      if (wants("export") && name === "medium")
        await attempt("Export PNG 2x", () => this.exportScenario(name, rows, result));
    }
  }

  private async openScenario(
    name: GraphName,
    options: BenchOptions,
    rows: Row[],
    result: Record<string, unknown>,
  ): Promise<void> {
    const ours: OpenProbeState[] = [];
    const bare: OpenProbeState[] = [];
    // Warm-up: one open each, unmeasured (the first visit after seeding compiles and caches).
    await this.open(this.appUrlOf(name));
    await this.open(this.bareUrlOf(name));
    for (let i = 0; i < options.opens; i++) {
      ours.push(await this.open(this.appUrlOf(name)));
      bare.push(await this.open(this.bareUrlOf(name)));
    }
    const m = (list: OpenProbeState[]) => round(median(list.map((s) => s.painted ?? 0)));
    result.open = { ours, bare };
    const last = ours.at(-1);
    const lastBare = bare.at(-1);
    rows.push({
      scenario: "Open",
      map: name,
      unit: "ms",
      ours: m(ours),
      bare: m(bare),
      note:
        `${last?.expected ?? "?"} vs ${lastBare?.expected ?? "?"} nodes in view, zoom ` +
        `${round(last?.zoom ?? 0, 3)} vs ${round(lastBare?.zoom ?? 0, 3)}; first node ` +
        `${round(median(ours.map((s) => s.firstNode ?? 0)))} vs ` +
        `${round(median(bare.map((s) => s.firstNode ?? 0)))} ms`,
      ...(name === "medium" || name === "large"
        ? { target: { kind: "ratio" as const, max: 1.5, label: "<= 1.5x bare" } }
        : {}),
    });
    this.log(`open ${name}: ours ${m(ours)} ms, bare ${m(bare)} ms`);
  }

  private async editScenario(
    name: GraphName,
    options: BenchOptions,
    rows: Row[],
    result: Record<string, unknown>,
  ): Promise<void> {
    const samples = await this.edit(name, options.presses);
    const dom = samples.map((s) => s.dom);
    const paint = samples.map((s) => s.paint);
    result.edit = { samples };
    rows.push({
      scenario: "Edit to gaps",
      map: name,
      unit: "ms",
      ours: round(median(paint)),
      note: `keydown to painted, median; DOM updated ${round(median(dom))} ms; p95 ${round(percentile(paint, 95))} ms`,
      target: { kind: "abs", max: 50, label: "<= 50 ms" },
    });
    this.log(
      `edit ${name}: median ${round(median(paint))} ms to paint (${samples.length} presses)`,
    );
  }

  private async dragScenario(
    name: GraphName,
    options: BenchOptions,
    rows: Row[],
    result: Record<string, unknown>,
  ): Promise<void> {
    const { ours, bare } = await this.gestures(name, options.drags, (i) => this.drag(i));
    result.drag = { ours: fmtFrames(ours), bare: fmtFrames(bare) };
    const target =
      name === "medium"
        ? { kind: "ratio" as const, max: 1.2, label: "<= 1.2x bare" }
        : { kind: "ratio" as const, max: 1.0, acceptable: 1.3, label: "<= 1.0x (1.3x) bare" };
    const perMove = (s: GestureStats) => round(s.frames / s.inputs, 2);
    const sent = (s: GestureStats) =>
      s.inputs < MOVES * options.drags ? ` (only ${s.inputs} moves in time)` : "";
    rows.push({
      scenario: "Drag p95",
      map: name,
      unit: "ms",
      ours: round(ours.p95),
      bare: round(bare.p95),
      target,
    });
    rows.push({
      scenario: "Drag p50",
      map: name,
      unit: "ms",
      ours: round(ours.p50),
      bare: round(bare.p50),
    });
    rows.push({
      scenario: "Drag longest",
      map: name,
      unit: "ms",
      ours: round(ours.max),
      bare: round(bare.max),
    });
    rows.push({
      scenario: "Drag move-to-paint p95",
      map: name,
      unit: "ms",
      ours: round(ours.latencyP95),
      bare: round(bare.latencyP95),
      note: `p50 ${round(ours.latencyP50)} vs ${round(bare.latencyP50)} ms; ${perMove(ours)} vs ${perMove(bare)} frames per move${sent(ours)}`,
    });
    this.log(`drag ${name}: p95 ours ${round(ours.p95)} ms, bare ${round(bare.p95)} ms`);
  }

  private async zoomScenario(
    name: GraphName,
    options: BenchOptions,
    rows: Row[],
    result: Record<string, unknown>,
  ): Promise<void> {
    const { ours, bare } = await this.gestures(name, options.zooms, () => this.zoom());
    result.zoom = { ours: fmtFrames(ours), bare: fmtFrames(bare) };
    const perEvent = (s: GestureStats) => round(s.frames / s.inputs, 2);
    const sent = (s: GestureStats) =>
      s.inputs < ZOOM_FRAMES * options.zooms ? ` (only ${s.inputs} events in time)` : "";
    rows.push({
      scenario: "Pan/zoom p95",
      map: name,
      unit: "ms",
      ours: round(ours.p95),
      bare: round(bare.p95),
      note: `longest ${round(ours.max)} vs ${round(bare.max)} ms`,
      ...(name === "large"
        ? {
            target: {
              kind: "ratio" as const,
              max: 1.0,
              acceptable: 1.3,
              label: "<= 1.0x (1.3x) bare",
            },
          }
        : {}),
    });
    rows.push({
      scenario: "Pan/zoom wheel-to-paint p95",
      map: name,
      unit: "ms",
      ours: round(ours.latencyP95),
      bare: round(bare.latencyP95),
      note: `p50 ${round(ours.latencyP50)} vs ${round(bare.latencyP50)} ms; ${perEvent(ours)} vs ${perEvent(bare)} frames per event${sent(ours)}`,
    });
    this.log(`zoom ${name}: p95 ours ${round(ours.p95)} ms, bare ${round(bare.p95)} ms`);
  }

  private async exportScenario(
    name: GraphName,
    rows: Row[],
    result: Record<string, unknown>,
  ): Promise<void> {
    const exported = await this.exportPng(name);
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

  /**
   * `reps` recorded gestures on the app and on the bare page, interleaved (app, bare, app, …) so
   * that a busy moment of the machine hits both alike. Each is on a freshly opened page; after
   * one on the app, the map is put back as generated (a drop moves the card for good).
   */
  private async gestures(
    name: GraphName,
    reps: number,
    once: (rep: number) => Promise<Gesture>,
  ): Promise<{ ours: GestureStats; bare: GestureStats }> {
    const ours: Gesture[] = [];
    const bare: Gesture[] = [];
    for (let rep = 0; rep < reps; rep++) {
      await this.open(this.appUrlOf(name));
      ours.push(await once(rep));
      await sleep(600);
      await this.restore(name);
      await this.open(this.bareUrlOf(name));
      bare.push(await once(rep));
      await sleep(300);
    }
    return { ours: gestureStats(ours), bare: gestureStats(bare) };
  }

  /** Drags the card nearest the middle 120 px right and 60 px down (back on odd reps). */
  private async drag(rep: number): Promise<Gesture> {
    const { page } = this;
    const card: CardPick | null = await page.evaluate(pickCard);
    if (!card) throw new Error(`no card to drag on ${page.url()}`);
    const dir = rep % 2 === 0 ? 1 : -1;
    await page.mouse.move(card.x, card.y);
    await page.mouse.down();
    await page.evaluate(startInputLatency, {
      event: "pointermove" as const,
      watched: `.react-flow__node[data-id="${card.id}"]`,
    });
    await page.evaluate(startFrames);
    // Playwright waits for each move to be handled, so moves stream as fast as the page takes
    // them (one per frame when it keeps up), like a real pointer with back-pressure.
    const deadline = Date.now() + GESTURE_CAP_MS;
    let moves = 0;
    for (let i = 1; i <= MOVES && Date.now() < deadline; i++, moves++) {
      await page.mouse.move(card.x + dir * i, card.y + dir * i * 0.5);
    }
    const stamps = await page.evaluate(stopFrames);
    const latencies = await page.evaluate(stopInputLatency);
    await page.mouse.up();
    return { stamps, latencies, inputs: moves };
  }

  /** 60 frames zooming in, 60 zooming out, one wheel event per frame, over the pane's middle. */
  private async zoom(): Promise<Gesture> {
    const { page } = this;
    const pane = await page.evaluate(paneBox);
    if (!pane) throw new Error(`no flow pane on ${page.url()}`);
    await page.mouse.move(pane.x, pane.y);
    await page.evaluate(startInputLatency, {
      event: "wheel" as const,
      watched: ".react-flow__viewport",
    });
    await page.evaluate(startFrames);
    const deadline = Date.now() + GESTURE_CAP_MS;
    let events = 0;
    for (let i = 0; i < ZOOM_FRAMES && Date.now() < deadline; i++, events++) {
      await page.mouse.wheel(0, i < ZOOM_FRAMES / 2 ? -WHEEL_DELTA : WHEEL_DELTA);
    }
    const stamps = await page.evaluate(stopFrames);
    const latencies = await page.evaluate(stopInputLatency);
    return { stamps, latencies, inputs: events };
  }

  /** Selects the probe relationship with the mouse and re-rates it with the number keys. */
  private async edit(name: GraphName, presses: number): Promise<EditSample[]> {
    const { page } = this;
    await this.open(this.appUrlOf(name));
    await this.selectProbe();
    await page.evaluate(installEditProbe, GAPS_REGION);
    const strengths = probeStrengths(presses);
    for (const [i, strength] of strengths.entries()) {
      await page.keyboard.press(String(strength));
      await page.waitForFunction((n) => (window.__benchEdit?.samples.length ?? 0) >= n, i + 1, {
        polling: 20,
        timeout: 10_000,
      });
      // Let autosave (250 ms debounce) run between presses, as between a person's keystrokes.
      await sleep(400);
    }
    const samples = (await page.evaluate(() => window.__benchEdit?.samples)) ?? [];
    await sleep(400);
    await this.restore(name);
    return samples;
  }

  private async selectProbe(): Promise<void> {
    const { page } = this;
    // The probe may be out of view (a large map fits only at the minimum zoom, cut at the top):
    // its gap in the Gaps panel brings its people into view, as a facilitator would do.
    await page
      .getByRole("region", { name: "Gaps" })
      .getByRole("button", { name: PROBE_GAP })
      .click();
    await sleep(600);
    const point = await page.evaluate(edgeMidpoint, PROBE_RELATIONSHIP_ID);
    if (point) {
      await page.mouse.click(point.x, point.y);
      await sleep(200);
    }
    let selected = await page.evaluate(selectedEdges);
    if (selected.length !== 1 || selected[0] !== PROBE_RELATIONSHIP_ID) {
      // Another edge was under the pointer: select it the keyboard way (focus, Enter).
      if (selected.length > 0) await page.keyboard.press("Escape");
      const edge = page.locator(`.react-flow__edge[data-id="${PROBE_RELATIONSHIP_ID}"]`);
      await edge.focus();
      await page.keyboard.press("Enter");
      await sleep(200);
      selected = await page.evaluate(selectedEdges);
    }
    if (selected.length !== 1 || selected[0] !== PROBE_RELATIONSHIP_ID) {
      throw new Error(`could not select the probe relationship (selected: ${selected.join(", ")})`);
    }
  }

  private async exportPng(
    name: GraphName,
  ): Promise<{ available: boolean; samples: number[]; sizes: number[] }> {
    const { page } = this;
    await this.open(this.appUrlOf(name));
    const samples: number[] = [];
    const sizes: number[] = [];
    try {
      for (let i = 0; i < EXPORT_PNG.runs; i++) {
        const run = await this.exportOnce();
        if (!run) {
          this.log("export PNG: no export button yet, n/a");
          return { available: false, samples: [], sizes: [] };
        }
        samples.push(run.ms);
        sizes.push(run.bytes);
        // Keep the whole run bounded: a slow export is measured fewer times.
        if (samples.reduce((sum, t) => sum + t, 0) > EXPORT_PNG.budgetMs) break;
      }
    } catch (error) {
      const shot = path.join(this.repoRoot, "test-results", "bench", "export-png-failure.png");
      await page.screenshot({ path: shot }).catch(() => undefined);
      throw error;
    }
    this.log(`export PNG 2x ${name}: median ${round(median(samples))} ms`);
    return { available: true, samples: samples.map((s) => round(s)), sizes };
  }

  /** One export at 2x, from the toolbar to the download; null when there is no export yet. */
  private async exportOnce(): Promise<{ ms: number; bytes: number } | null> {
    const { page } = this;
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

  /**
   * CPU profiles of one run of each browser scenario, app and bare, written as .cpuprofile
   * (open them in Chrome DevTools' Performance panel) with a summary of the top self times.
   */
  async profileAll(
    options: BenchOptions,
    wants: (s: Scenario) => boolean,
    outDir: string,
    browser: Browser,
  ): Promise<void> {
    const dir = path.join(outDir, "profiles");
    mkdirSync(dir, { recursive: true });
    const { page } = this;
    const session = await this.context.newCDPSession(page);
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
      for (const line of summariseProfile(profile, this.resolveSource, 10))
        console.log(`  ${line}`);
    };
    for (const name of options.maps.filter((m) => m !== "workshop")) {
      if (wants("open")) {
        await page.goto("about:blank");
        await record(`open-${name}-app`, () => this.open(this.appUrlOf(name)));
        await page.goto("about:blank");
        await record(`open-${name}-bare`, () => this.open(this.bareUrlOf(name)));
      }
      if (wants("drag")) {
        await this.open(this.appUrlOf(name));
        await record(`drag-${name}-app`, () => this.drag(0));
        await sleep(600);
        await this.restore(name);
        await this.open(this.bareUrlOf(name));
        await record(`drag-${name}-bare`, () => this.drag(0));
      }
      if (wants("zoom")) {
        await this.open(this.appUrlOf(name));
        await record(`zoom-${name}-app`, () => this.zoom());
        await this.open(this.bareUrlOf(name));
        await record(`zoom-${name}-bare`, () => this.zoom());
      }
      if (wants("edit")) {
        await this.open(this.appUrlOf(name));
        await this.selectProbe();
        await page.evaluate(installEditProbe, GAPS_REGION);
        await record(`edit-${name}-app`, async () => {
          for (const [i, s] of probeStrengths(6).entries()) {
            await page.keyboard.press(String(s));
            await page.waitForFunction(
              (n) => (window.__benchEdit?.samples.length ?? 0) >= n,
              i + 1,
            );
            await sleep(400);
          }
        });
        await sleep(400);
        await this.restore(name);
      }
      if (wants("export") && name === "medium") {
        await this.open(this.appUrlOf(name));
        await record(`export-${name}-app`, () => this.exportOnce());
      }
    }
    await session.detach();
    this.log(`profiles and traces written to ${path.relative(this.repoRoot, dir)}`);
  }

  /** Maps a built file URL (app or bare page) to the file on disk, for its source map. */
  private readonly resolveSource = (url: string): string | undefined => {
    for (const [base, root] of [
      [this.appUrl, path.join(this.repoRoot, "test-results", "bench-app")],
      [this.bareUrl, path.join(this.repoRoot, "test-results", "bench-bare")],
    ] as const) {
      if (url.startsWith(base)) return path.join(root, new URL(url).pathname);
    }
    return undefined;
  };
}
