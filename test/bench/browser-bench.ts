/**
 * The page every browser scenario drives: one Chromium page that opens the app and the bare
 * baseline side by side, with the maps seeded into the app's IndexedDB and put back after a
 * scenario changed them.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import type { PeerMap } from "../../src/domain/model";
import { DEFAULT_DB_NAME, SCHEMA_VERSIONS } from "../../src/persistence/db";
import { toMapRow, toPersonRow, toRelationshipRow } from "../../src/persistence/rows";
import { type GraphName, mapIdOf } from "./generate";
import { boxesOf, type Log } from "./maps";
import { type Box, installOpenProbe, type OpenProbeState } from "./probes";
import { writeRows } from "./storage";

export const VIEWPORT = { width: 1280, height: 800 };
const OPEN_TIMEOUT_MS = 60_000;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class BrowserBench {
  private paneSize = { w: 0, h: 0 };
  private readonly issues: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly appUrl: string,
    readonly bareUrl: string,
    private readonly maps: Map<GraphName, PeerMap>,
    readonly log: Log,
    readonly repoRoot: string,
  ) {
    page.on("pageerror", (error) => this.issues.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") this.issues.push(`console error: ${message.text()}`);
    });
  }

  static async start(
    browser: Browser,
    appUrl: string,
    bareUrl: string,
    maps: Map<GraphName, PeerMap>,
    log: Log,
    repoRoot: string,
  ): Promise<BrowserBench> {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      acceptDownloads: true,
      // The figures are the app's own: no precaching in the background, as before the PWA.
      serviceWorkers: "block",
    });
    const boxes: Record<string, Box[]> = {};
    for (const [name, map] of maps) {
      const b = boxesOf(map);
      boxes[map.id] = b;
      boxes[name] = b;
    }
    await context.addInitScript(installOpenProbe, { boxes, timeoutMs: OPEN_TIMEOUT_MS });
    const page = await context.newPage();
    const bench = new BrowserBench(context, page, appUrl, bareUrl, maps, log, repoRoot);
    await bench.seed();
    return bench;
  }

  async close(): Promise<void> {
    if (this.issues.length > 0) {
      console.warn(`[bench] the pages reported ${this.issues.length} error(s):`);
      for (const issue of [...new Set(this.issues)].slice(0, 10)) console.warn(`  - ${issue}`);
    }
    await this.context.close();
  }

  /** First visit (caches the app's JS), then the maps go straight into the app's IndexedDB. */
  private async seed(): Promise<void> {
    const { page } = this;
    await page.goto(this.appUrl);
    await page.waitForFunction(
      async (name) => (await indexedDB.databases()).some((db) => db.name === name),
      DEFAULT_DB_NAME,
      { polling: 100, timeout: 15_000 },
    );
    await this.write([...this.maps.values()]);
    this.log(`seeded ${this.maps.size} map(s) into IndexedDB`);
  }

  /** Writes maps as stored rows; the page must be on the app's origin. */
  private async write(maps: PeerMap[]): Promise<void> {
    const stores = Object.keys(SCHEMA_VERSIONS.at(-1)?.stores ?? {});
    const payload = maps.map((map) => ({
      header: toMapRow(map),
      people: map.people.map((p) => toPersonRow(map.id, p)),
      relationships: map.relationships.map((r) => toRelationshipRow(map.id, r)),
    }));
    await this.page.evaluate(writeRows, { dbName: DEFAULT_DB_NAME, stores, maps: payload });
  }

  /** Puts a map back as generated, after a scenario changed it (autosave has run by then). */
  async restore(name: GraphName): Promise<void> {
    const map = this.maps.get(name);
    if (map) await this.write([map]);
  }

  appUrlOf(name: GraphName): string {
    return `${this.appUrl}#/map/${encodeURIComponent(mapIdOf(name))}`;
  }

  /** The bare page sized like the app's canvas pane, as the first open of the app measured it. */
  bareUrlOf(name: GraphName): string {
    const { w, h } = this.paneSize;
    return `${this.bareUrl}?graph=${name}&w=${Math.round(w)}&h=${Math.round(h)}`;
  }

  /** A full navigation (from about:blank, JS cached) until every node in view is drawn. */
  async open(url: string): Promise<OpenProbeState> {
    const { page } = this;
    await page.goto("about:blank");
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(
      () => window.__benchOpen?.painted != null || window.__benchOpen?.timedOut === true,
      null,
      { polling: 50, timeout: OPEN_TIMEOUT_MS + 5_000 },
    );
    const state = await page.evaluate(() => window.__benchOpen);
    if (!state || state.timedOut || state.painted === null) {
      throw new Error(`${url} did not finish rendering within ${OPEN_TIMEOUT_MS / 1000}s`);
    }
    if (this.paneSize.w === 0) this.paneSize = { w: state.paneWidth, h: state.paneHeight };
    await sleep(300);
    return state;
  }
}
