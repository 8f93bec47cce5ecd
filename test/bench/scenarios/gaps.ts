/** Gap analysis: analyseMap and findGaps on the 10,000-person generated map, timed in Node. */
import { analyseMap, findGaps } from "../../../src/domain/gaps";
import type { PeerMap } from "../../../src/domain/model";
import { GRAPHS, generateMap } from "../generate";
import { checked, type Log } from "../maps";
import type { Row } from "../report";
import { median, percentile, round } from "../stats";

export function gapsScenario(
  runs: number,
  rows: Row[],
  raw: Record<string, unknown>,
  log: Log,
): void {
  log("gap analysis: generating 10,000 people / 50,000 relationships");
  const huge = checked(generateMap(GRAPHS.gaps10k));
  const gaps = measureGapAnalysis(huge, runs);
  raw.gapAnalysis = gaps;
  for (const [label, value] of [
    ["Gap analysis analyseMap", gaps.analyseMap.median],
    ["Gap analysis findGaps", gaps.findGaps.median],
  ] as const) {
    rows.push({
      scenario: label,
      map: "10k/50k",
      unit: "ms",
      ours: value,
      note: `Node, median of ${runs} runs; fastest ${label.endsWith("analyseMap") ? gaps.analyseMap.min : gaps.findGaps.min} ms`,
      target: { kind: "abs", max: 15, label: "<= 15 ms" },
    });
  }
  log(
    `gap analysis median: analyseMap ${gaps.analyseMap.median} ms, findGaps ${gaps.findGaps.median} ms`,
  );
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
