/**
 * Runs once, in the Playwright runner process, before any worker starts:
 *   1. launches the resolved Chromium once and prints its path and version,
 *   2. serves the production build (dist/) with `vite preview` on a free 127.0.0.1 port,
 *   3. exports the URL to the workers (see fixtures.ts), and
 *   4. returns the teardown that stops the server.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { startPreview } from "../support/preview";
import {
  CHROMIUM_ARGS,
  ChromiumNotFoundError,
  playwrightFfmpegAvailable,
  resolveChromium,
} from "./browser";
import { BASE_URL_ENV, REPO_ROOT } from "./env";

export default async function globalSetup(): Promise<() => Promise<void>> {
  await reportBrowser();

  const { server, url } = await startPreview({ root: REPO_ROOT });
  const outDir = path.resolve(server.config.root, server.config.build.outDir);
  if (!existsSync(path.join(outDir, "index.html"))) {
    await server.close();
    throw new Error(
      `No production build in ${path.relative(REPO_ROOT, outDir) || outDir}/. ` +
        "Run `npm run test:e2e` (it builds first) or `npx vite build`.",
    );
  }
  process.env[BASE_URL_ENV] = url;
  console.log(`[e2e] Serving the production build with vite preview at ${url}`);

  return async () => {
    await server.close();
  };
}

async function reportBrowser(): Promise<void> {
  const resolved = resolveChromium();
  if (!resolved.ok) throw new ChromiumNotFoundError(resolved.message);
  let version: string;
  try {
    const browser = await chromium.launch({
      executablePath: resolved.path,
      args: [...CHROMIUM_ARGS],
      headless: true,
    });
    version = browser.version();
    await browser.close();
  } catch (error) {
    throw new Error(
      `Chromium at ${resolved.path} (from ${resolved.source}) failed to launch: ${String(error)}`,
    );
  }
  const video = playwrightFfmpegAvailable() ? "on failure" : "off (no Playwright ffmpeg)";
  console.log(
    `[e2e] Chromium ${version} at ${resolved.path} (from ${resolved.source}); video: ${video}`,
  );
}

/** vite preview on a port the OS reports free; retried if another process grabs it first. */
