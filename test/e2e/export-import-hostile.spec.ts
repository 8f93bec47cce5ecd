/**
 * Hostile files: a 5 MB map file nested 2.5 million levels deep used to freeze the tab for hours
 * (the check for forbidden keys copied the path at every level). Chosen or dropped, it is now
 * refused with a plain message in well under a second, and the open map is untouched.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { exportJson } from "./support/downloads";
import { EDITOR_VIEWPORT } from "./support/editor";
import { editorSnapshot, expectEditorOf, goHome } from "./support/home";
import {
  chooseFileWithChooser,
  importDialog,
  importMapFile,
  openImportDialog,
} from "./support/import";
import { fixturePath, textFile, WORKSHOP } from "./support/map-files";

test.use({ viewport: EDITOR_VIEWPORT });

const LEVELS = 2_500_000;
const deepText = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
const REFUSAL =
  "This file is nested 2,500,000 levels deep; a Peermap map never nests more than 32. It is not a Peermap map.";

/**
 * Times, in the page, from the moment the file reaches the app (`startEvent`: the input's
 * "change", or the window's "drop") to the moment the import alert is in the document. Read
 * the result with `elapsed()` once the alert is visible.
 */
async function startTiming(page: Page, startEvent: "change" | "drop") {
  await page.evaluate((eventName) => {
    const timing: { start?: number; end?: number } = {};
    (window as unknown as { __importTiming: typeof timing }).__importTiming = timing;
    window.addEventListener(
      eventName,
      () => {
        timing.start = performance.now();
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      if (timing.start === undefined || !document.querySelector(".export-alert[role=alert]"))
        return;
      timing.end = performance.now();
      observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  }, startEvent);
  return {
    elapsed: () =>
      page.evaluate(() => {
        const { start, end } = (
          window as unknown as { __importTiming: { start?: number; end?: number } }
        ).__importTiming;
        if (start === undefined || end === undefined)
          throw new Error(`not timed: ${start}, ${end}`);
        return end - start;
      }),
  };
}

/** Drops a file made in the page (so 5 MB need not cross from the test) on the toolbar. */
async function dropDeepFile(page: Page, name: string, levels: number) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, levels }) => {
      const transfer = new DataTransfer();
      const text = `${"[".repeat(levels)}${"]".repeat(levels)}`;
      transfer.items.add(new File([text], name, { type: "application/json" }));
      return transfer;
    },
    { name, levels },
  );
  for (const type of ["dragenter", "dragover", "drop"])
    await page.dispatchEvent("header.toolbar", type, { dataTransfer });
}

async function expectRefusedQuickly(page: Page, name: string, elapsed: () => Promise<number>) {
  const alert = importDialog(page).getByRole("alert");
  await expect(alert).toBeVisible();
  const lines = (await alert.locator("p, li").allInnerTexts()).map((line) => line.trim());
  expect(lines).toEqual([`"${name}" cannot be opened.`, REFUSAL, "Nothing was changed."]);
  const ms = await elapsed();
  test.info().annotations.push({ type: "refused in", description: `${Math.round(ms)} ms` });
  expect(ms).toBeLessThan(1000);
  await importDialog(page).getByRole("button", { name: "Close" }).click();
  await expect(importDialog(page)).toBeHidden();
}

test("a 5 MB file nested 2.5 million deep is refused in under a second, chosen or dropped, and the open map is untouched", async ({
  appPage: page,
}) => {
  const file = textFile("deep.json", deepText(LEVELS), "application/json");
  expect(file.buffer.length).toBe(5_000_000);

  await goHome(page);
  await importMapFile(page, fixturePath("small-workshop"), WORKSHOP.name);
  const mapBefore = (await exportJson(page)).json.map;
  const editorBefore = await editorSnapshot(page);

  // Through the file chooser.
  const dialog = await openImportDialog(page);
  const chosen = await startTiming(page, "change");
  await chooseFileWithChooser(page, dialog, file);
  await expectRefusedQuickly(page, "deep.json", chosen.elapsed);

  // Dropped on the window: the same way in, the same refusal.
  const dropped = await startTiming(page, "drop");
  await dropDeepFile(page, "dropped.json", LEVELS);
  await expectRefusedQuickly(page, "dropped.json", dropped.elapsed);

  await expectEditorOf(page, WORKSHOP.name);
  expect(await editorSnapshot(page)).toEqual(editorBefore);
  expect((await exportJson(page)).json.map).toEqual(mapBefore);
});
