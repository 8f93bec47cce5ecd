/**
 * Helpers for the storage and home-screen end-to-end specs (storage-*.spec.ts, home-*.spec.ts):
 * the home screen's map cards, the save indicator and storage banner, what IndexedDB really
 * holds (read with the raw IndexedDB API, never through the app), and ways to make IndexedDB
 * fail. The editor helpers (cards, roster, gestures) live in support/editor.ts and are reused.
 */
import { type BrowserContext, expect, type Locator, type Page } from "@playwright/test";
import { addPeopleByForm, connectCards, openNewMap } from "./support/editor";

/** The app's IndexedDB database name (src/persistence/db.ts). */
export const DB_NAME = "peermap";

/** "this browser may clear your maps" is shown once per browser; mark it as already shown. */
const PERSIST_NOTICE_KEY = "peermap.persistNoticeShown";

/**
 * Mark the once-per-browser storage notice as shown in every page of the context (its strip
 * pushes the screen down until dismissed, and every Playwright context is a brand-new browser
 * profile).
 */
export async function skipPersistNotice(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => {
    try {
      localStorage.setItem(key, "e2e");
    } catch {
      // Storage blocked: the notice then shows, which no test depends on.
    }
  }, PERSIST_NOTICE_KEY);
}

/**
 * Close the tab at once, as a user does, running its unload handlers, and wait until it is
 * gone. Playwright's close does not wait when unload handlers run; a route added to the context
 * while the tab is still closing can then fail with "Target page, context or browser has been
 * closed" (CI saw it once).
 */
export async function closeTabAtOnce(page: Page): Promise<void> {
  const closed = page.waitForEvent("close");
  await page.close({ runBeforeUnload: true });
  await closed;
}

/** A page of the app's origin that does not run the app (served by a route of the context). */
export const BLANK_PATH = "/e2e-blank.html";

/**
 * Leave the app for a plain same-origin page (so IndexedDB can still be read from it), the
 * way a user follows a link elsewhere.
 */
export async function gotoBlankPage(page: Page): Promise<void> {
  await page.context().route(`**${BLANK_PATH}`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: '<!doctype html><html><head><title>Elsewhere</title><link rel="icon" href="data:,"></head><body>Elsewhere</body></html>',
    }),
  );
  await page.goto(BLANK_PATH);
  await expect(page).toHaveTitle("Elsewhere");
}

// --- Editor chrome -------------------------------------------------------------------------

/** "Saved", "Saving…" or "Not saved: <reason>" in the editor's toolbar. */
export const saveStatus = (page: Page): Locator => page.locator("header.toolbar .save-status");

/** Wait until everything edited so far is stored. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText("Saved");
}

/**
 * From now on, keep every text the save indicator shows (each change, in order), so a test
 * can check what it said in between, e.g. that it never flashed "Saving…" or "Not saved".
 * The editor must be open.
 */
export async function recordSaveStatus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const status = document.querySelector("header.toolbar .save-status");
    if (!status?.parentElement) throw new Error("No save indicator on this page.");
    const seen: string[] = [status.textContent ?? ""];
    (window as unknown as { __peermapSaveTexts: string[] }).__peermapSaveTexts = seen;
    new MutationObserver(() => {
      const text = document.querySelector("header.toolbar .save-status")?.textContent ?? "";
      if (seen.at(-1) !== text) seen.push(text);
    }).observe(status.parentElement, { subtree: true, childList: true, characterData: true });
  });
}

/** The texts recordSaveStatus has seen so far. */
export function recordedSaveStatus(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { __peermapSaveTexts: string[] }).__peermapSaveTexts,
  );
}

/** The banner on top of every screen saying the work is not kept (or the tab is outdated). */
export const storageBanner = (page: Page): Locator => page.locator(".app > .banner");

/** The id in `#/map/<id>`. */
export function mapIdOf(page: Page): string {
  const match = /#\/map\/([^/?#]+)$/.exec(page.url());
  if (!match?.[1]) throw new Error(`Not on a map page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** The toolbar's link back to the home screen. */
export const allMapsLink = (page: Page): Locator =>
  page.locator("header.toolbar").getByRole("link", { name: "All maps" });

// --- Home screen ---------------------------------------------------------------------------

/** Every map card on the home screen, in the order shown. */
export const mapCards = (page: Page): Locator => page.locator("li.map-card");

/** The card of the map with exactly this name. */
export const mapCard = (page: Page, name: string): Locator =>
  mapCards(page).filter({
    has: page.locator(".map-card-name").getByRole("link", { name, exact: true }),
  });

/** The names of the listed maps, in order. */
export const mapCardNames = (page: Page): Locator => mapCards(page).locator(".map-card-name");

/** One figure of a map card ("Coverage", "People", "Relationships", "Last edited"). */
export const cardStat = (card: Locator, label: string): Locator =>
  card
    .locator(".map-card-stats > div")
    .filter({ has: card.page().locator("dt").getByText(label, { exact: true }) })
    .locator("dd");

/** The "A and B" organisations line of a card. */
export const cardOrgs = (card: Locator): Locator => card.locator(".map-card-orgs");

/** Go to the home screen of this page's app. */
export async function goHome(page: Page): Promise<void> {
  await page.goto("/#/");
  await expect(page.getByRole("heading", { name: "Your maps" })).toBeVisible();
}

/** The bottom-of-screen toasts. */
export const toastList = (page: Page): Locator => page.locator(".toasts .toast");

// --- What IndexedDB holds ------------------------------------------------------------------

export interface StoredRecord {
  id: string;
  name?: string;
  [key: string]: unknown;
}

export interface StoredMap {
  header: { id: string; name: string; peopleCount: number; relationshipCount: number } & Record<
    string,
    unknown
  >;
  people: StoredRecord[];
  relationships: StoredRecord[];
}

/**
 * One map as IndexedDB holds it right now, read with the plain IndexedDB API from the page
 * (opened at its current version, so this never upgrades or blocks anything); null when the
 * database or the map is not there.
 */
export function readStoredMap(page: Page, mapId: string): Promise<StoredMap | null> {
  return page.evaluate(
    ({ dbName, id }) =>
      new Promise<StoredMap | null>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onerror = () => reject(request.error);
        request.onupgradeneeded = () => {
          // No database yet: do not create one, just say nothing is stored.
          request.transaction?.abort();
        };
        request.onsuccess = () => {
          const db = request.result;
          const names = ["maps", "people", "relationships"];
          if (!names.every((n) => db.objectStoreNames.contains(n))) {
            db.close();
            resolve(null);
            return;
          }
          const tx = db.transaction(names, "readonly");
          const header = tx.objectStore("maps").get(id);
          const people = tx.objectStore("people").index("mapId").getAll(id);
          const relationships = tx.objectStore("relationships").index("mapId").getAll(id);
          tx.oncomplete = () => {
            db.close();
            resolve(
              header.result
                ? {
                    header: header.result,
                    people: people.result,
                    relationships: relationships.result,
                  }
                : null,
            );
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
        };
      }),
    { dbName: DB_NAME, id: mapId },
  );
}

/** The names of the people stored for a map, sorted (empty when the map is not stored). */
export async function storedPeopleNames(page: Page, mapId: string): Promise<string[]> {
  const stored = await readStoredMap(page, mapId);
  return (stored?.people ?? []).map((p) => String(p.name)).sort();
}

/** The database's current IndexedDB version (Dexie stores its version × 10), or 0 when none. */
export function storedDbVersion(page: Page): Promise<number> {
  return page.evaluate(async (dbName) => {
    const all = await indexedDB.databases();
    return all.find((db) => db.name === dbName)?.version ?? 0;
  }, DB_NAME);
}

// --- Making IndexedDB fail -----------------------------------------------------------------

/**
 * From the next navigation on, every `put`/`add` on an IndexedDB object store throws a
 * DOMException named `errorName` while `window.__peermapFailWrites` is true. `failFromStart`
 * sets the switch before the app runs; `setWriteFailure` flips it later.
 */
export async function injectWriteFailures(
  page: Page,
  options: { errorName?: string; failFromStart?: boolean } = {},
): Promise<void> {
  await page.addInitScript(
    ({ errorName, failFromStart }) => {
      const w = window as unknown as {
        __peermapFailWrites: boolean;
        __peermapFailedWrites: number;
      };
      w.__peermapFailWrites = failFromStart;
      w.__peermapFailedWrites = 0;
      const message =
        errorName === "QuotaExceededError"
          ? "The quota has been exceeded."
          : "An unknown error occurred within Indexed Database.";
      for (const method of ["put", "add"] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args) {
          if (w.__peermapFailWrites) {
            w.__peermapFailedWrites += 1;
            throw new DOMException(message, errorName);
          }
          return original.apply(this, args as Parameters<typeof original>);
        } as typeof original;
      }
    },
    {
      errorName: options.errorName ?? "QuotaExceededError",
      failFromStart: !!options.failFromStart,
    },
  );
}

/** Turn the injected write failures on or off (see injectWriteFailures). */
export async function setWriteFailure(page: Page, failing: boolean): Promise<void> {
  await page.evaluate((on) => {
    (window as unknown as { __peermapFailWrites: boolean }).__peermapFailWrites = on;
  }, failing);
}

/** How many writes the injected failure has refused so far. */
export function failedWriteCount(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __peermapFailedWrites: number }).__peermapFailedWrites,
  );
}

/**
 * From the next navigation on, the page has no IndexedDB at all, as in browsers that refuse
 * storage (some private modes, storage blocked by policy): `window.indexedDB` is undefined.
 */
export async function removeIndexedDb(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true });
  });
}

// --- Two tabs ------------------------------------------------------------------------------

/** Another tab must show a change made elsewhere within this (a second, with some slack). */
export const SOON = { timeout: 1500 };

/** A second tab of the same browser, on the same map as `page`, once its editor is up. */
export async function openSecondTab(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(other.locator(".canvas .react-flow__pane")).toBeVisible();
  await expect(saveStatus(other)).toHaveText("Saved");
  return other;
}

/** Hide the page the way switching to another tab does (the app then saves what is pending). */
export async function hidePage(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
}

/**
 * From the next navigation on, this page hears other tabs' BroadcastChannel messages `ms`
 * late, as a busy tab does: its own saves then land before it knows what the others did.
 */
export async function hearOtherTabsLate(page: Page, ms: number): Promise<void> {
  await page.addInitScript((delay) => {
    const Native = window.BroadcastChannel;
    window.BroadcastChannel = class extends Native {
      override set onmessage(handler: ((event: MessageEvent) => void) | null) {
        super.onmessage =
          handler && ((event) => setTimeout(() => handler.call(this, event), delay));
      }
      override get onmessage() {
        return super.onmessage;
      }
    };
  }, ms);
}

/** A new map with Ada (ours) and Linus (partner) in Sales, linked and saved. Returns its id. */
export async function openLinkedPair(page: Page): Promise<string> {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
  await addPeopleByForm(page, "Partner", "Sales", ["Linus Torvalds"]);
  await connectCards(page, "Ada Lovelace", "Linus Torvalds");
  await expectSaved(page);
  return mapIdOf(page);
}
