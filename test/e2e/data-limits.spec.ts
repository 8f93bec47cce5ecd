/**
 * Limits are enforced while editing, so nothing a user can make is thrown away on the next
 * open: tiers up to the limit survive a reload with every person
 * and relationship; text fields stop at their limit and say so; a stored over-long note is kept
 * with a warning; names of only invisible characters are refused; a card far down its lane is
 * brought back when a file is imported, and the canvas and the picture stay usable.
 */
import { LIMITS } from "../../src/domain/format";
import { expect, test } from "./fixtures";
import {
  expectSaved,
  gotoBlankPage,
  mapIdOf,
  readStoredMap,
  skipPersistNotice,
  toastList,
} from "./storage-support";
import { downloadOf, toolbarButton } from "./support/downloads";
import {
  cardByName,
  cards,
  clickLineBetween,
  EDITOR_VIEWPORT,
  emptySpotIn,
  inspector,
  inspectorName,
  laneLabels,
  openAddPersonForm,
  openSampleMap,
  openSettings,
  selectCard,
} from "./support/editor";
import { expectEditorOf, goHome } from "./support/home";
import { chooseFile, openImportDialog } from "./support/import";
import { jsonFile, readFixture } from "./support/map-files";
import { pngSize } from "./support/png";
import { patchStoredRecord } from "./support/raw-records";

test.use({ viewport: EDITOR_VIEWPORT });

test.beforeEach(async ({ context }) => {
  await skipPersistNotice(context);
});

test("tiers can be added up to the limit, then Add tier says why, and a reload keeps everyone", async ({
  appPage: page,
}) => {
  test.slow();
  await openSampleMap(page);
  const id = mapIdOf(page);
  const before = await readStoredMap(page, id);
  const people = before?.people.length ?? 0;
  const relationships = before?.relationships.length ?? 0;
  expect(people).toBe(16);
  expect(relationships).toBeGreaterThan(0);

  const dialog = await openSettings(page);
  const newTier = dialog.getByLabel("New tier");
  const addTier = dialog.getByRole("button", { name: "Add tier" });
  const start = before?.header.tiers as unknown[];
  for (let n = start.length + 1; n <= LIMITS.maxTiers; n++) {
    await newTier.fill(`Tier ${n}`);
    await newTier.press("Enter");
    await expect(dialog.getByRole("status")).toContainText(`Added the tier “Tier ${n}”.`);
  }
  const reason =
    "This map already has 100 tiers, the most Peermap supports. Delete one before adding another.";
  await expect(addTier).toBeDisabled();
  await expect(newTier).toBeDisabled();
  await expect(dialog.getByText(reason)).toBeVisible();
  await expect(addTier).toHaveAccessibleDescription(reason);
  await dialog.getByRole("button", { name: "Close" }).first().click();
  await expectSaved(page);

  await page.reload();
  await expect(cards(page)).toHaveCount(16);
  await expect(laneLabels(page)).toHaveCount(LIMITS.maxTiers);
  const after = await readStoredMap(page, id);
  expect(after?.people).toHaveLength(people);
  expect(after?.relationships).toHaveLength(relationships);
  expect(after?.header.tiers).toHaveLength(LIMITS.maxTiers);
  await expect(toastList(page)).toHaveCount(0);
});

test("notes stop at their limit and say so; a stored longer note survives a reload with a warning", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  const id = mapIdOf(page);
  const stored = await readStoredMap(page, id);
  const person = stored?.people[0];
  const name = String(person?.name);
  await selectCard(page, name);
  const notes = inspector(page).getByRole("textbox", { name: "Notes" });
  await expect(notes).toHaveAttribute("maxlength", String(LIMITS.maxNotesLength));
  await expect(inspectorName(page)).toHaveAttribute("maxlength", String(LIMITS.maxNameLength));
  await notes.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText("x".repeat(LIMITS.maxNotesLength + 500));
  await expect(notes).toHaveValue("x".repeat(LIMITS.maxNotesLength));
  await expect(inspector(page).getByText("Notes can be at most 5,000 characters")).toBeVisible();

  // A note longer than the limit, left in storage by an earlier version: kept, and said so.
  await gotoBlankPage(page);
  const long = "y".repeat(LIMITS.maxNotesLength + 1000);
  await patchStoredRecord(page, "people", id, String(person?.id), { notes: long });
  await page.goto(`/#/map/${encodeURIComponent(id)}`);
  await expectEditorOf(page, "Sample alliance");
  await expect(cards(page)).toHaveCount(16);
  await expect(
    toastList(page).filter({ hasText: "notes longer than 5,000 characters" }),
  ).toContainText("nothing was removed");
  await selectCard(page, name);
  await expect(inspector(page).getByRole("textbox", { name: "Notes" })).toHaveValue(long);
  const again = await readStoredMap(page, id);
  expect(again?.people).toHaveLength(16);
  expect(again?.people.find((p) => p.id === person?.id)?.notes).toBe(long);

  // Still usable: shortening it too little says why and keeps it; exporting warns.
  const longNotes = inspector(page).getByRole("textbox", { name: "Notes" });
  await longNotes.focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(inspector(page).getByRole("alert")).toHaveText(
    "Notes can be at most 5,000 characters; this has 5,999. Shorten it and try again.",
  );
  await page.keyboard.press("Escape");
  await toolbarButton(page, "Export JSON").click();
  await expect(
    toastList(page).filter({ hasText: "Peermap will refuse to import it" }),
  ).toContainText("notes longer than 5,000 characters");
});

test("a relationship's notes field has the same limit", async ({ appPage: page }) => {
  await openSampleMap(page);
  const stored = await readStoredMap(page, mapIdOf(page));
  const link = stored?.relationships[0];
  const nameOf = (pid: unknown) => String(stored?.people.find((p) => p.id === pid)?.name);
  await clickLineBetween(page, nameOf(link?.source), nameOf(link?.target));
  await expect(inspector(page).getByRole("textbox", { name: "Notes" })).toHaveAttribute(
    "maxlength",
    String(LIMITS.maxNotesLength),
  );
});

test("a name of only a zero-width space is refused with a message, wherever it is typed", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  const form = await openAddPersonForm(page, "Acme Software");
  await form.getByLabel("Name").fill("\u200B");
  await form.getByLabel("Name").press("Enter");
  await expect(form.getByRole("alert")).toHaveText("Type a name first.");
  await expect(cards(page)).toHaveCount(16);
  await form.getByRole("button", { name: "Done" }).click();

  const stored = await readStoredMap(page, mapIdOf(page));
  const name = String(stored?.people[0]?.name);
  await selectCard(page, name);
  await inspectorName(page).fill("\u200B\uFEFF");
  await inspectorName(page).press("Enter");
  await expect(inspector(page).getByRole("alert")).toHaveText("A person needs a name.");
  await inspectorName(page).press("Escape");
  await expect(cardByName(page, name)).toHaveCount(1);

  const dialog = await openSettings(page);
  await dialog.getByLabel("New tier").fill("\u2060");
  await dialog.getByRole("button", { name: "Add tier" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Type a tier name first.");
});

test("a file with a card at y = 1,000,000 imports with the card back in its lane; canvas and PNG stay usable", async ({
  appPage: page,
}) => {
  const file = await readFixture("small-workshop");
  const dana = file.map.people.find((p: { id: string }) => p.id === "dana");
  dana.position = { x: 464, y: 1_000_000 };
  await goHome(page);
  const dialog = await openImportDialog(page);
  await chooseFile(dialog, jsonFile("far-card.json", file));
  await expect(dialog).toContainText("Dana Whitfield's card lay far outside its lane");
  await dialog.getByRole("button", { name: "Import map" }).click();
  await expectEditorOf(page, file.map.name);

  const card = await cardByName(page, "Dana Whitfield").boundingBox();
  const lanes = await laneLabels(page).count();
  expect(lanes).toBe(file.map.tiers.length);
  expect(card).not.toBeNull();
  const stored = await readStoredMap(page, mapIdOf(page));
  const position = stored?.people.find((p) => p.id === "dana")?.position as { y: number };
  const y = position.y;
  expect(y).toBeLessThan(5_000);

  await toolbarButton(page, "Export PNG").click();
  const png = page.getByRole("dialog", { name: "Export PNG" });
  await png.getByRole("radio", { name: "1x" }).check();
  await png.getByRole("checkbox", { name: "Include title and legend" }).uncheck();
  const download = await downloadOf(page, () =>
    png.getByRole("button", { name: "Download" }).click(),
  );
  const size = pngSize(download.bytes);
  expect(size.width).toBeGreaterThan(1_000);
  expect(size.height).toBeLessThan(6_000);
});

test("a map at 10,000 people says why no one more can be added", async ({ appPage: page }) => {
  test.slow();
  const file = await readFixture("empty");
  const tier = file.map.tiers[0].id;
  file.map.people = Array.from({ length: LIMITS.maxPeople }, (_, i) => ({
    id: `p${i}`,
    org: i % 2 === 0 ? "a" : "b",
    name: `Person ${i}`,
    tier,
  }));
  await goHome(page);
  const dialog = await openImportDialog(page);
  await chooseFile(dialog, jsonFile("full.json", file));
  await dialog.getByRole("button", { name: "Import map" }).click();
  await expectEditorOf(page, file.map.name, 20_000);

  // Double-clicking an empty spot in a lane is how a person is added on the canvas.
  const spot = await emptySpotIn(page, "Sales", "a");
  await page.mouse.dblclick(spot.x, spot.y);
  await expect(toastList(page).filter({ hasText: "already has 10,000 people" })).toContainText(
    "This map already has 10,000 people, the most Peermap supports. Remove someone before adding another.",
  );
  await expectSaved(page);
  const stored = await readStoredMap(page, mapIdOf(page));
  expect(stored?.people).toHaveLength(LIMITS.maxPeople);
});
