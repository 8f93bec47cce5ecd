/**
 * The quick-entry bar above the canvas, with real keys: adding a person costs the name, the
 * title and at most two more keys; Enter adds from any field; the organisation and the tier
 * are chosen by keyboard; a pasted list is previewed, added in one undo step, placed.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  boxOf,
  canvasPane,
  cardByName,
  cards,
  cardTier,
  laneCell,
  openNewMap,
  openSampleMap,
  rosterNamesInTier,
} from "./support/editor";

test.use({ viewport: { width: 1280, height: 720 } });

const bar = (page: Page): Locator => page.getByRole("form", { name: "Quick entry" });
const nameField = (page: Page) => bar(page).getByRole("textbox", { name: "Name" });
const titleField = (page: Page) => bar(page).getByRole("textbox", { name: "Job title" });
const tierField = (page: Page) => bar(page).getByRole("combobox", { name: "Tier" });
const orgOption = (page: Page, name: string) => bar(page).getByRole("radio", { name });
const status = (page: Page) => bar(page).getByRole("status");

/** The keyboard, counting every key it sends (a typed character is one key). */
function countingKeyboard(page: Page) {
  let keys = 0;
  return {
    type: async (text: string) => {
      await page.keyboard.type(text);
      keys += [...text].length;
    },
    press: async (key: string) => {
      await page.keyboard.press(key);
      keys += 1;
    },
    get keys() {
      return keys;
    },
  };
}

/** The card's centre lies in that organisation's cell of the tier's lane. */
async function expectInCell(page: Page, name: string, tier: string, org: "a" | "b") {
  await expect(cardByName(page, name)).toBeVisible();
  await expect(cardTier(page, name)).toHaveText(tier);
  const card = await boxOf(cardByName(page, name));
  const cell = await boxOf(laneCell(page, tier, org));
  const x = card.x + card.width / 2;
  const y = card.y + card.height / 2;
  expect(x > cell.x && x < cell.x + cell.width, `${name} in its column`).toBe(true);
  expect(y > cell.y && y < cell.y + cell.height, `${name} in its lane`).toBe(true);
}

test("adds three people in a row for the name, the title and two keys each, after choosing organisation and tier by keyboard", async ({
  page,
}) => {
  await openNewMap(page);
  // Always at hand: on screen at 1280×720 without scrolling anything.
  await expect(nameField(page)).toBeInViewport();
  await nameField(page).click();

  const kb = countingKeyboard(page);
  await kb.press("Alt+3"); // the third tier, Sales
  await kb.press("Alt+o"); // the other organisation
  await expect(tierField(page)).toHaveValue(/.+/);
  await expect(tierField(page).locator("option:checked")).toHaveText("Sales");
  await expect(orgOption(page, "Partner")).toBeChecked();
  await expect(nameField(page)).toBeFocused();
  const setup = kb.keys;
  expect(setup).toBe(2);

  const people = [
    ["Mia Wong", "Head of Sales"],
    ["Li Chen", "Account manager"],
    ["Sam Ode", "Sales engineer"],
  ] as const;
  for (const [name, title] of people) {
    const before = kb.keys;
    await kb.type(name);
    await kb.press("Tab");
    await kb.type(title);
    await kb.press("Enter");
    expect(kb.keys - before).toBeLessThanOrEqual(name.length + title.length + 2);
    await expect(status(page)).toHaveText(`Added ${name} to Partner · Sales`);
    // Ready for the next person: empty fields, focus back in Name, same place.
    await expect(nameField(page)).toBeFocused();
    await expect(nameField(page)).toHaveValue("");
    await expect(titleField(page)).toHaveValue("");
  }
  for (const [name] of people) await expectInCell(page, name, "Sales", "b");
  await expect(rosterNamesInTier(page, "Partner", "Sales")).toHaveText(people.map((p) => p[0]));
  await expect(cardByName(page, "Mia Wong").locator(".person-card-title")).toHaveText(
    "Head of Sales",
  );

  // Back to our side and the first tier, by keyboard from the tier list and the switch.
  await tierField(page).focus();
  await page.keyboard.press("Home");
  await expect(tierField(page).locator("option:checked")).toHaveText("Executive sponsor");
  await page.keyboard.press("5"); // a number on the tier list is the tier
  await expect(tierField(page).locator("option:checked")).toHaveText("Technical / delivery");
  await orgOption(page, "Partner").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(orgOption(page, "Our company")).toBeChecked();
  await page.keyboard.press("2"); // and on the switch
  await expect(tierField(page).locator("option:checked")).toHaveText("Alliance management");
  await page.keyboard.press("p"); // a letter there is not the editor's Present key
  await expect(bar(page)).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(bar(page).getByRole("alert")).toHaveText("Type a name first.");
});

test("Enter adds from the name field, the title field, the tier list and the switch; a blank name is refused without losing the title", async ({
  page,
}) => {
  await openSampleMap(page);
  await nameField(page).click();
  await page.keyboard.type("Ana Ruiz");
  await page.keyboard.press("Enter");
  await expect(status(page)).toHaveText(/^Added Ana Ruiz to Acme Software · /);
  await expect(cardByName(page, "Ana Ruiz")).toBeVisible();

  await page.keyboard.type("Bo Lind");
  await page.keyboard.press("Tab");
  await page.keyboard.type("CFO");
  await page.keyboard.press("Enter");
  await expect(cardByName(page, "Bo Lind")).toBeVisible();

  // Enter on the tier list adds (it used to open the list and add nobody).
  await page.keyboard.type("Cy Park");
  await tierField(page).focus();
  await page.keyboard.press("Enter");
  await expect(cardByName(page, "Cy Park")).toBeVisible();
  await expect(nameField(page)).toBeFocused();

  await page.keyboard.type("Dee Fox");
  await orgOption(page, "Acme Software").focus();
  await page.keyboard.press("Enter");
  await expect(cardByName(page, "Dee Fox")).toBeVisible();

  // Nothing typed in Name: said in an alert, and the title typed stays.
  await titleField(page).fill("Chief of staff");
  await nameField(page).focus();
  const count = await cards(page).count();
  await page.keyboard.press("Enter");
  await expect(bar(page).getByRole("alert")).toHaveText("Type a name first.");
  await expect(titleField(page)).toHaveValue("Chief of staff");
  await expect(cards(page)).toHaveCount(count);
  await page.keyboard.type("Eve Hart");
  await expect(bar(page).getByRole("alert")).toHaveCount(0);
  await page.keyboard.press("Enter");
  await expect(cardByName(page, "Eve Hart").locator(".person-card-title")).toHaveText(
    "Chief of staff",
  );
});

/** A paste into the focused field, as the browser sends one from the clipboard. */
async function paste(field: Locator, text: string): Promise<void> {
  await field.evaluate((el, pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    (el as HTMLInputElement).focus();
    el.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

const SEVEN = [
  "Mia Wong\tHead of Sales",
  "Li Chen\tAccount manager",
  "",
  '"Ode, Sam"\tSales engineer',
  "Ana Ruiz, Partner sales",
  "Bo Lind – Inside sales",
  "Cy Park (Sales operations)",
  "Dee Fox,",
  "",
].join("\r\n");
const SEVEN_NAMES = [
  "Mia Wong",
  "Li Chen",
  "Ode, Sam",
  "Ana Ruiz",
  "Bo Lind",
  "Cy Park",
  "Dee Fox",
];

test("a pasted list of 7 is previewed, added to the tier in one step, placed, and one undo takes all 7 back", async ({
  page,
}) => {
  await openSampleMap(page);
  await nameField(page).click();
  await page.keyboard.press("Alt+3");
  await page.keyboard.press("Alt+o");
  await paste(nameField(page), SEVEN);
  await expect(bar(page)).toContainText("Add 7 people to Globex Cloud · Sales?");
  await expect(nameField(page)).toHaveValue("");
  await expect(cards(page)).toHaveCount(16);

  // The preview has the keyboard: Enter adds.
  await expect(bar(page).getByRole("button", { name: "Add 7 people" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(status(page)).toHaveText("Added 7 people to Globex Cloud · Sales");
  await expect(cards(page)).toHaveCount(23);
  for (const name of SEVEN_NAMES) await expectInCell(page, name, "Sales", "b");
  await expect(cardByName(page, "Bo Lind").locator(".person-card-title")).toHaveText(
    "Inside sales",
  );

  await canvasPane(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+z");
  await expect(cards(page)).toHaveCount(16);
  for (const name of SEVEN_NAMES) await expect(cardByName(page, name)).toHaveCount(0);
});

test("a pasted list can be cancelled, and a single line pastes into the fields", async ({
  page,
}) => {
  await openNewMap(page);
  await paste(nameField(page), "Mia Wong\nLi Chen\n");
  await expect(bar(page)).toContainText("Add 2 people to Our company · Executive sponsor?");
  await page.keyboard.press("Escape");
  await expect(bar(page)).not.toContainText("Add 2 people");
  await expect(nameField(page)).toBeFocused();
  await expect(cards(page)).toHaveCount(0);

  // A list that breaks a limit says which line and why, and cannot be added as it is.
  await paste(nameField(page), `Mia Wong\nLi Chen, ${"x".repeat(201)}\n`);
  await expect(bar(page).getByRole("alert")).toContainText(
    "Person 2 in the list (Li Chen): A title can be at most 200 characters",
  );
  await expect(bar(page).getByRole("button", { name: "Add 2 people" })).toBeDisabled();
  await expect(bar(page).getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(bar(page).getByRole("alert")).toHaveCount(0);
  await expect(cards(page)).toHaveCount(0);

  await paste(nameField(page), "Mia Wong\tHead of Sales\n");
  await expect(nameField(page)).toHaveValue("Mia Wong");
  await expect(titleField(page)).toHaveValue("Head of Sales");
  await page.keyboard.press("Enter");
  await expect(cardByName(page, "Mia Wong")).toBeVisible();
});

test("the bar is hidden while presenting and back afterwards, with what was typed", async ({
  page,
}) => {
  await openSampleMap(page);
  await nameField(page).fill("Half typed");
  await canvasPane(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("p");
  await expect(bar(page)).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(bar(page)).toBeVisible();
  await expect(nameField(page)).toHaveValue("Half typed");
});

// The bar's keys are rows of the one shortcut table (src/app/shortcuts.ts), so the help lists them.
test("the keyboard help lists the quick-entry bar's keys, and the bar acts on them", async ({
  appPage: page,
}) => {
  await openNewMap(page);
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  const section = help.getByRole("region", { name: "Quick entry" });
  await expect(section).toBeVisible();
  for (const key of ["Alt+1–9", "Alt+O", "Enter"]) {
    await expect(section.locator("kbd", { hasText: key })).toHaveCount(1);
  }
  await expect(section).toContainText("Switch to the other organisation");
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);

  // The keys listed are the keys handled: from the name field, Alt+2 picks the second tier and
  // Alt+O the other organisation.
  const secondTier = (await tierField(page).locator("option").nth(1).textContent()) ?? "";
  await nameField(page).focus();
  await page.keyboard.press("Alt+2");
  await expect(tierField(page).locator("option:checked")).toHaveText(secondTier);
  const checkedOrg = bar(page).locator("input[type=radio]:checked");
  const before = await checkedOrg.getAttribute("value");
  await page.keyboard.press("Alt+o");
  await expect(checkedOrg).not.toHaveAttribute("value", before ?? "");
});
