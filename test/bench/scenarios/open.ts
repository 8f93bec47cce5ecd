import type { OpenProbeState } from "../probes";
import { median, round } from "../stats";
import type { ScenarioRun } from "./scenario";

export async function openScenario(run: ScenarioRun): Promise<void> {
  const { bench, name, options, rows, result } = run;
  const ours: OpenProbeState[] = [];
  const bare: OpenProbeState[] = [];
  // Warm-up: one open each, unmeasured (the first visit after seeding compiles and caches).
  await bench.open(bench.appUrlOf(name));
  await bench.open(bench.bareUrlOf(name));
  for (let i = 0; i < options.opens; i++) {
    ours.push(await bench.open(bench.appUrlOf(name)));
    bare.push(await bench.open(bench.bareUrlOf(name)));
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
  bench.log(`open ${name}: ours ${m(ours)} ms, bare ${m(bare)} ms`);
}
