import type { BrowserBench } from "../browser-bench";
import type { GraphName } from "../generate";
import type { BenchOptions } from "../options";
import type { Row } from "../report";

/** What a browser scenario runs against, and where it writes: table rows and raw results. */
export interface ScenarioRun {
  bench: BrowserBench;
  name: GraphName;
  options: BenchOptions;
  rows: Row[];
  /** This map's entry in bench-results.json. */
  result: Record<string, unknown>;
}
