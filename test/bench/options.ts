/** The bench's command line: how many repetitions, which maps and which scenarios. */
import path from "node:path";
import { GRAPHS, type GraphName } from "./generate";

export interface BenchOptions {
  /** Measured opens per map and page (after one warm-up). */
  opens: number;
  /** Drag gestures per map and page (120 moves each). */
  drags: number;
  /** Zoom gestures per map and page (120 wheel frames each). */
  zooms: number;
  /** Key presses per map in the edit scenario. */
  presses: number;
  /** Key presses in a row in the edit-run scenario (large map). */
  runPresses: number;
  /** Timed runs of the gap analysis (after warm-up). */
  gapRuns: number;
  maps: GraphName[];
  only: Set<Scenario> | null;
  /** Also record CPU profiles (a separate pass; does not change the figures). */
  profile: boolean;
  out: string;
}

export type Scenario =
  | "bundle"
  | "gaps"
  | "open"
  | "edit"
  | "editrun"
  | "drag"
  | "zoom"
  | "export"
  | "find"
  | "snapshot"
  | "compare";
const SCENARIOS: readonly Scenario[] = [
  "bundle",
  "gaps",
  "open",
  "edit",
  "editrun",
  "drag",
  "zoom",
  "export",
  "find",
  "snapshot",
  "compare",
];

/** Whether a scenario is to run: all of them unless --only names some. */
export type WantsScenario = (scenario: Scenario) => boolean;

export function parseOptions(argv: readonly string[], repoRoot: string): BenchOptions {
  const get = (name: string): string | undefined =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const quick = argv.includes("--quick");
  const int = (name: string, fallback: number) => {
    const value = Number(get(name));
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  const maps = (get("maps")?.split(",") ?? ["workshop", "medium", "large"]).filter(
    (m): m is GraphName => m in GRAPHS && m !== "gaps10k",
  );
  const only = get("only")
    ?.split(",")
    .filter((s): s is Scenario => (SCENARIOS as readonly string[]).includes(s));
  return {
    opens: int("opens", quick ? 2 : 5),
    drags: int("drags", quick ? 1 : 3),
    zooms: int("zooms", quick ? 1 : 2),
    presses: int("presses", quick ? 6 : 20),
    runPresses: int("run-presses", quick ? 100 : 500),
    gapRuns: int("gap-runs", 20),
    maps,
    only: only ? new Set(only) : null,
    profile: argv.includes("--profile"),
    out: path.resolve(repoRoot, get("out") ?? "bench-results.json"),
  };
}

export const wantsOf =
  (options: BenchOptions): WantsScenario =>
  (scenario) =>
    options.only === null || options.only.has(scenario);
