/**
 * Summaries of V8 CPU profiles (CDP Profiler): self time per function, named through the
 * build's source maps, so a minified `Xe` reads as `toFlow (src/canvas/toFlow.ts:104)`.
 */
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";

export interface CpuProfileNode {
  id: number;
  callFrame: {
    functionName: string;
    url: string;
    lineNumber: number;
    columnNumber: number;
  };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Built file URL to a file on disk (with a `.map` beside it), or undefined. */
export type SourceResolver = (url: string) => string | undefined;

const maps = new Map<string, SourceMap | null>();

function sourceMapFor(file: string): SourceMap | null {
  let map = maps.get(file);
  if (map === undefined) {
    const mapFile = `${file}.map`;
    map = existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, "utf8"))) : null;
    maps.set(file, map);
  }
  return map;
}

function nameOf(node: CpuProfileNode, resolve: SourceResolver): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  if (!url) return functionName || "(anonymous)";
  const file = resolve(url);
  const map = file ? sourceMapFor(file) : null;
  const entry = map?.findEntry(lineNumber, columnNumber) as
    | { originalSource?: string; originalLine?: number; name?: string }
    | undefined;
  if (entry?.originalSource) {
    const shortSource = entry.originalSource
      .replace(/^.*?(node_modules\/|src\/|test\/)/, "$1")
      .replace(/^node_modules\//, "");
    const name = entry.name || functionName || "(anonymous)";
    return `${name} (${shortSource}:${(entry.originalLine ?? 0) + 1})`;
  }
  return `${functionName || "(anonymous)"} (${path.basename(new URL(url).pathname)}:${lineNumber + 1})`;
}

/** Top `count` functions by self time, as printable lines, plus the total. */
export function summariseProfile(
  profile: CpuProfile,
  resolve: SourceResolver,
  count: number,
): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next one.
    const next = deltas[i + 1] ?? 0;
    const id = samples[i] ?? -1;
    self.set(id, (self.get(id) ?? 0) + next / 1000);
  }
  const byName = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, ms] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const name = nameOf(node, resolve);
    if (name === "(idle)") {
      idle += ms;
      continue;
    }
    total += ms;
    byName.set(name, (byName.get(name) ?? 0) + ms);
  }
  const lines = [...byName.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([name, ms]) =>
        `${ms.toFixed(1).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`,
    );
  lines.unshift(`busy ${total.toFixed(0)} ms, idle ${idle.toFixed(0)} ms`);
  return lines;
}

/** Trace event categories, by what the main thread was doing. */
const ACTIVITY: Readonly<Record<string, string>> = {
  FunctionCall: "scripting",
  "v8.callFunction": "scripting",
  "v8.callModuleMethod": "scripting",
  EvaluateScript: "scripting",
  "v8.compile": "scripting",
  "v8.compileModule": "scripting",
  "v8.evaluateModule": "scripting",
  "v8.run": "scripting",
  "V8.Execute": "scripting",
  EventDispatch: "scripting",
  TimerFire: "scripting",
  FireAnimationFrame: "scripting",
  RunMicrotasks: "scripting",
  HandlePostMessage: "scripting",
  FireIdleCallback: "scripting",
  ResizeObserver: "scripting",
  "ResizeObserverController::DeliverObservations": "scripting",
  UpdateLayoutTree: "style",
  RecalculateStyles: "style",
  ParseAuthorStyleSheet: "style",
  Layout: "layout",
  UpdateLayerTree: "layout",
  IntersectionObserverController: "layout",
  HitTest: "layout",
  PrePaint: "paint",
  Paint: "paint",
  Layerize: "paint",
  Commit: "paint",
  PaintImage: "paint",
  UpdateLayer: "paint",
  CompositeLayers: "paint",
  ParseHTML: "loading",
  MinorGC: "gc",
  MajorGC: "gc",
  "V8.GC_SCAVENGER": "gc",
  "V8.GC_MARK_COMPACTOR": "gc",
  "BlinkGC.AtomicPhase": "gc",
};

/** The profiler's own work when --profile records both: not the page's cost. */
const PROFILER_EVENTS = ["CpuProfiler::StartProfiling", "CpuProfiler::StopProfiling"];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * Where the busiest renderer main thread spent its time, from a Chrome performance trace:
 * self time (children subtracted) by activity (scripting, style, layout, paint, gc) and by the
 * top event names. The trace itself opens in Chrome DevTools' Performance panel.
 */
export function summariseTrace(trace: unknown, count: number): string[] {
  const events: TraceEvent[] = Array.isArray(trace)
    ? trace
    : ((trace as { traceEvents?: TraceEvent[] }).traceEvents ?? []);
  const mains = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== "X" || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key)) continue;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  const busiest = [...byThread.values()]
    .map((list) => ({
      list,
      busy: list.reduce((s, e) => s + (e.dur ?? 0), 0),
    }))
    .sort((a, b) => b.busy - a.busy)[0];
  if (!busiest) return ["no renderer main thread in the trace"];
  const list = busiest.list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const selfByName = new Map<string, number>();
  const stack: { end: number; event: TraceEvent; children: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= until) {
      const done = stack.pop();
      if (!done) break;
      const self = (done.event.dur ?? 0) - done.children;
      selfByName.set(done.event.name, (selfByName.get(done.event.name) ?? 0) + self);
      const parent = stack.at(-1);
      if (parent) parent.children += done.event.dur ?? 0;
    }
  };
  for (const event of list) {
    close(event.ts);
    stack.push({ end: event.ts + (event.dur ?? 0), event, children: 0 });
  }
  close(Number.POSITIVE_INFINITY);

  // Time inside a script event's children that are not themselves listed stays "scripting".
  const byActivity = new Map<string, number>();
  let total = 0;
  for (const name of PROFILER_EVENTS) selfByName.delete(name);
  for (const [name, us] of selfByName) {
    const activity = ACTIVITY[name] ?? (name.startsWith("V8.GC") ? "gc" : "other");
    byActivity.set(activity, (byActivity.get(activity) ?? 0) + us);
    total += us;
  }
  const pct = (us: number) => `${((us / total) * 100).toFixed(0)}%`;
  const lines = [
    `main thread busy ${(total / 1000).toFixed(0)} ms: ` +
      [...byActivity.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([activity, us]) => `${activity} ${(us / 1000).toFixed(0)} ms (${pct(us)})`)
        .join(", "),
  ];
  for (const [name, us] of [...selfByName.entries()].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    lines.push(`${(us / 1000).toFixed(1).padStart(8)} ms ${pct(us).padStart(4)}  ${name}`);
  }
  return lines;
}
