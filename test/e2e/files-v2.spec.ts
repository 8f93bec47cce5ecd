/**
 * File format version 2 end to end: a map with a target, a planned link, actions and two
 * snapshots goes out as a file and comes back whole in a fresh browser; a version 1 file still
 * opens; a version 3 file is refused and changes nothing.
 */
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { skipPersistNotice } from "./storage-support";
import { exportJson } from "./support/downloads";
import { EDITOR_VIEWPORT } from "./support/editor";
import { goHome, mapCards } from "./support/home";
import { chooseFile, importDialog, importMapFile, openImportDialog } from "./support/import";
import {
  fixturePath,
  jsonFile,
  type MapFileJson,
  normaliseMapFile,
  WORKSHOP,
} from "./support/map-files";

test.use({ viewport: EDITOR_VIEWPORT });

test.beforeEach(async ({ context }) => {
  await skipPersistNotice(context);
});

/** The documented example: targets, a planned link, two actions and a "Kick-off" snapshot. */
function documentedExample(): MapFileJson {
  const doc = readFileSync(new URL("../../docs/file-format.md", import.meta.url), "utf8");
  return JSON.parse(/```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? "");
}

/** The example with a second snapshot, a QBR where Marco and Tom's link had been drawn. */
function twoSnapshots(): MapFileJson {
  const file = documentedExample();
  const [kickOff] = file.snapshots;
  file.snapshots.push({
    ...structuredClone(kickOff),
    id: "s-qbr",
    label: "QBR Q1 2025",
    date: "2025-03-01",
    takenAt: "2025-03-01T12:00:00.000Z",
    map: { ...structuredClone(file.map), actions: [] },
  });
  return file;
}

const history = (page: Page): Locator => page.getByRole("region", { name: "History" });

async function expectSnapshotsInHistory(page: Page, labels: string[]): Promise<void> {
  if (!(await history(page).isVisible())) {
    await page
      .getByRole("complementary", { name: "Details" })
      .getByRole("button", { name: "History" })
      .click();
  }
  const items = history(page)
    .getByRole("list", { name: "Snapshots, newest first" })
    .getByRole("listitem");
  await expect(items).toHaveCount(labels.length);
  for (const [i, label] of labels.entries()) await expect(items.nth(i)).toContainText(label);
}

/** The file without the moment it was written. */
const content = (file: MapFileJson) => {
  const { exportedAt: _, ...rest } = normaliseMapFile(file);
  return rest;
};

test("a map with a target, a planned link, actions and two snapshots comes back whole in a fresh browser", async ({
  appPage: page,
  browser,
}) => {
  const original = twoSnapshots();
  await goHome(page);
  await importMapFile(page, jsonFile("alliance.json", original), original.map.name);
  await expectSnapshotsInHistory(page, ["QBR Q1 2025", "Kick-off"]);

  const { file, json } = await exportJson(page);
  expect(json.version).toBe(2);
  expect(content(json)).toEqual(content(original));

  // A fresh browser: nothing stored. The file brings everything with it.
  const fresh = await browser.newContext({ viewport: EDITOR_VIEWPORT });
  try {
    await skipPersistNotice(fresh);
    const other = await fresh.newPage();
    await goHome(other);
    await expect(mapCards(other)).toHaveCount(0);
    await importMapFile(
      other,
      { name: file.filename, mimeType: "application/json", buffer: file.bytes },
      original.map.name,
    );
    await expectSnapshotsInHistory(other, ["QBR Q1 2025", "Kick-off"]);
    // Stored and read back: exported again it is the same file (targets, planned, actions).
    const again = await exportJson(other);
    expect(content(again.json)).toEqual(content(original));
    expect(again.json.map.relationships[3]).toMatchObject({ planned: true, targetStrength: 4 });
    expect(again.json.map.actions).toHaveLength(2);
  } finally {
    await fresh.close();
  }
});

test("a version 1 file opens with no actions and no snapshots, and works", async ({
  appPage: page,
}) => {
  const v1 = JSON.parse(readFileSync(fixturePath("small-workshop"), "utf8"));
  expect(v1.version).toBe(1);
  await goHome(page);
  await importMapFile(page, fixturePath("small-workshop"), v1.map.name);
  await expectSnapshotsInHistory(page, []);
  const { json } = await exportJson(page);
  expect(json.version).toBe(2);
  expect(json.map.actions).toEqual([]);
  expect(json.snapshots).toEqual([]);
  expect(json.map.people).toHaveLength(v1.map.people.length);
});

test("a version 3 file is refused with the newer-version message and changes nothing", async ({
  appPage: page,
}) => {
  await goHome(page);
  await importMapFile(page, fixturePath("small-workshop"), WORKSHOP.name);
  await goHome(page);
  const before = await mapCards(page).allInnerTexts();

  const newer = { ...documentedExample(), version: 3 };
  const dialog = await openImportDialog(page);
  await chooseFile(dialog, jsonFile("newer.json", newer));
  await expect(dialog.getByRole("alert")).toContainText(
    "This map was made by a newer Peermap (file version 3); this version reads up to version 2. Update Peermap and try again.",
  );
  await expect(dialog.getByRole("alert")).toContainText("Nothing was changed.");
  await expect(importDialog(page).getByRole("button", { name: "Import map" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(mapCards(page)).toHaveCount(before.length);
  expect(await mapCards(page).allInnerTexts()).toEqual(before);
});
