/**
 * Keyboard: Delete/Backspace, Escape, 1–5 and undo act on the canvas selection, never on what
 * is being typed in a field; Tab reaches the toolbar and the roster.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  addPeopleByForm,
  cardByName,
  cards,
  clickLineBetween,
  connectCards,
  EDITOR_VIEWPORT,
  edgeBetween,
  inspector,
  inspectorName,
  openNewMap,
  openSampleMap,
  openSettings,
  relationshipEdges,
  roster,
  rosterEntry,
  selectCard,
  strengthRadio,
  toolbar,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

async function threePeople(page: Page): Promise<void> {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace", "Grace Hopper"]);
  await addPeopleByForm(page, "Partner", "Sales", ["Linus Torvalds"]);
  await expect(cards(page)).toHaveCount(3);
}

const hint = (page: Page) => inspector(page).getByText("Select a person or a relationship");

test("Delete and Backspace delete the selected person, with their relationships", async ({
  appPage: page,
}) => {
  await threePeople(page);
  await connectCards(page, "Ada Lovelace", "Linus Torvalds");
  await expect(relationshipEdges(page)).toHaveCount(1);

  await selectCard(page, "Ada Lovelace");
  await page.keyboard.press("Delete");
  await expect(cardByName(page, "Ada Lovelace")).toHaveCount(0);
  await expect(rosterEntry(page, "Ada Lovelace")).toHaveCount(0);
  await expect(relationshipEdges(page)).toHaveCount(0);
  await expect(hint(page)).toBeVisible();
  await expect(roster(page).getByText("2 people", { exact: true })).toBeVisible();

  await selectCard(page, "Grace Hopper");
  await page.keyboard.press("Backspace");
  await expect(cardByName(page, "Grace Hopper")).toHaveCount(0);
  await expect(cards(page)).toHaveCount(1);
  await expect(roster(page).getByText("1 person", { exact: true })).toBeVisible();

  // Nothing selected: Delete does nothing.
  await page.keyboard.press("Delete");
  await expect(cards(page)).toHaveCount(1);

  // Undo brings Grace back, then Ada with her relationship.
  await page.keyboard.press("Control+z");
  await expect(cardByName(page, "Grace Hopper")).toHaveCount(1);
  await page.keyboard.press("Control+z");
  await expect(cardByName(page, "Ada Lovelace")).toHaveCount(1);
  await expect(edgeBetween(page, "Ada Lovelace", "Linus Torvalds")).toHaveCount(1);
});

test("a selection made in the roster is deleted by the Delete key too", async ({
  appPage: page,
}) => {
  await threePeople(page);
  await rosterEntry(page, "Grace Hopper")
    .getByRole("button", { name: /Grace Hopper/ })
    .click();
  await expect(inspectorName(page)).toHaveValue("Grace Hopper");
  await expect(cardByName(page, "Grace Hopper").locator(".person-card")).toHaveClass(/is-selected/);
  await page.keyboard.press("Delete");
  await expect(cardByName(page, "Grace Hopper")).toHaveCount(0);
  await expect(rosterEntry(page, "Grace Hopper")).toHaveCount(0);
});

test("Escape clears the selection", async ({ appPage: page }) => {
  await threePeople(page);
  await selectCard(page, "Ada Lovelace");
  const card = cardByName(page, "Ada Lovelace").locator(".person-card");
  await expect(card).toHaveClass(/is-selected/);
  await page.keyboard.press("Escape");
  await expect(hint(page)).toBeVisible();
  await expect(card).not.toHaveClass(/is-selected/);
  await expect(
    rosterEntry(page, "Ada Lovelace").getByRole("button", { pressed: true }),
  ).toHaveCount(0);

  // A relationship too.
  await connectCards(page, "Ada Lovelace", "Linus Torvalds");
  await expect(inspector(page).getByRole("heading", { name: "Relationship" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(hint(page)).toBeVisible();
  await expect(edgeBetween(page, "Ada Lovelace", "Linus Torvalds")).not.toHaveClass(/selected/);
  // Nothing is selected, so a digit rates nothing.
  await page.keyboard.press("1");
  await expect(edgeBetween(page, "Ada Lovelace", "Linus Torvalds")).toHaveAttribute(
    "aria-label",
    "Ada Lovelace and Linus Torvalds: 3 Working",
  );
});

test("typing 5 in the relationship's notes does not re-rate it", async ({ appPage: page }) => {
  await threePeople(page);
  await connectCards(page, "Ada Lovelace", "Linus Torvalds");
  await expect(strengthRadio(page, "3 Working")).toHaveAttribute("aria-checked", "true");

  const notes = inspector(page).getByLabel("Notes");
  await notes.click();
  await page.keyboard.type("Met 5 times, 1 deal");
  await page.keyboard.press("Backspace");
  await expect(notes).toHaveValue("Met 5 times, 1 dea");
  await expect(strengthRadio(page, "3 Working")).toHaveAttribute("aria-checked", "true");
  await expect(relationshipEdges(page)).toHaveCount(1);

  // Ctrl+Enter saves the note; the strength is unchanged.
  await page.keyboard.press("Control+Enter");
  await page.keyboard.press("Tab");
  await expect(notes).toHaveValue("Met 5 times, 1 dea");
  await expect(edgeBetween(page, "Ada Lovelace", "Linus Torvalds")).toHaveAttribute(
    "aria-label",
    "Ada Lovelace and Linus Torvalds: 3 Working",
  );
  // Out of the field, the same key does rate.
  await cardByName(page, "Ada Lovelace").locator(".person-card-name").click();
  await inspector(page)
    .getByRole("button", { name: /Linus Torvalds/ })
    .click();
  await expect(strengthRadio(page, "3 Working")).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("5");
  await expect(strengthRadio(page, "5 Trusted")).toHaveAttribute("aria-checked", "true");
  await expect(inspector(page).getByLabel("Notes")).toHaveValue("Met 5 times, 1 dea");
});

test("1–5 re-rate the selected relationship; its own strength again adds no undo step", async ({
  appPage: page,
}) => {
  await threePeople(page);
  await connectCards(page, "Ada Lovelace", "Linus Torvalds");
  const edge = edgeBetween(page, "Ada Lovelace", "Linus Torvalds");
  // Already 3: pressing 3 changes nothing, so the next undo takes back the connection itself.
  await page.keyboard.press("3");
  await page.keyboard.press("Control+z");
  await expect(relationshipEdges(page)).toHaveCount(0);
  await page.keyboard.press("Control+Shift+z");
  await expect(edge).toHaveCount(1);

  await clickLineBetween(page, "Ada Lovelace", "Linus Torvalds");
  await expect(strengthRadio(page, "3 Working")).toHaveAttribute("aria-checked", "true");
  for (const [key, label] of [
    ["1", "1 Strained"],
    ["2", "2 Weak"],
    ["4", "4 Strong"],
    ["4", "4 Strong"],
  ] as const) {
    await page.keyboard.press(key);
    await expect(strengthRadio(page, label)).toHaveAttribute("aria-checked", "true");
    await expect(edge).toHaveAttribute("aria-label", `Ada Lovelace and Linus Torvalds: ${label}`);
  }
  // 4 twice was one edit: one undo goes back to 2.
  await page.keyboard.press("Control+z");
  await expect(strengthRadio(page, "2 Weak")).toHaveAttribute("aria-checked", "true");
  // Digits outside 1–5 do nothing.
  await page.keyboard.press("0");
  await page.keyboard.press("6");
  await expect(strengthRadio(page, "2 Weak")).toHaveAttribute("aria-checked", "true");
});

test("Backspace and Ctrl+Z in a person's text field edit the text, not the map", async ({
  appPage: page,
}) => {
  await threePeople(page);
  await selectCard(page, "Grace Hopper");
  const title = inspector(page).getByLabel("Job title");
  await title.click();
  await page.keyboard.type("Rear Admiral");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Delete");
  await expect(title).toHaveValue("Rear Admir");
  await expect(cardByName(page, "Grace Hopper")).toHaveCount(1);

  // Ctrl+Z in a field is the field's own undo: Linus, the last person added, stays.
  await page.keyboard.press("Control+z");
  await expect(cardByName(page, "Linus Torvalds")).toHaveCount(1);
  await expect(cards(page)).toHaveCount(3);
  await title.fill("Rear Admir");
  await page.keyboard.press("Enter");
  await expect(cardByName(page, "Grace Hopper").locator(".person-card-title")).toHaveText(
    "Rear Admir",
  );
  // Backspace on the whole name deletes characters, never the selected person.
  const name = inspectorName(page);
  await name.click();
  await page.keyboard.press("End");
  for (let i = 0; i < 7; i++) await page.keyboard.press("Backspace");
  await expect(name).toHaveValue("Grace");
  await page.keyboard.press("Escape");
  await expect(name).toHaveValue("Grace Hopper");
  await expect(cards(page)).toHaveCount(3);
  // Still selected: Escape in a field throws away the draft, not the selection.
  await expect(inspectorName(page)).toHaveValue("Grace Hopper");
});

test("shortcuts are off while the settings dialog is open", async ({ appPage: page }) => {
  await threePeople(page);
  await selectCard(page, "Ada Lovelace");
  const dialog = await openSettings(page);
  await dialog.getByRole("button", { name: "Close" }).focus();
  await page.keyboard.press("Delete");
  await page.keyboard.press("Control+z");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(cards(page)).toHaveCount(3);
  await expect(inspectorName(page)).toHaveValue("Ada Lovelace");
});

/**
 * Press Tab from the top of the page until every target has had focus, and return the order in
 * which they got it (their indexes in `targets`). Fails if one is never reached.
 */
async function tabOrder(page: Page, targets: readonly Locator[], max = 60): Promise<number[]> {
  const order: number[] = [];
  for (let i = 0; i < max && order.length < targets.length; i++) {
    await page.keyboard.press("Tab");
    for (const [index, target] of targets.entries()) {
      if (order.includes(index)) continue;
      if (await target.evaluate((el) => el === document.activeElement)) order.push(index);
    }
  }
  expect(order.length, "Tab reached every control").toBe(targets.length);
  return order;
}

/** Press Tab until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 10): Promise<void> {
  await tabOrder(page, [target], max);
}

test("Tab reaches the toolbar and the roster forms, in reading order", async ({
  appPage: page,
}) => {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
  // Start from the top of the page.
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  const allMaps = toolbar(page).getByRole("link", { name: "All maps" });
  const undo = toolbar(page).getByRole("button", { name: "Undo" });
  const tidy = toolbar(page).getByRole("button", { name: "Tidy" });
  const settings = toolbar(page).getByRole("button", { name: "Map settings" });
  const addOurs = roster(page).getByRole("button", { name: "Add person to Our company" });
  const addTheirs = roster(page).getByRole("button", { name: "Add person to Partner" });

  // Each is reached, in reading order: toolbar left to right, then the roster top down.
  const inOrder = [allMaps, undo, tidy, settings, addOurs, addTheirs];
  expect(await tabOrder(page, inOrder)).toEqual([0, 1, 2, 3, 4, 5]);
  await expect(addTheirs).toBeFocused();

  // Open the partner form from the keyboard and fill it without the mouse.
  await page.keyboard.press("Enter");
  const form = roster(page).getByRole("form", { name: "Add person to Partner" });
  await expect(form.getByLabel("Name")).toBeFocused();
  await page.keyboard.type("Linus Torvalds");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Job title")).toBeFocused();
  await page.keyboard.type("Maintainer");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Tier")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(form.getByRole("button", { name: "Add", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(cardByName(page, "Linus Torvalds")).toHaveCount(1);
  await expect(cardByName(page, "Linus Torvalds").locator(".person-card-title")).toHaveText(
    "Maintainer",
  );
  // Ready for the next person: focus is back in Name; Done is a few Tabs on.
  await expect(form.getByLabel("Name")).toBeFocused();
  await tabTo(page, form.getByRole("button", { name: "Done" }));
  await page.keyboard.press("Enter");
  await expect(form).toHaveCount(0);
  await expect(addTheirs).toBeFocused();

  // Settings from the keyboard: Enter opens, Escape closes and focus returns.
  await settings.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Map settings" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Map settings" })).toBeHidden();
  await expect(settings).toBeFocused();
});

test("a card can be reached, selected and deleted with the keyboard alone", async ({
  appPage: page,
}) => {
  await threePeople(page);
  const grace = cardByName(page, "Grace Hopper");
  await rosterEntry(page, "Linus Torvalds")
    .getByRole("button", { name: /Linus Torvalds/ })
    .focus();
  await tabTo(page, grace, 30);
  await expect(grace).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(inspectorName(page)).toHaveValue("Grace Hopper");
  await expect(grace.locator(".person-card")).toHaveClass(/is-selected/);
  await page.keyboard.press("Delete");
  await expect(cardByName(page, "Grace Hopper")).toHaveCount(0);
  await expect(cards(page)).toHaveCount(2);
});

test("a relationship can be drawn and rated with the keyboard alone", async ({ appPage: page }) => {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
  await addPeopleByForm(page, "Partner", "Sales", ["Grace Hopper"]);
  await expect(relationshipEdges(page)).toHaveCount(0);

  // Select Ada from the roster with the keyboard, then pick Grace in the inspector.
  await rosterEntry(page, "Ada Lovelace").getByRole("button").first().focus();
  await page.keyboard.press("Enter");
  await expect(inspectorName(page)).toHaveValue("Ada Lovelace");
  const choose = inspector(page).getByLabel("Add a relationship with");
  await choose.focus();
  await choose.selectOption({ label: "Grace Hopper" });
  await page.keyboard.press("Tab");
  await expect(inspector(page).getByRole("button", { name: "Add", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(relationshipEdges(page)).toHaveCount(1);
  await expect(edgeBetween(page, "Ada Lovelace", "Grace Hopper")).toHaveCount(1);
  await expect(strengthRadio(page, "3 Working")).toHaveAttribute("aria-checked", "true");
  // The new relationship is selected, so a number key rates it at once.
  await page.keyboard.press("5");
  await expect(strengthRadio(page, "5 Trusted")).toHaveAttribute("aria-checked", "true");
});

test("with the mouse, the list of people to link to offers everyone not yet linked", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  await selectCard(page, "Chloe Dubois");
  const choose = inspector(page).getByLabel("Add a relationship with");
  await choose.click();
  // The sample's 16 people but Chloe Dubois and Sam Morgan, whom she is linked to: her tier's
  // counterpart, the partner's other tiers, her colleagues.
  await expect(choose.locator("option:not([value=''])")).toHaveCount(14);
  await expect(choose.locator("optgroup")).toHaveCount(3);
  await page.keyboard.press("Escape");
  await choose.selectOption({ label: "Elena Petrova (Cloud Architect)" });
  await inspector(page).getByRole("button", { name: "Add", exact: true }).click();
  await expect(edgeBetween(page, "Chloe Dubois", "Elena Petrova")).toHaveCount(1);
});
