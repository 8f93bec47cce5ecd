/**
 * End-to-end tests: the production build (`vite build`, run by `npm run test:e2e`), served by
 * `vite preview` on a free loopback port (global-setup.ts), driven by headless Chromium.
 */
import path from "node:path";
import { defineConfig } from "@playwright/test";
import {
  CHROMIUM_ARGS,
  ChromiumNotFoundError,
  playwrightFfmpegAvailable,
  resolveChromium,
} from "./browser";
import { REPO_ROOT } from "./env";

const chromium = resolveChromium();
if (!chromium.ok) {
  // Thrown at config load, so the run stops before anything else, with just this message.
  throw new ChromiumNotFoundError(chromium.message);
}

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  // Failure artefacts (screenshots, traces, videos). A subfolder, because Playwright empties
  // its output directory on every run and test-results/ also holds unit-test coverage.
  outputDir: path.join(REPO_ROOT, "test-results", "e2e"),
  globalSetup: "./global-setup.ts",

  fullyParallel: true,
  workers: 2,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  reporter: "list",

  timeout: 30_000,
  expect: { timeout: 5_000 },
  globalTimeout: isCI ? 10 * 60_000 : 0,

  use: {
    browserName: "chromium",
    headless: true,
    launchOptions: {
      executablePath: chromium.path,
      args: [...CHROMIUM_ARGS],
    },
    viewport: { width: 1280, height: 800 },
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    video: playwrightFfmpegAvailable() ? "retain-on-failure" : "off",
  },
});
