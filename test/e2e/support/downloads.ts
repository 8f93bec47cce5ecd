/**
 * Exports as the user makes them (toolbar buttons) and the files they download, plus a watch
 * on network requests: an export must not leave the browser.
 */
import { readFile } from "node:fs/promises";
import {
  type BrowserContext,
  type Download,
  expect,
  type Locator,
  type Page,
} from "@playwright/test";
import { toolbar } from "./editor";
import type { MapFileJson } from "./map-files";

export interface Downloaded {
  filename: string;
  bytes: Buffer;
  text: string;
}

export async function readDownload(download: Download): Promise<Downloaded> {
  const file = await download.path();
  const bytes = await readFile(file);
  return { filename: download.suggestedFilename(), bytes, text: bytes.toString("utf8") };
}

/** Runs `action` and returns the file it made the browser download. */
export async function downloadOf(
  page: Page,
  action: () => Promise<unknown>,
  timeout = 10_000,
): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout }), action()]);
  expect(await download.failure()).toBeNull();
  return readDownload(download);
}

export const toolbarButton = (page: Page, name: string): Locator =>
  toolbar(page).getByRole("button", { name, exact: true });

/** "Export JSON" from the toolbar, parsed. */
export async function exportJson(page: Page): Promise<{ file: Downloaded; json: MapFileJson }> {
  const file = await downloadOf(page, () => toolbarButton(page, "Export JSON").click());
  return { file, json: JSON.parse(file.text) as MapFileJson };
}

/** Today's date in the browser's calendar, as the export file names write it. */
export async function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

/**
 * Watches every request any page of the context makes; `outgoing()` lists those that would
 * leave the page for the network (http, https, ws), i.e. anything but blob: and data: URLs.
 */
export function watchRequests(context: BrowserContext): { outgoing: () => string[] } {
  const urls: string[] = [];
  context.on("request", (request) => urls.push(request.url()));
  return { outgoing: () => urls.filter((url) => /^(https?|wss?):/i.test(url)) };
}
