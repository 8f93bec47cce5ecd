/**
 * Text is saved as it is typed: what is in a field when the tab is closed, reloaded or left
 * (Back, another hash) is there afterwards, the indicator says "Saving…" until it is stored,
 * and one undo takes back a whole field edit. Undo in one tab takes back only that tab's own
 * edits, never the other tab's.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  closeTabAtOnce,
  expectSaved,
  gotoBlankPage,
  mapIdOf,
  openLinkedPair,
  readStoredMap,
  recordedSaveStatus,
  recordSaveStatus,
  type StoredRecord,
  saveStatus,
  skipPersistNotice,
  storedPeopleNames,
} from "./storage-support";
import {
  addPeopleByForm,
  canvasPane,
  clickLineBetween,
  connectCards,
  EDITOR_VIEWPORT,
  edgeBetween,
  inspector,
  inspectorName,
  laneCell,
  openNewMap,
  selectCard,
  strengthRadio,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

test.beforeEach(async ({ context }) => {
  await skipPersistNotice(context);
});

const NOTE = "Met at the Lisbon kickoff; follow up on the reseller terms";
const notes = (page: Page): Locator => inspector(page).getByLabel("Notes");

/** Ada (ours) and Linus (partner), linked; the relationship is selected. Returns the map id. */
async function linkedPair(page: Page): Promise<string> {
  const id = await openLinkedPair(page);
  await expect(notes(page)).toBeVisible();
  return id;
}

/** The stored notes of the one relationship of the map. */
async function storedNotes(page: Page, id: string): Promise<unknown> {
  const stored = await readStoredMap(page, id);
  return stored?.relationships[0]?.notes;
}

/** Type into the Notes field like a person, without leaving it. */
async function typeNotes(page: Page, text: string): Promise<void> {
  await notes(page).click();
  await notes(page).pressSequentially(text, { delay: 20 });
}

async function reopen(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(canvasPane(page)).toBeVisible();
  await clickLineBetween(page, "Ada Lovelace", "Linus Torvalds");
}

test("notes typed and the tab closed at once are there in a new tab", async ({
  appPage: page,
  context,
}) => {
  const id = await linkedPair(page);
  const url = page.url();
  await typeNotes(page, NOTE);
  // No blur, no waiting: the tab goes away with the text only in the field.
  await closeTabAtOnce(page);

  const next = await context.newPage();
  await gotoBlankPage(next);
  await expect.poll(() => storedNotes(next, id)).toBe(NOTE);
  await reopen(next, url);
  await expect(notes(next)).toHaveValue(NOTE);
});

test("notes typed and the page reloaded at once are there after the reload", async ({
  appPage: page,
}) => {
  const id = await linkedPair(page);
  await typeNotes(page, NOTE);
  await page.reload();
  await expect(canvasPane(page)).toBeVisible();
  await expect.poll(() => storedNotes(page, id)).toBe(NOTE);
  await clickLineBetween(page, "Ada Lovelace", "Linus Torvalds");
  await expect(notes(page)).toHaveValue(NOTE);
});

test("notes typed, then Back or another address, are kept", async ({ appPage: page }) => {
  const id = await linkedPair(page);
  const url = page.url();
  await typeNotes(page, NOTE);
  // Back from the map goes to the home screen the map was opened from.
  await page.goBack();
  await expect(page.getByRole("button", { name: "New map" })).toBeVisible();
  await expect.poll(() => storedNotes(page, id)).toBe(NOTE);

  await reopen(page, url);
  await expect(notes(page)).toHaveValue(NOTE);
  await notes(page).click();
  await notes(page).press("End");
  await notes(page).pressSequentially(" (signed)", { delay: 20 });
  await page.evaluate(() => {
    window.location.hash = "#/";
  });
  await expect(page.getByRole("button", { name: "New map" })).toBeVisible();
  await expect.poll(() => storedNotes(page, id)).toBe(`${NOTE} (signed)`);
});

test("the indicator says “Saving…” while notes are typed, then “Saved” with them stored, still typing", async ({
  appPage: page,
}) => {
  const id = await linkedPair(page);
  await recordSaveStatus(page);
  await typeNotes(page, NOTE);
  await expect(notes(page)).toBeFocused();
  await expectSaved(page);
  await expect(notes(page)).toBeFocused();
  expect(await storedNotes(page, id)).toBe(NOTE);
  const texts = await recordedSaveStatus(page);
  expect(texts[0]).toBe("Saved");
  expect(texts).toContain("Saving…");
  expect(texts.at(-1)).toBe("Saved");
});

test("one Ctrl+Z takes back a whole field edit, saved in parts while typing; Escape throws one away", async ({
  appPage: page,
}) => {
  const id = await linkedPair(page);
  await typeNotes(page, "First note");
  await notes(page).blur();
  await expectSaved(page);

  await notes(page).click();
  await notes(page).press("ControlOrMeta+a");
  await notes(page).pressSequentially("Second", { delay: 20 });
  await expectSaved(page);
  await notes(page).pressSequentially(" note, in two goes", { delay: 20 });
  await expectSaved(page);
  expect(await storedNotes(page, id)).toBe("Second note, in two goes");
  // Leave the field for the page (so the shortcut is the editor's, not the textarea's).
  await inspector(page).getByRole("heading", { name: "Relationship" }).click();
  await page.keyboard.press("Control+z");
  await expect(notes(page)).toHaveValue("First note");
  await expectSaved(page);
  expect(await storedNotes(page, id)).toBe("First note");
  await page.keyboard.press("Control+Shift+z");
  await expect(notes(page)).toHaveValue("Second note, in two goes");
  await page.keyboard.press("Control+z");
  await expect(notes(page)).toHaveValue("First note");

  // Escape after part of the edit was already saved: the field and storage go back.
  await notes(page).click();
  await notes(page).press("End");
  await notes(page).pressSequentially(" and a mistake", { delay: 20 });
  await expectSaved(page);
  expect(await storedNotes(page, id)).toBe("First note and a mistake");
  await notes(page).press("Escape");
  await expect(notes(page)).toHaveValue("First note");
  await expectSaved(page);
  expect(await storedNotes(page, id)).toBe("First note");
  await expect(page.getByRole("button", { name: "Redo" })).toBeEnabled();
  await page.getByRole("button", { name: "Redo" }).click();
  // What is redone is the earlier, undone edit: the mistake left no step behind, and took
  // nothing away from redo.
  await expect(notes(page)).toHaveValue("Second note, in two goes");
  await expect(saveStatus(page)).toHaveText("Saved");
});

test("a name cleared while typing is not saved, and leaving the field keeps the last good one", async ({
  appPage: page,
}) => {
  const id = await linkedPair(page);
  await selectCard(page, "Ada Lovelace");
  await inspectorName(page).click();
  await inspectorName(page).press("End");
  await inspectorName(page).pressSequentially(" King", { delay: 20 });
  await expectSaved(page);
  await expect
    .poll(() => storedPeopleNames(page, id))
    .toEqual(["Ada Lovelace King", "Linus Torvalds"]);
  await inspectorName(page).fill("");
  await expectSaved(page);
  await inspectorName(page).press("Tab");
  await expect(inspector(page).getByRole("alert")).toHaveText(
    "A person needs a name. The previous value was kept.",
  );
  await expect(inspectorName(page)).toHaveValue("Ada Lovelace King");
  expect(await storedPeopleNames(page, id)).toEqual(["Ada Lovelace King", "Linus Torvalds"]);
  // The whole edit, both parts of it, is one undo step.
  await inspector(page).getByRole("heading", { name: "Person" }).click();
  await page.keyboard.press("Control+z");
  await expect(inspectorName(page)).toHaveValue("Ada Lovelace");
});

test.describe("two tabs", () => {
  test.slow();

  test("undo in one tab takes back its own rating and keeps the other tab's", async ({
    appPage: a,
  }) => {
    await openNewMap(a);
    const id = mapIdOf(a);
    // Two lanes apart, so that each line can be clicked on its own.
    await addPeopleByForm(a, "Our company", "Sales", ["Ada Lovelace"]);
    await addPeopleByForm(a, "Partner", "Sales", ["Linus Torvalds"]);
    await addPeopleByForm(a, "Our company", "Technical / delivery", ["Grace Hopper"]);
    await addPeopleByForm(a, "Partner", "Technical / delivery", ["Marissa Mayer"]);
    await connectCards(a, "Ada Lovelace", "Linus Torvalds");
    await connectCards(a, "Grace Hopper", "Marissa Mayer");
    await expectSaved(a);
    const b = await a.context().newPage();
    await b.goto(a.url());
    await expect(laneCell(b, "Executive sponsor", "a")).toBeVisible();
    const x = (page: Page) => edgeBetween(page, "Ada Lovelace", "Linus Torvalds");
    const y = (page: Page) => edgeBetween(page, "Grace Hopper", "Marissa Mayer");
    const label = (who: string, strength: string) => ["aria-label", `${who}: ${strength}`] as const;
    const xIs = (s: string) => label("Ada Lovelace and Linus Torvalds", s);
    const yIs = (s: string) => label("Grace Hopper and Marissa Mayer", s);

    // Tab A rates X, tab B rates Y, each seeing the other's rating.
    await clickLineBetween(a, "Ada Lovelace", "Linus Torvalds");
    await a.keyboard.press("5");
    await expect(strengthRadio(a, "5 Trusted")).toHaveAttribute("aria-checked", "true");
    await expect(x(b)).toHaveAttribute(...xIs("5 Trusted"));
    await clickLineBetween(b, "Grace Hopper", "Marissa Mayer");
    await b.keyboard.press("1");
    await expect(y(b)).toHaveAttribute(...yIs("1 Strained"));
    await expect(y(a)).toHaveAttribute(...yIs("1 Strained"));

    await a.keyboard.press("Control+z");
    await expect(x(a)).toHaveAttribute(...xIs("3 Working"));
    await expect(y(a)).toHaveAttribute(...yIs("1 Strained"));
    await expect(x(b)).toHaveAttribute(...xIs("3 Working"));
    await expectSaved(a);
    await expect(y(b)).toHaveAttribute(...yIs("1 Strained"));
    const stored = await readStoredMap(a, id);
    const names = new Map(stored?.people.map((p) => [p.id, p.name]));
    const pair = (r: StoredRecord) =>
      [names.get(String(r.source)), names.get(String(r.target))].sort().join(" + ");
    const strengths = Object.fromEntries(
      (stored?.relationships ?? []).map((r) => [pair(r), r.strength]),
    );
    expect(strengths).toEqual({
      "Ada Lovelace + Linus Torvalds": 3,
      "Grace Hopper + Marissa Mayer": 1,
    });
  });
});
