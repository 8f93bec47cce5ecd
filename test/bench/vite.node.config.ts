/**
 * Bundles the benchmark runner (test/bench/main.ts) for Node, with the app's domain code
 * (src/domain, src/persistence/rows) inlined: Node cannot import the app's TypeScript as is.
 * Packages (Playwright, Vite, zod) stay external and load from node_modules. Not minified, so
 * the functions handed to page.evaluate reach the browser as written.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));
export const NODE_OUT_DIR = path.resolve(here, "../../test-results/bench-node");

export default defineConfig({
  root: path.resolve(here, "../.."),
  logLevel: "warn",
  build: {
    ssr: path.join(here, "main.ts"),
    target: "node20",
    outDir: NODE_OUT_DIR,
    emptyOutDir: true,
    minify: false,
    copyPublicDir: false,
    sourcemap: true,
    rolldownOptions: { output: { entryFileNames: "bench.mjs" } },
  },
});
