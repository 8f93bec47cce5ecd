/**
 * Two tabs of the same browser on the same map: what one saves shows in the other within a
 * second, and edits made at the same moment to different people are all kept, in both tabs
 * and in storage.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  cardStat,
  expectSaved,
  mapCard,
  mapIdOf,
  readStoredMap,
  recordedSaveStatus,
  recordSaveStatus,
  skipPersistNotice,
  toastList,
} from "./storage-support";
import {
  addPeopleByForm,
  canvasPane,
  cardByName,
  cards,
  cardTier,
  connectCards,
  EDITOR_VIEWPORT,
  edgeBetween,
  inspectorName,
  laneCell,
  openNewMap,
  relationshipEdges,
  rosterNamesInTier,
  selectCard,
  toolbarTitle,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

/** Another tab: must show a change made elsewhere within this (a second, with some slack). */
const SOON = { timeout: 1500 };

test.beforeEach(async ({ context }) => {
  await skipPersistNotice(context);
});

// Two editors in one test: allow for a loaded machine (the 1.5 s sync limits stay as they are).
test.slow();

/** A second tab of the same browser, on the same map as `page`. */
async function secondTab(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(canvasPane(other)).toBeVisible();
  await expect(laneCell(other, "Executive sponsor", "a")).toBeVisible();
  return other;
}

test("what one tab adds, links and renames shows in the other within a second", async ({
  appPage: a,
}) => {
  await openNewMap(a);
  const b = await secondTab(a);
  await expect(toolbarTitle(b)).toHaveText("Untitled map");
  await expect(cards(b)).toHaveCount(0);

  await addPeopleByForm(a, "Our company", "Sales", ["Ada Lovelace"]);
  await expect(cardByName(b, "Ada Lovelace")).toBeVisible(SOON);
  await expect(rosterNamesInTier(b, "Our company", "Sales")).toHaveText(["Ada Lovelace"], SOON);

  // And the other way round, the canvas way: double-click an empty partner lane spot in B.
  const cell = laneCell(b, "Sales", "b");
  await cell.scrollIntoViewIfNeeded();
  const box = await cell.boundingBox();
  if (!box) throw new Error("The partner's Sales lane is not on screen.");
  await b.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await expect(inspectorName(b)).toBeFocused();
  await b.keyboard.type("Linus Torvalds");
  await b.keyboard.press("Enter");
  await expect(cardByName(a, "Linus Torvalds")).toBeVisible(SOON);
  await expect(cardTier(a, "Linus Torvalds")).toHaveText("Sales", SOON);

  await connectCards(a, "Ada Lovelace", "Linus Torvalds");
  await expect(edgeBetween(b, "Ada Lovelace", "Linus Torvalds")).toHaveCount(1, SOON);

  // A rename in B, while A shows the relationship drawn to that person.
  await selectCard(b, "Ada Lovelace");
  await inspectorName(b).fill("Ada King");
  await inspectorName(b).press("Enter");
  await expect(cardByName(a, "Ada King")).toBeVisible(SOON);
  await expect(edgeBetween(a, "Ada King", "Linus Torvalds")).toHaveCount(1, SOON);
  await expect(cardByName(a, "Ada Lovelace")).toHaveCount(0);
});

test("a tab nobody touches keeps saying “Saved” while the other tab's edits arrive", async ({
  appPage: a,
}) => {
  await openNewMap(a);
  await expectSaved(a);
  const b = await secondTab(a);
  await recordSaveStatus(a);

  await addPeopleByForm(b, "Our company", "Sales", ["Ada Lovelace", "Grace Hopper"]);
  await expect(cardByName(a, "Grace Hopper")).toBeVisible(SOON);
  await selectCard(b, "Ada Lovelace");
  await inspectorName(b).fill("Ada King");
  await inspectorName(b).press("Enter");
  await expect(cardByName(a, "Ada King")).toBeVisible(SOON);
  await expectSaved(b);

  // A had nothing to save: it said "Saved" all along, never "Saving…".
  expect(await recordedSaveStatus(a)).toEqual(["Saved"]);
  await expect(cards(a)).toHaveCount(2);
});

test("renaming different people in two tabs at the same moment keeps both, everywhere", async ({
  appPage: a,
}) => {
  await openNewMap(a);
  const id = mapIdOf(a);
  await addPeopleByForm(a, "Our company", "Sales", ["Ada Lovelace"]);
  await addPeopleByForm(a, "Partner", "Sales", ["Linus Torvalds"]);
  await connectCards(a, "Ada Lovelace", "Linus Torvalds");
  await expectSaved(a);
  const b = await secondTab(a);
  await expect(cards(b)).toHaveCount(2);

  // Each tab edits its own person; the drafts are committed together.
  await selectCard(a, "Ada Lovelace");
  await selectCard(b, "Linus Torvalds");
  await inspectorName(a).fill("Ada King");
  await inspectorName(b).fill("Linus B. Torvalds");
  await Promise.all([inspectorName(a).press("Enter"), inspectorName(b).press("Enter")]);

  for (const tab of [a, b]) {
    await expect(cardByName(tab, "Ada King")).toBeVisible(SOON);
    await expect(cardByName(tab, "Linus B. Torvalds")).toBeVisible(SOON);
    await expect(cards(tab)).toHaveCount(2);
    await expect(relationshipEdges(tab)).toHaveCount(1);
  }
  await expectSaved(a);
  await expectSaved(b);
  const stored = await readStoredMap(a, id);
  expect(stored?.people.map((p) => p.name).sort()).toEqual(["Ada King", "Linus B. Torvalds"]);
  expect(stored?.relationships).toHaveLength(1);

  for (const tab of [a, b]) {
    await tab.reload();
    await expect(cardByName(tab, "Ada King")).toBeVisible();
    await expect(cardByName(tab, "Linus B. Torvalds")).toBeVisible();
    await expect(edgeBetween(tab, "Ada King", "Linus B. Torvalds")).toHaveCount(1);
    await expect(cards(tab)).toHaveCount(2);
  }
});

test("people added in both tabs at the same moment are all kept", async ({ appPage: a }) => {
  await openNewMap(a);
  const id = mapIdOf(a);
  const b = await secondTab(a);

  await Promise.all([
    addPeopleByForm(a, "Our company", "Marketing", ["Ada Lovelace", "Grace Hopper"]),
    addPeopleByForm(b, "Partner", "Marketing", ["Linus Torvalds", "Ken Thompson"]),
  ]);
  const everyone = ["Ada Lovelace", "Grace Hopper", "Ken Thompson", "Linus Torvalds"];
  for (const tab of [a, b]) {
    for (const name of everyone) await expect(cardByName(tab, name)).toBeVisible(SOON);
    await expect(cards(tab)).toHaveCount(4);
  }
  await expectSaved(a);
  await expectSaved(b);
  const stored = await readStoredMap(a, id);
  expect(stored?.people.map((p) => p.name).sort()).toEqual(everyone);
  expect(stored?.header.peopleCount).toBe(4);

  await b.reload();
  await expect(rosterNamesInTier(b, "Our company", "Marketing")).toHaveText([
    "Ada Lovelace",
    "Grace Hopper",
  ]);
  await expect(rosterNamesInTier(b, "Partner", "Marketing")).toHaveText([
    "Linus Torvalds",
    "Ken Thompson",
  ]);
});

test("the home screen in another tab follows a map's edits", async ({ appPage: a }) => {
  await openNewMap(a);
  const home = await a.context().newPage();
  await home.goto("/");
  const card = mapCard(home, "Untitled map");
  await expect(card).toBeVisible();
  await expect(cardStat(card, "People")).toHaveText("0");
  await addPeopleByForm(a, "Our company", "Sales", ["Ada Lovelace", "Grace Hopper"]);
  await expect(cardStat(card, "People")).toHaveText("2", SOON);
});

test("a rename on the home screen of another tab shows in the open map", async ({ appPage: a }) => {
  await openNewMap(a);
  const home = await a.context().newPage();
  await home.goto("/");
  await mapCard(home, "Untitled map").getByRole("button", { name: "Rename Untitled map" }).click();
  await home.getByLabel("New name for Untitled map").fill("Workshop map");
  await home.getByLabel("New name for Untitled map").press("Enter");
  await expect(mapCard(home, "Workshop map")).toBeVisible();
  await expect(toolbarTitle(a)).toHaveText("Workshop map", SOON);

  // The open tab's next save keeps the new name.
  await addPeopleByForm(a, "Our company", "Sales", ["Ada Lovelace"]);
  await expectSaved(a);
  await expect(cardStat(mapCard(home, "Workshop map"), "People")).toHaveText("1", SOON);
  await a.reload();
  await expect(toolbarTitle(a)).toHaveText("Workshop map");
});

test("a map deleted in another tab stays open here, and the next edit saves it again whole", async ({
  appPage: a,
}) => {
  await openNewMap(a);
  const id = mapIdOf(a);
  await addPeopleByForm(a, "Our company", "Sales", ["Ada Lovelace", "Grace Hopper"]);
  await expectSaved(a);

  const home = await a.context().newPage();
  await home.goto("/");
  home.once("dialog", (dialog) => void dialog.accept());
  await mapCard(home, "Untitled map").getByRole("button", { name: "Delete Untitled map" }).click();
  await expect(mapCard(home, "Untitled map")).toHaveCount(0);

  await expect(
    toastList(a).filter({ hasText: '"Untitled map" was deleted in another tab.' }),
  ).toBeVisible(SOON);
  await expect(cards(a)).toHaveCount(2);

  await addPeopleByForm(a, "Partner", "Sales", ["Linus Torvalds"]);
  await expectSaved(a);
  const card = mapCard(home, "Untitled map");
  await expect(card).toBeVisible(SOON);
  await expect(cardStat(card, "People")).toHaveText("3");
  expect((await readStoredMap(home, id))?.people.map((p) => p.name).sort()).toEqual([
    "Ada Lovelace",
    "Grace Hopper",
    "Linus Torvalds",
  ]);
});
