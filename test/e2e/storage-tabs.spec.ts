/**
 * Two tabs of one browser on one map, where one tab's copy could undo the other's work: a
 * backup restored in one tab must not be written over by the other; header edits made at the
 * same moment (map name, tiers, a rating) are all kept; a rating of a relationship whose
 * person the other tab deleted is never stored as an orphan. And a Replace that storage has no
 * room for leaves the stored map as it was.
 */
import { expect, test } from "./fixtures";
import {
  cardStat,
  closeTabAtOnce,
  expectSaved,
  goHome,
  hearOtherTabsLate,
  hidePage,
  mapCard,
  mapIdOf,
  openLinkedPair,
  openSecondTab,
  readStoredMap,
  SOON,
  skipPersistNotice,
  storageBanner,
  toastList,
} from "./storage-support";
import {
  addPeopleByForm,
  cardByName,
  cards,
  clickLineBetween,
  EDITOR_VIEWPORT,
  edgeBetween,
  inspector,
  laneLabels,
  openNewMap,
  openSettings,
  relationshipEdges,
  selectCard,
  toolbarTitle,
} from "./support/editor";
import { chooseFile, importMapFile, openImportDialog } from "./support/import";
import { jsonFile, readFixture, WORKSHOP } from "./support/map-files";

test.use({ viewport: EDITOR_VIEWPORT });

test.beforeEach(async ({ context }) => {
  await skipPersistNotice(context);
});

// Two editors in one test: allow for a loaded machine (the 1.5 s sync limits stay as they are).
test.slow();

/** `length` letters that look random (seeded, so every run is the same). */
function noise(length: number, seed: number): string {
  let state = seed;
  let out = "";
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(97 + (state % 26));
  }
  return out;
}

/** Long enough for a stale write issued by a closing or hidden tab to land, if one were. */
const STALE_WRITE_MS = 800;

test("a backup restored in one tab reaches the other, which never writes its old copy back", async ({
  appPage: a,
}) => {
  const fixture = await readFixture("small-workshop");
  await goHome(a);
  await importMapFile(a, jsonFile("workshop.peermap.json", fixture), WORKSHOP.name);
  const id = mapIdOf(a);
  const b = await openSecondTab(a);
  const edgesBefore = await relationshipEdges(b).count();

  const backup = structuredClone(fixture);
  backup.map.name = "Workshop backup";
  backup.map.relationships = backup.map.relationships.slice(0, 5);
  await importMapFile(a, jsonFile("backup.peermap.json", backup), "Workshop backup", "replace");
  await expect(toolbarTitle(a)).toHaveText("Workshop backup");
  const edgesAfter = await relationshipEdges(a).count();
  expect(edgesAfter).toBeLessThan(edgesBefore);

  // B, untouched, shows the backup and says why; it does not claim changes it never had.
  await expect(
    toastList(b).filter({
      hasText: `"${WORKSHOP.name}" was replaced by an import in another tab.`,
    }),
  ).toBeVisible(SOON);
  await expect(toolbarTitle(b)).toHaveText("Workshop backup");
  await expect(relationshipEdges(b)).toHaveCount(edgesAfter);
  await expect(toastList(b).filter({ hasText: /save it again/ })).toHaveCount(0);
  await expectSaved(b);

  // B is hidden, then closed: it has nothing to save, so nothing is written.
  await hidePage(b);
  await closeTabAtOnce(b);
  await a.waitForTimeout(STALE_WRITE_MS);
  const stored = await readStoredMap(a, id);
  expect(stored?.header.name).toBe("Workshop backup");
  expect(stored?.relationships).toHaveLength(5);
  expect(stored?.header.relationshipCount).toBe(5);

  await a.reload();
  await expect(toolbarTitle(a)).toHaveText("Workshop backup");
  await expect(relationshipEdges(a)).toHaveCount(edgesAfter);
});

test("a map deleted in another tab is not brought back by a tab that only had it open", async ({
  appPage: a,
}) => {
  await openNewMap(a);
  const id = mapIdOf(a);
  await addPeopleByForm(a, "Our company", "Sales", ["Ada Lovelace"]);
  await expectSaved(a);
  const home = await a.context().newPage();
  await goHome(home);
  home.once("dialog", (dialog) => void dialog.accept());
  await mapCard(home, "Untitled map").getByRole("button", { name: "Delete Untitled map" }).click();
  await expect(mapCard(home, "Untitled map")).toHaveCount(0);
  await expect(
    toastList(a).filter({ hasText: '"Untitled map" was deleted in another tab.' }),
  ).toBeVisible(SOON);

  // A, with nothing unsaved, is hidden and then closed: the map stays deleted.
  await hidePage(a);
  await closeTabAtOnce(a);
  await home.waitForTimeout(STALE_WRITE_MS);
  expect(await readStoredMap(home, id)).toBeNull();
  await home.reload();
  await expect(home.getByRole("heading", { name: "Your maps" })).toBeVisible();
  await expect(mapCard(home, "Untitled map")).toHaveCount(0);
});

test("header edits made in two tabs at the same moment are all kept", async ({ appPage: a }) => {
  const id = await openLinkedPair(a);
  const b = await openSecondTab(a);
  const settingsA = await openSettings(a);
  const tiersA = settingsA.getByRole("group", { name: "Tiers" });
  const edge = (tab: typeof a) => edgeBetween(tab, "Ada Lovelace", "Linus Torvalds");

  // 1. Map rename in A, tier rename in B.
  const settingsB = await openSettings(b);
  await settingsA.getByLabel("Map name").fill("Renamed in A");
  await settingsB
    .getByRole("group", { name: "Tiers" })
    .getByRole("textbox", { name: "Tier 1 name" })
    .fill("Renamed in B");
  await Promise.all([a.keyboard.press("Enter"), b.keyboard.press("Enter")]);
  for (const tab of [a, b]) {
    await expect(toolbarTitle(tab)).toHaveText("Renamed in A", SOON);
    await expect(laneLabels(tab).first()).toHaveText("Renamed in B", SOON);
  }
  await b.keyboard.press("Escape");
  await expect(settingsB).toBeHidden();

  // 2. Tier rename in A, a rating in B.
  await clickLineBetween(b, "Ada Lovelace", "Linus Torvalds");
  await expect(inspector(b).getByRole("heading", { name: "Relationship" })).toBeVisible();
  await tiersA.getByRole("textbox", { name: "Tier 2 name" }).fill("Partnerships");
  await Promise.all([a.keyboard.press("Enter"), b.keyboard.press("1")]);
  for (const tab of [a, b]) {
    await expect(laneLabels(tab).nth(1)).toHaveText("Partnerships", SOON);
    await expect(edge(tab)).toHaveAttribute("aria-label", /: 1 /, SOON);
  }

  // 3. Map rename in A, another rating in B.
  await settingsA.getByLabel("Map name").fill("Renamed again in A");
  await Promise.all([a.keyboard.press("Enter"), b.keyboard.press("5")]);
  for (const tab of [a, b]) {
    await expect(toolbarTitle(tab)).toHaveText("Renamed again in A", SOON);
    await expect(edge(tab)).toHaveAttribute("aria-label", /: 5 /, SOON);
  }

  await expectSaved(a);
  await expectSaved(b);
  const stored = await readStoredMap(a, id);
  expect(stored?.header.name).toBe("Renamed again in A");
  const tiers = stored?.header.tiers as { name: string }[];
  expect(tiers.slice(0, 2).map((t) => t.name)).toEqual(["Renamed in B", "Partnerships"]);
  expect(stored?.relationships.map((r) => r.strength)).toEqual([5]);
  for (const tab of [a, b]) {
    await tab.reload();
    await expect(toolbarTitle(tab)).toHaveText("Renamed again in A");
    await expect(laneLabels(tab).first()).toHaveText("Renamed in B");
    await expect(laneLabels(tab).nth(1)).toHaveText("Partnerships");
    await expect(edge(tab)).toHaveAttribute("aria-label", /: 5 /);
  }
});

test("a person deleted in one tab while the other rates their relationship leaves no orphan", async ({
  appPage: a,
}) => {
  const id = await openLinkedPair(a);
  // B is busy: it hears of A's delete only after its own rating is saved.
  const b = await a.context().newPage();
  await hearOtherTabsLate(b, 2000);
  await b.goto(a.url());
  await expect(edgeBetween(b, "Ada Lovelace", "Linus Torvalds")).toHaveCount(1);
  await expectSaved(b);

  await selectCard(a, "Linus Torvalds");
  await cardByName(a, "Linus Torvalds").focus();
  await a.keyboard.press("Delete");
  await expect(cardByName(a, "Linus Torvalds")).toHaveCount(0);
  await expectSaved(a);
  await clickLineBetween(b, "Ada Lovelace", "Linus Torvalds");
  await b.keyboard.press("1");

  await expect(
    toastList(b).filter({
      hasText:
        "A relationship you changed was not saved: a person in it was deleted in another tab.",
    }),
  ).toBeVisible(SOON);
  await expect(edgeBetween(b, "Ada Lovelace", "Linus Torvalds")).toHaveCount(0, SOON);
  await expect(cardByName(b, "Linus Torvalds")).toHaveCount(0, SOON);
  await expectSaved(b);

  const stored = await readStoredMap(a, id);
  expect(stored?.people.map((p) => p.name)).toEqual(["Ada Lovelace"]);
  expect(stored?.relationships).toEqual([]);
  expect(stored?.header).toMatchObject({ peopleCount: 1, relationshipCount: 0 });

  await b.reload();
  await expect(cards(b)).toHaveCount(1);
  await expect(relationshipEdges(b)).toHaveCount(0);
  await expect(toastList(b).filter({ hasText: /damaged/ })).toHaveCount(0);
  await goHome(b);
  const card = mapCard(b, "Untitled map");
  await expect(cardStat(card, "People")).toHaveText("1");
  await expect(cardStat(card, "Relationships")).toHaveText("0");
});

test("Replace with storage nearly full keeps the stored map and says the import failed", async ({
  page,
  baseURL,
}) => {
  // Little room in storage, in force before the app first opens its database (Chromium reads
  // the quota when it opens it).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Storage.overrideQuotaForOrigin", {
    origin: new URL(baseURL ?? "").origin,
    quotaSize: 400 * 1024,
  });
  const fixture = await readFixture("small-workshop");
  await goHome(page);
  await importMapFile(page, jsonFile("workshop.peermap.json", fixture), WORKSHOP.name);
  const id = mapIdOf(page);
  const before = await readStoredMap(page, id);
  expect(before?.people).toHaveLength(WORKSHOP.people);

  // A same-id backup much bigger than the room left (its notes do not compress away).
  const backup = structuredClone(fixture);
  backup.map.name = "Big backup";
  backup.map.people.push(
    ...Array.from({ length: 300 }, (_, i) => ({
      id: `extra-${i}`,
      org: "a",
      name: `Extra person ${i}`,
      tier: "sales",
      notes: noise(4000, i + 1),
    })),
  );
  const dialog = await openImportDialog(page);
  await chooseFile(dialog, jsonFile("big-backup.peermap.json", backup));
  await dialog.getByRole("radio", { name: "Replace the stored map" }).check();
  await dialog.getByRole("button", { name: "Import map" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(
    "Could not store the map: this device's storage is full. Nothing was changed.",
  );
  await expect(toastList(page).filter({ hasText: "Imported" })).toHaveCount(0);
  await expect(storageBanner(page)).toHaveCount(0);
  expect(await readStoredMap(page, id)).toEqual(before);

  await page.keyboard.press("Escape");
  await page.reload();
  await expect(toolbarTitle(page)).toHaveText(WORKSHOP.name);
  await expect(cards(page)).toHaveCount(WORKSHOP.people - WORKSHOP.unplaced);
  await goHome(page);
  await expect(cardStat(mapCard(page, WORKSHOP.name), "People")).toHaveText(
    String(WORKSHOP.people),
  );
});
