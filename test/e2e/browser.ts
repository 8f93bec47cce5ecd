/**
 * Which Chromium the end-to-end tests drive, and how it is launched.
 *
 * Playwright's own browser download is not assumed to work (offline CI, locked-down
 * machines), so the executable is resolved in this order:
 *   1. $CHROMIUM_PATH (must exist if set),
 *   2. /usr/bin/chromium (Debian/Ubuntu package),
 *   3. Playwright's own Chromium, if `npx playwright install chromium` has been run.
 *
 * Shared by playwright.config.ts (launch options, in every process) and global-setup.ts
 * (one launch to validate the browser and print its version).
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { inspect } from "node:util";
import { chromium } from "@playwright/test";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export type ChromiumSource = "CHROMIUM_PATH" | "system" | "playwright";

export type ChromiumResolution =
  | { ok: true; path: string; source: ChromiumSource }
  | { ok: false; message: string };

const HOW_TO_GET_ONE = [
  "Get one of these:",
  "  - Debian/Ubuntu:  sudo apt-get install chromium",
  "  - any OS:         npx playwright install chromium",
  "  - or point CHROMIUM_PATH at an existing Chromium/Chrome executable.",
].join("\n");

export function resolveChromium(env: NodeJS.ProcessEnv = process.env): ChromiumResolution {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (existsSync(fromEnv)) return { ok: true, path: fromEnv, source: "CHROMIUM_PATH" };
    return {
      ok: false,
      message: `CHROMIUM_PATH is set to "${fromEnv}", but no file exists there.\n${HOW_TO_GET_ONE}`,
    };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { ok: true, path: SYSTEM_CHROMIUM, source: "system" };
  const bundled = playwrightChromiumPath();
  if (bundled && existsSync(bundled)) return { ok: true, path: bundled, source: "playwright" };
  return {
    ok: false,
    message: [
      "No Chromium found for the end-to-end tests.",
      `Looked at: $CHROMIUM_PATH (unset), ${SYSTEM_CHROMIUM}, Playwright's browser (${bundled ?? "unknown path"}).`,
      HOW_TO_GET_ONE,
    ].join("\n"),
  };
}

/**
 * Thrown when no usable Chromium is found. Prints as its bare message (Playwright logs
 * config-load errors with console.error), without a stack trace that would bury the fix.
 */
export class ChromiumNotFoundError extends Error {
  override name = "ChromiumNotFoundError";

  [inspect.custom](): string {
    return this.message;
  }
}

function playwrightChromiumPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * Video recording needs Playwright's own ffmpeg build (downloaded by `npx playwright install`),
 * which a system-Chromium setup does not have. Without it, recording would break every test,
 * so videos are only enabled when it is present. Uses Playwright's internal registry
 * defensively: any surprise means "not available".
 */
export function playwrightFfmpegAvailable(): boolean {
  try {
    const require = createRequire(import.meta.url);
    const core = require("playwright-core/lib/coreBundle") as {
      registry?: {
        registry?: { findExecutable(name: string): { executablePath(): string | undefined } };
      };
    };
    const ffmpeg = core.registry?.registry?.findExecutable("ffmpeg").executablePath();
    return typeof ffmpeg === "string" && existsSync(ffmpeg);
  } catch {
    return false;
  }
}
