/** Drag: a card dragged with the mouse, frame times and move-to-paint, app against bare. */
import type { BrowserBench } from "../browser-bench";
import {
  GESTURE_CAP_MS,
  type Gesture,
  interleavedGestures,
  latencyRow,
  roundedGestureStats,
} from "../gestures";
import {
  type CardPick,
  pickCard,
  startFrames,
  startInputLatency,
  stopFrames,
  stopInputLatency,
} from "../probes";
import { round } from "../stats";
import type { ScenarioRun } from "./scenario";

const MOVES = 120;

export async function dragScenario(run: ScenarioRun): Promise<void> {
  const { bench, name, options, rows, result } = run;
  const { ours, bare } = await interleavedGestures(bench, name, options.drags, (i) =>
    drag(bench, i),
  );
  result.drag = { ours: roundedGestureStats(ours), bare: roundedGestureStats(bare) };
  const target =
    name === "medium"
      ? { kind: "ratio" as const, max: 1.2, label: "<= 1.2x bare" }
      : { kind: "ratio" as const, max: 1.0, acceptable: 1.3, label: "<= 1.0x (1.3x) bare" };
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
  rows.push(
    latencyRow("Drag move-to-paint p95", name, ours, bare, {
      name: "move",
      asked: MOVES * options.drags,
    }),
  );
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
