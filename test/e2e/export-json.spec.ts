/**
 * The map file round trip: Export JSON, then Import the download back, as a copy beside the
 * stored map or in its place. Whatever way it comes back, it is the same map.
 */

import { expect, test } from "./fixtures";
import { browserToday, exportJson, toolbarButton } from "./support/downloads";
import { cardByName, cards, EDITOR_VIEWPORT, roster, selectCard } from "./support/editor";
import {
  backHome,
  expectEditorOf,
  goHome,
  homeSnapshot,
  mapCards,
  openMapId,
  reloadHome,
} from "./support/home";
import {
  chooseFileWithChooser,
  importDialog,
  importMapFile,
  openImportDialog,
} from "./support/import";
import {
  type FilePayload,
  fixturePath,
  normaliseMapFile,
  readFixture,
  WORKSHOP,
} from "./support/map-files";

test.use({ viewport: EDITOR_VIEWPORT });

const asFile = (file: { filename: string; bytes: Buffer }): FilePayload => ({
  name: file.filename,
  mimeType: "application/json",
  buffer: file.bytes,
});

test("Export JSON of the imported small workshop, imported back as a copy, is the same map", async ({
  appPage: page,
}) => {
  const fixture = await readFixture("small-workshop");

  // Import the fixture from the home screen through the file chooser.
  await goHome(page);
  const dialog = await openImportDialog(page);
  await chooseFileWithChooser(page, dialog, fixturePath("small-workshop"));
  await expect(dialog.locator(".import-summary")).toHaveText(
    `${WORKSHOP.name}: Acme Software × Globex Cloud, 14 people, 8 relationships.`,
  );
  // Nothing is stored under its id yet, so there is nothing to choose.
  await expect(dialog.getByRole("radio")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Import map" }).click();
  await expectEditorOf(page, WORKSHOP.name);
  expect(openMapId(page)).toBe(WORKSHOP.id);
  await expect(roster(page).locator(".roster-summary")).toHaveText("14 people, 1 not on canvas");

  // Export: the file is named after the map and today, and holds exactly the fixture's map.
  const first = await exportJson(page);
  expect(first.file.filename).toBe(`${WORKSHOP.name}-${await browserToday(page)}.json`);
  expect(first.json.format).toBe("peermap");
  expect(first.json.version).toBe(2);
  expect(Date.parse(first.json.exportedAt)).not.toBeNaN();
  expect(first.json.map.id).toBe(WORKSHOP.id);
  // The fixture is a version 1 file: the upgrade gave it an empty list of actions, no snapshots.
  expect(first.json.map).toEqual({ ...fixture.map, actions: [] });
  expect(first.json.snapshots).toEqual([]);

  // Import the download back: its id is stored already, so the dialog asks; take a copy.
  const again = await openImportDialog(page);
  await again.locator('input[type="file"]').setInputFiles(asFile(first.file));
  await expect(
    again.getByRole("group", { name: /is already stored in this browser/ }),
  ).toBeVisible();
  await expect(again.getByRole("radio", { name: "Import as a copy" })).toBeChecked();
  await expect(again.getByRole("radio", { name: "Replace the stored map" })).not.toBeChecked();
  await again.getByRole("button", { name: "Import map" }).click();
  await expect(again).toBeHidden();
  await expectEditorOf(page, `${WORKSHOP.name} (copy)`);
  const copyId = openMapId(page);
  expect(copyId).not.toBe(WORKSHOP.id);
  await expect(roster(page).locator(".roster-summary")).toHaveText("14 people, 1 not on canvas");
  await expect(cards(page)).toHaveCount(13);

  // The copy, exported in turn, is the same map under new ids and the "(copy)" name.
  const second = await exportJson(page);
  const copy = second.json.map;
  expect(copy.id).toBe(copyId);
  expect(copy.name).toBe(`${WORKSHOP.name} (copy)`);
  const ids = (list: { id: string }[]) => list.map((item) => item.id);
  for (const list of ["tiers", "people", "relationships"] as const) {
    expect(ids(copy[list]).filter((id: string) => ids(first.json.map[list]).includes(id))).toEqual(
      [],
    );
  }
  const normalisedCopy = normaliseMapFile(second.json);
  normalisedCopy.map.name = first.json.map.name;
  expect(normalisedCopy).toEqual(normaliseMapFile(first.json));

  // Both are listed at home, with the same counts.
  await backHome(page);
  await expect(mapCards(page)).toHaveCount(2);
  for (const name of [WORKSHOP.name, `${WORKSHOP.name} (copy)`]) {
    const card = mapCards(page).filter({ has: page.getByRole("link", { name, exact: true }) });
    await expect(card.locator(".map-card-stats")).toContainText("People14");
    await expect(card.locator(".map-card-stats")).toContainText("Relationships8");
  }
});

test("Import with Replace puts the exported map back in place of the edited one", async ({
  appPage: page,
}) => {
  await goHome(page);
  await importMapFile(page, fixturePath("small-workshop"), WORKSHOP.name);
  const exported = await exportJson(page);

  // Change the stored map after the export: Dana and her two relationships go.
  await selectCard(page, "Dana Whitfield");
  await page.keyboard.press("Delete");
  await expect(cardByName(page, "Dana Whitfield")).toHaveCount(0);
  await expect(roster(page).locator(".roster-summary")).toHaveText("13 people, 1 not on canvas");
  const edited = await exportJson(page);
  expect(edited.json.map.people).toHaveLength(13);
  expect(edited.json.map.relationships).toHaveLength(6);
  await backHome(page);
  await expect(mapCards(page)).toHaveCount(1);
  await expect(mapCards(page).locator(".map-card-stats")).toContainText("People13");

  // Import the earlier export over it.
  await importMapFile(page, asFile(exported.file), WORKSHOP.name, "replace");
  expect(openMapId(page)).toBe(WORKSHOP.id);
  await expect(cardByName(page, "Dana Whitfield")).toHaveCount(1);
  await expect(roster(page).locator(".roster-summary")).toHaveText("14 people, 1 not on canvas");
  const restored = await exportJson(page);
  expect(restored.json.map).toEqual(exported.json.map);
  // The replaced map is a fresh start: no undo back into the version it replaced.
  await expect(toolbarButton(page, "Undo")).toBeDisabled();

  // Still one map at home, with the exported counts; and it stays so after a reload.
  await backHome(page);
  const home = await homeSnapshot(page);
  expect(home).toHaveLength(1);
  expect(home[0]).toContain(WORKSHOP.name);
  await expect(mapCards(page).locator(".map-card-stats")).toContainText("People14");
  await expect(mapCards(page).locator(".map-card-stats")).toContainText("Relationships8");
  await reloadHome(page);
  expect(await homeSnapshot(page)).toEqual(home);
  await page.getByRole("link", { name: `Open ${WORKSHOP.name}` }).click();
  await expectEditorOf(page, WORKSHOP.name);
  expect((await exportJson(page)).json.map).toEqual(exported.json.map);
  await expect(importDialog(page)).toBeHidden();
});
