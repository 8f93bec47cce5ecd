/**
 * `npm run bench`: builds
 *   1. the app, with its own vite.config.ts, into test-results/bench-app (not dist/: a test run
 *      rebuilding dist/ meanwhile would change the app under measurement),
 *   2. the bare React Flow baseline page (test/bench/vite.bare.config.ts), and
 *   3. the benchmark runner for Node (test/bench/vite.node.config.ts),
 * then runs it. Arguments are passed on, e.g.
 *   npm run bench -- --quick --maps=medium --only=open,drag --profile
 * See docs/performance.md.
 */
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");
const results = path.join(repoRoot, "test-results");

await build({
  root: repoRoot,
  logLevel: "warn",
  build: { outDir: path.join(results, "bench-app"), emptyOutDir: true },
});
await build({ configFile: path.join(here, "vite.bare.config.ts"), logLevel: "warn" });
await build({ configFile: path.join(here, "vite.node.config.ts"), logLevel: "warn" });

const { main } = await import(pathToFileURL(path.join(results, "bench-node", "bench.mjs")).href);
try {
  await main(repoRoot, process.argv.slice(2));
} catch (error) {
  console.error(
    `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
}
