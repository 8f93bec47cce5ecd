/** Recorded gestures (drag, pan/zoom): repeated on the app and the bare page, and summarised. */
import { type BrowserBench, sleep } from "./browser-bench";
import type { GraphName } from "./generate";
import type { Row } from "./report";
import { type FrameStats, frameStats, percentile, round } from "./stats";

/**
 * A gesture stops early after this long (it normally takes 2–6 s): a page that handles each
 * input slowly, or a busy machine, must not stretch the run past its time budget.
 */
export const GESTURE_CAP_MS = 15_000;

/** One recorded gesture: rAF timestamps, and input-to-paint latency per input event. */
export interface Gesture {
  stamps: number[];
  latencies: number[];
  /** Input events sent: fewer than asked when the gesture hit GESTURE_CAP_MS. */
  inputs: number;
}

export interface GestureStats extends FrameStats {
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

/** The stats as written to bench-results.json. */
export const roundedGestureStats = (s: GestureStats) => ({
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

/**
 * `reps` recorded gestures on the app and on the bare page, interleaved (app, bare, app, …) so
 * that a busy moment of the machine hits both alike. Each is on a freshly opened page; after
 * one on the app, the map is put back as generated (a drop moves the card for good).
 */
export async function interleavedGestures(
  bench: BrowserBench,
  name: GraphName,
  reps: number,
  once: (rep: number) => Promise<Gesture>,
): Promise<{ ours: GestureStats; bare: GestureStats }> {
  const ours: Gesture[] = [];
  const bare: Gesture[] = [];
  for (let rep = 0; rep < reps; rep++) {
    await bench.open(bench.appUrlOf(name));
    ours.push(await once(rep));
    await sleep(600);
    await bench.restore(name);
    await bench.open(bench.bareUrlOf(name));
    bare.push(await once(rep));
    await sleep(300);
  }
  return { ours: gestureStats(ours), bare: gestureStats(bare) };
}

/**
 * The input-to-paint row of a gesture scenario ("Drag move-to-paint p95"), with how many frames
 * passed per input and, when the gesture was cut short, how many inputs were sent.
 */
export function latencyRow(
  scenario: string,
  map: GraphName,
  ours: GestureStats,
  bare: GestureStats,
  input: { name: string; asked: number },
): Row {
  const perInput = (s: GestureStats) => round(s.frames / s.inputs, 2);
  const cut = ours.inputs < input.asked ? ` (only ${ours.inputs} ${input.name}s in time)` : "";
  return {
    scenario,
    map,
    unit: "ms",
    ours: round(ours.latencyP95),
    bare: round(bare.latencyP95),
    note:
      `p50 ${round(ours.latencyP50)} vs ${round(bare.latencyP50)} ms; ` +
      `${perInput(ours)} vs ${perInput(bare)} frames per ${input.name}${cut}`,
  };
}
