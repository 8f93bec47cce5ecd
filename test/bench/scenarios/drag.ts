/** Drag: a card dragged with the mouse, frame times and move-to-paint, app against bare. */
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
import {
  type CardPick,
  pickCard,
  startFrames,
  startInputLatency,
  stopFrames,
  stopInputLatency,
} from "../probes";
import type { Row } from "../report";
import { round } from "../stats";

const MOVES = 120;

export async function dragScenario(
  bench: BrowserBench,
  name: GraphName,
  options: BenchOptions,
  rows: Row[],
  result: Record<string, unknown>,
): Promise<void> {
  const { ours, bare } = await interleavedGestures(bench, name, options.drags, (i) =>
    drag(bench, i),
  );
  result.drag = { ours: roundedGestureStats(ours), bare: roundedGestureStats(bare) };
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
  bench.log(`drag ${name}: p95 ours ${round(ours.p95)} ms, bare ${round(bare.p95)} ms`);
}

/** Drags the card nearest the middle 120 px right and 60 px down (back on odd reps). */
export async function drag(bench: BrowserBench, rep: number): Promise<Gesture> {
  const { page } = bench;
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
