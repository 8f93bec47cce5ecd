/**
 * The bare React Flow baseline page (test/bench/bare), built outside dist/ so the app never
 * ships it. Same React plugin and target as the app's build.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));
export const BARE_OUT_DIR = path.resolve(here, "../../test-results/bench-bare");

export default defineConfig({
  root: path.join(here, "bare"),
  base: "./",
  plugins: [react()],
  logLevel: "warn",
  build: {
    target: "es2022",
    outDir: BARE_OUT_DIR,
    emptyOutDir: true,
    // Outside dist/ and never shipped: maps let a profile name the functions that cost time.
    sourcemap: true,
  },
});
