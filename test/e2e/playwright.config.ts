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

  // A busy 2-core machine can run a test several times slower than a quiet one: CI gets room
  // per test, and the whole run stops well inside CI's 90-minute limit (about 4 min when quiet).
  timeout: isCI ? 60_000 : 30_000,
  expect: { timeout: isCI ? 10_000 : 5_000 },
  globalTimeout: isCI ? 40 * 60_000 : 0,

  use: {
    browserName: "chromium",
    headless: true,
    launchOptions: {
      executablePath: chromium.path,
      args: [...CHROMIUM_ARGS],
    },
    viewport: { width: 1280, height: 800 },
    // The app's service worker would precache the whole build in the background of every test
    // and could answer from its cache; only the offline spec turns it on (app-offline.spec.ts).
    serviceWorkers: "block",
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    screenshot: "only-on-failure",
    // Recording a trace for every test made the suite about 40% slower; a failing test is
    // retried in CI, and that retry records one. Locally: `npx playwright test --trace on`.
    trace: "on-first-retry",
    video: playwrightFfmpegAvailable() ? "retain-on-failure" : "off",
  },
});
