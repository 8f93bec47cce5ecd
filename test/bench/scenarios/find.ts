/**
 * Find: keystroke to painted results. Opens the find box (Ctrl+K) on the map and types names
 * letter by letter, then takes them back with Backspace; each key is timed from its keydown to
 * the first paint after the results list showed that query (the list carries the query it
 * shows, so a key whose results look the same still counts once they are up to date).
 */
import type { BrowserBench } from "../browser-bench";
import type { GraphName } from "../generate";
import { median, percentile, round } from "../stats";
import type { ScenarioRun } from "./scenario";

/** Letters typed, then erased: first names and surnames the generated maps use. */
const QUERIES = ["priya pat", "omar haddad", "rosa"];

interface FindSample {
  dom: number;
  paint: number;
}

declare global {
  interface Window {
    __benchFind?: { samples: FindSample[] };
  }
}

export async function findScenario(run: ScenarioRun): Promise<void> {
  const { bench, name, rows, result } = run;
  const samples = await typeQueries(bench, name);
  const paint = samples.map((s) => s.paint);
  result.find = { samples };
  rows.push({
    scenario: "Find: keystroke to painted results",
    map: name,
    unit: "ms",
    ours: round(median(paint)),
    note: `median over ${samples.length} keys; DOM updated ${round(median(samples.map((s) => s.dom)))} ms; p95 ${round(percentile(paint, 95))} ms`,
    target: { kind: "abs", max: 33, label: "<= 33 ms" },
  });
  bench.log(`find ${name}: median ${round(median(paint))} ms to paint (${samples.length} keys)`);
}

async function typeQueries(bench: BrowserBench, name: GraphName): Promise<FindSample[]> {
  const { page } = bench;
  await bench.open(bench.appUrlOf(name));
  await page.keyboard.press("Control+k");
  await page.locator(".find-input").waitFor();
  await page.evaluate(installFindProbe);
  let keys = 0;
  for (const query of QUERIES) {
    const strokes = [...query, ...Array.from(query, () => "Backspace")];
    for (const key of strokes) {
      await page.keyboard.press(key === " " ? "Space" : key);
      keys += 1;
      await page.waitForFunction((n) => (window.__benchFind?.samples.length ?? 0) >= n, keys, {
        polling: 10,
        timeout: 10_000,
      });
    }
  }
  const samples = (await page.evaluate(() => window.__benchFind?.samples)) ?? [];
  await page.keyboard.press("Escape");
  return samples;
}

/** In the page: times each key in the find box to the paint after its results are shown. */
function installFindProbe(): void {
  const probe = { samples: [] as FindSample[] };
  window.__benchFind = probe;
  const input = document.querySelector<HTMLInputElement>(".find-input");
  const list = document.querySelector(".find-results");
  if (!input || !list) throw new Error("the find box is not open");
  let pending: { t0: number; done: boolean } | null = null;
  input.addEventListener("keydown", (event) => {
    pending = { t0: event.timeStamp, done: false };
  });
  new MutationObserver(() => {
    const current = pending;
    if (!current || current.done) return;
    // Up to date once the list says it shows what the box now holds.
    if (list.getAttribute("data-query") !== input.value) return;
    current.done = true;
    const dom = performance.now() - current.t0;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.samples.push({ dom, paint: performance.now() - current.t0 });
        channel.port1.close();
      };
      channel.port2.postMessage(0);
    });
  }).observe(list, { subtree: true, childList: true, characterData: true, attributes: true });
}
