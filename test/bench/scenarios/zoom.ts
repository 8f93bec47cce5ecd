/** Pan/zoom: wheel zooming over the pane, frame times and wheel-to-paint, app against bare. */
import { type BrowserBench, sleep } from "../browser-bench";
import {
  GESTURE_CAP_MS,
  type Gesture,
  interleavedGestures,
  latencyRow,
  roundedGestureStats,
} from "../gestures";
import { paneBox, startFrames, startInputLatency, stopFrames, stopInputLatency } from "../probes";
import { round } from "../stats";
import type { ScenarioRun } from "./scenario";

const ZOOM_FRAMES = 120;
/** Wheel deltaY per frame: React Flow zooms by 2^(0.002 × 20) ≈ 2.8% per event. */
const WHEEL_DELTA = 20;

export async function zoomScenario(run: ScenarioRun): Promise<void> {
  const { bench, name, options, rows, result } = run;
  const { ours, bare } = await interleavedGestures(bench, name, options.zooms, () => zoom(bench));
  result.zoom = { ours: roundedGestureStats(ours), bare: roundedGestureStats(bare) };
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
  rows.push(
    latencyRow("Pan/zoom wheel-to-paint p95", name, ours, bare, {
      name: "event",
      asked: ZOOM_FRAMES * options.zooms,
    }),
  );
  bench.log(`zoom ${name}: p95 ours ${round(ours.p95)} ms, bare ${round(bare.p95)} ms`);

  // The app changes its level of detail once the view rests (a gesture in and back out ends
  // where it began, so that work never shows above): zoom in across a level, stop, and time
  // the frames until everything is drawn at the new zoom.
  const settle = await interleavedGestures(bench, name, options.zooms, () => zoomInAndRest(bench));
  result.zoomSettle = {
    ours: roundedGestureStats(settle.ours),
    bare: roundedGestureStats(settle.bare),
  };
  rows.push({
    scenario: "Zoom in, then rest: longest frame",
    map: name,
    unit: "ms",
    ours: round(settle.ours.max),
    bare: round(settle.bare.max),
    note: `${SETTLE_MS} ms from the last wheel event; p95 ${round(settle.ours.p95)} vs ${round(settle.bare.p95)} ms`,
  });
}

/** Puts the mouse over the middle of the flow pane, where the wheel events go. */
async function pointAtPane({ page }: BrowserBench): Promise<void> {
  const pane = await page.evaluate(paneBox);
  if (!pane) throw new Error(`no flow pane on ${page.url()}`);
  await page.mouse.move(pane.x, pane.y);
}

/** Frames recorded after the last wheel event of zoomInAndRest. */
const SETTLE_MS = 1500;

/**
 * 60 wheel events zooming in (×5.2, across the level where names appear on the generated maps),
 * then the frames of the next SETTLE_MS, while nothing moves.
 */
export async function zoomInAndRest(bench: BrowserBench): Promise<Gesture> {
  const { page } = bench;
  await pointAtPane(bench);
  for (let i = 0; i < ZOOM_FRAMES / 2; i++) await page.mouse.wheel(0, -WHEEL_DELTA);
  const start = await page.evaluate(() => performance.now());
  await page.evaluate(startFrames);
  await sleep(SETTLE_MS);
  const end = await page.evaluate(() => performance.now());
  const stamps = await page.evaluate(stopFrames);
  // The window's ends count as frame edges: a frame still unpainted when it closes (one took
  // the whole window on the huge map) shows as at least that long, not as no frame at all.
  return { stamps: [start, ...stamps, end], latencies: [], inputs: 1 };
}

/** 60 frames zooming in, 60 zooming out, one wheel event per frame, over the pane's middle. */
export async function zoom(bench: BrowserBench): Promise<Gesture> {
  const { page } = bench;
  await pointAtPane(bench);
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
