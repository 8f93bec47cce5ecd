/** Pan/zoom: wheel zooming over the pane, frame times and wheel-to-paint, app against bare. */
import type { BrowserBench } from "../browser-bench";
import type { GraphName } from "../generate";
import {
  GESTURE_CAP_MS,
  type Gesture,
  type GestureStats,
  interleavedGestures,
  roundedGestureStats,
} from "../gestures";
import type { BenchOptions } from "../options";
import { paneBox, startFrames, startInputLatency, stopFrames, stopInputLatency } from "../probes";
import type { Row } from "../report";
import { round } from "../stats";

const ZOOM_FRAMES = 120;
/** Wheel deltaY per frame: React Flow zooms by 2^(0.002 × 20) ≈ 2.8% per event. */
const WHEEL_DELTA = 20;

export async function zoomScenario(
  bench: BrowserBench,
  name: GraphName,
  options: BenchOptions,
  rows: Row[],
  result: Record<string, unknown>,
): Promise<void> {
  const { ours, bare } = await interleavedGestures(bench, name, options.zooms, () => zoom(bench));
  result.zoom = { ours: roundedGestureStats(ours), bare: roundedGestureStats(bare) };
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
  bench.log(`zoom ${name}: p95 ours ${round(ours.p95)} ms, bare ${round(bare.p95)} ms`);
}

/** 60 frames zooming in, 60 zooming out, one wheel event per frame, over the pane's middle. */
export async function zoom(bench: BrowserBench): Promise<Gesture> {
  const { page } = bench;
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
