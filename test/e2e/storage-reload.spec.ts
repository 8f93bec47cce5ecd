/**
 * Local-first storage survives the page: everything made in the editor (people, a relationship,
 * a moved card) is back after a reload, where it was; and an edit made just before the page
 * is closed or left is not lost.
 */
import { expect, test } from "./fixtures";
import {
  closeTabAtOnce,
  expectSaved,
  gotoBlankPage,
  mapIdOf,
  readStoredMap,
  recordedSaveStatus,
  recordSaveStatus,
  skipPersistNotice,
  storedPeopleNames,
} from "./storage-support";
import {
  addPeopleByForm,
  boxOf,
  cardByName,
  cards,
  cardTier,
  connectCards,
  coverageText,
  DEFAULT_TIERS,
  dragCardTo,
  EDITOR_VIEWPORT,
  edgeBetween,
  gapRows,
  inspectorName,
  laneLabels,
  openAddPersonForm,
  openNewMap,
  relationshipEdges,
  roster,
  rosterNamesInTier,
  selectCard,
  toolbarTitle,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

test.beforeEach(async ({ context }) => {
  await skipPersistNotice(context);
});

test("people, a relationship and a moved card are all back after a reload, where they were", async ({
  appPage: page,
}) => {
  await openNewMap(page);
  const id = mapIdOf(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace", "Grace Hopper"]);
  await addPeopleByForm(page, "Partner", "Sales", ["Linus Torvalds"]);
  await addPeopleByForm(page, "Partner", "Executive sponsor", ["Marissa Mayer"]);
  await connectCards(page, "Ada Lovelace", "Linus Torvalds");
  await expect(edgeBetween(page, "Ada Lovelace", "Linus Torvalds")).toHaveCount(1);
  await dragCardTo(page, "Grace Hopper", { tier: "Marketing", org: "a" });
  await expect(cardTier(page, "Grace Hopper")).toHaveText("Marketing");
  await expectSaved(page);

  const names = ["Ada Lovelace", "Grace Hopper", "Linus Torvalds", "Marissa Mayer"];
  const boxesBefore = await Promise.all(names.map((n) => boxOf(cardByName(page, n))));
  const edgeLabel = await edgeBetween(page, "Ada Lovelace", "Linus Torvalds").getAttribute(
    "aria-label",
  );
  const coverageBefore = await coverageText(page).textContent();
  const gapsBefore = await gapRows(page).allTextContents();
  expect(gapsBefore.length).toBeGreaterThan(0);

  // What is stored is what is on screen (read straight from IndexedDB, not through the app).
  const stored = await readStoredMap(page, id);
  expect(stored?.people.map((p) => p.name).sort()).toEqual([...names].sort());
  expect(stored?.relationships).toHaveLength(1);
  expect(stored?.header.name).toBe("Untitled map");

  await page.reload();

  await expect(toolbarTitle(page)).toHaveText("Untitled map");
  await expect(laneLabels(page)).toHaveText([...DEFAULT_TIERS]);
  await expect(cards(page)).toHaveCount(4);
  await expect(relationshipEdges(page)).toHaveCount(1);
  await expect(edgeBetween(page, "Ada Lovelace", "Linus Torvalds")).toHaveAttribute(
    "aria-label",
    edgeLabel ?? "",
  );
  await expect(cardTier(page, "Grace Hopper")).toHaveText("Marketing");
  await expect(cardTier(page, "Ada Lovelace")).toHaveText("Sales");
  await expect(cardTier(page, "Marissa Mayer")).toHaveText("Executive sponsor");
  await expect(rosterNamesInTier(page, "Our company", "Sales")).toHaveText(["Ada Lovelace"]);
  await expect(rosterNamesInTier(page, "Our company", "Marketing")).toHaveText(["Grace Hopper"]);
  await expect(rosterNamesInTier(page, "Partner", "Sales")).toHaveText(["Linus Torvalds"]);
  await expect(rosterNamesInTier(page, "Partner", "Executive sponsor")).toHaveText([
    "Marissa Mayer",
  ]);
  await expect(roster(page).getByText("4 people", { exact: true })).toBeVisible();
  await expect(coverageText(page)).toHaveText(coverageBefore ?? "");
  await expect(gapRows(page)).toHaveText(gapsBefore);

  // Positions included: every card is where it was (same board, same fitted view).
  for (const [i, name] of names.entries()) {
    const after = await boxOf(cardByName(page, name));
    const before = boxesBefore[i];
    expect(after.x, `${name} x`).toBeCloseTo(before?.x ?? Number.NaN, 0);
    expect(after.y, `${name} y`).toBeCloseTo(before?.y ?? Number.NaN, 0);
    expect(after.width, `${name} width`).toBeCloseTo(before?.width ?? Number.NaN, 0);
  }
});

test("a name typed and entered just before the page is closed is there in a new page", async ({
  appPage: page,
  context,
}) => {
  await openNewMap(page);
  const url = page.url();
  const id = mapIdOf(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
  await expectSaved(page);

  await selectCard(page, "Ada Lovelace");
  await inspectorName(page).fill("Ada King");
  await inspectorName(page).press("Enter");
  // No waiting for "Saved": the page goes away at once, running its pagehide handlers.
  await closeTabAtOnce(page);

  // A same-origin page without the app, to look at what was stored before the app opens it.
  const next = await context.newPage();
  await gotoBlankPage(next);
  await expect.poll(() => storedPeopleNames(next, id)).toEqual(["Ada King"]);
  await next.goto(url);
  await expect(cardByName(next, "Ada King")).toBeVisible();
  await expect(cardByName(next, "Ada Lovelace")).toHaveCount(0);
});

test("a person added just before leaving for another page is there on coming back", async ({
  appPage: page,
}) => {
  await openNewMap(page);
  const url = page.url();
  const id = mapIdOf(page);
  const form = await openAddPersonForm(page, "Partner");
  await form.getByLabel("Tier").selectOption({ label: "Marketing" });
  await form.getByLabel("Name").fill("Linus Torvalds");
  await form.getByLabel("Name").press("Enter");
  // Straight away, well inside the autosave's debounce: the page is left.
  await gotoBlankPage(page);
  await expect.poll(() => storedPeopleNames(page, id)).toEqual(["Linus Torvalds"]);

  await page.goto(url);
  await expect(cardByName(page, "Linus Torvalds")).toBeVisible();
  await expect(cardTier(page, "Linus Torvalds")).toHaveText("Marketing");
  await expect(rosterNamesInTier(page, "Partner", "Marketing")).toHaveText(["Linus Torvalds"]);
});

test("a card moved and the page reloaded at once keeps its new place", async ({
  appPage: page,
}) => {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace", "Grace Hopper"]);
  await expectSaved(page);
  await dragCardTo(page, "Grace Hopper", { tier: "Operations / support", org: "a" });
  const moved = await boxOf(cardByName(page, "Grace Hopper"));
  await page.reload();
  await expect(cardTier(page, "Grace Hopper")).toHaveText("Operations / support");
  const after = await boxOf(cardByName(page, "Grace Hopper"));
  expect(after.x).toBeCloseTo(moved.x, 0);
  expect(after.y).toBeCloseTo(moved.y, 0);
});

test("switching away and back quickly while edits are being saved loses nothing and never shows an error", async ({
  appPage: page,
}) => {
  await openNewMap(page);
  const id = mapIdOf(page);
  await recordSaveStatus(page);
  /** What a quick Alt+Tab away and back does to the page: hidden, then visible again. */
  const hideAndShow = () =>
    page.evaluate(async () => {
      const flip = (state: "hidden" | "visible") => {
        Object.defineProperty(document, "visibilityState", { value: state, configurable: true });
        document.dispatchEvent(new Event("visibilitychange"));
      };
      for (let i = 0; i < 3; i++) {
        flip("hidden");
        await new Promise((resolve) => setTimeout(resolve, i * 2));
        flip("visible");
      }
    });

  const form = await openAddPersonForm(page, "Our company");
  const names = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Barbara Liskov"];
  for (const name of names) {
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Name").press("Enter");
    await hideAndShow();
  }
  await expectSaved(page);
  expect(await storedPeopleNames(page, id)).toEqual([...names].sort());
  const texts = await recordedSaveStatus(page);
  expect(texts).toContain("Saving…");
  expect(texts.filter((t) => t.startsWith("Not saved"))).toEqual([]);

  await page.reload();
  await expect(rosterNamesInTier(page, "Our company", "Executive sponsor")).toHaveText(names);
});
