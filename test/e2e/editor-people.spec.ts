/**
 * Putting people on the map: the roster's quick-add form (keyboard only), double-click on an
 * empty lane spot, and dragging an unplaced person from the roster onto the canvas.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  addPeopleByForm,
  boxOf,
  canvas,
  cardByName,
  cards,
  cardTier,
  centre,
  columnHeader,
  connectCards,
  EDITOR_VIEWPORT,
  emptySpotIn,
  inspector,
  inspectorName,
  inspectorTier,
  intersects,
  laneCell,
  mouseDrag,
  openAddPersonForm,
  openNewMap,
  pointOnLineBetween,
  relationshipEdges,
  roster,
  rosterEntry,
  rosterNamesInTier,
  rosterSection,
  selectCard,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

const TEN = [
  "Ada Lovelace",
  "Grace Hopper",
  "Alan Turing",
  "Edsger Dijkstra",
  "Barbara Liskov",
  "Donald Knuth",
  "Frances Allen",
  "Ken Thompson",
  "Margaret Hamilton",
  "John Backus",
] as const;

test("ten people in a row by the roster form, keyboard only", async ({ appPage: page }) => {
  await openNewMap(page);
  const form = await openAddPersonForm(page, "Our company");
  const name = form.getByLabel("Name");
  await expect(name).toBeFocused();

  // Choose the tier with the keyboard too: Tab to the select, pick, Shift+Tab back.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Tier")).toBeFocused();
  await form.getByLabel("Tier").selectOption({ label: "Sales" });
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(name).toBeFocused();

  for (const person of TEN) {
    await page.keyboard.type(person);
    await page.keyboard.press("Enter");
    await expect(form.getByRole("status")).toHaveText(`Added ${person} to Sales.`);
    await expect(name).toBeFocused();
    await expect(name).toHaveValue("");
  }

  await expect(roster(page).getByText("10 people", { exact: true })).toBeVisible();
  await expect(rosterNamesInTier(page, "Our company", "Sales")).toHaveText([...TEN]);
  await expect(rosterSection(page, "Our company").locator(".roster-count")).toHaveText(
    /10\s*people/,
  );
  await expect(
    rosterSection(page, "Partner").getByText("Nobody yet.", { exact: false }),
  ).toBeVisible();

  // All on the canvas, in Our company's column, in the Sales lane, none on top of another.
  await expect(cards(page)).toHaveCount(10);
  const sales = await boxOf(laneCell(page, "Sales", "a"));
  const boxes = [];
  for (const person of TEN) {
    await expect(cardTier(page, person)).toHaveText("Sales");
    await expect(cardByName(page, person)).toHaveAttribute(
      "aria-label",
      `${person}, Our company, Sales`,
    );
    const box = await boxOf(cardByName(page, person));
    const mid = centre(box);
    expect(mid.x).toBeGreaterThan(sales.x);
    expect(mid.x).toBeLessThan(sales.x + sales.width);
    expect(mid.y).toBeGreaterThan(sales.y);
    expect(mid.y).toBeLessThan(sales.y + sales.height);
    boxes.push(box);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [p, q] = [boxes[i], boxes[j]];
      if (p && q) expect(intersects(p, q), `${TEN[i]} and ${TEN[j]} overlap`).toBe(false);
    }
  }
});

test("an empty name is refused with a message and adds nobody", async ({ appPage: page }) => {
  await openNewMap(page);
  const form = await openAddPersonForm(page, "Partner");
  await page.keyboard.press("Enter");
  await expect(form.getByRole("alert")).toHaveText("Type a name first.");
  await expect(form.getByLabel("Name")).toBeFocused();
  await expect(cards(page)).toHaveCount(0);
  await page.keyboard.type("Linus Torvalds");
  await expect(form.getByRole("alert")).toHaveCount(0);
  await page.keyboard.press("Enter");
  await expect(rosterNamesInTier(page, "Partner", "Executive sponsor")).toHaveText([
    "Linus Torvalds",
  ]);
  await expect(cardTier(page, "Linus Torvalds")).toHaveText("Executive sponsor");
  // Escape closes the form and gives focus back to its toggle.
  await page.keyboard.press("Escape");
  await expect(form).toHaveCount(0);
  await expect(roster(page).getByRole("button", { name: "Add person to Partner" })).toBeFocused();
});

test("double-click on an empty partner lane adds a person there, named from the inspector", async ({
  appPage: page,
}) => {
  await openNewMap(page);
  const spot = await emptySpotIn(page, "Marketing", "b");
  await page.mouse.dblclick(spot.x, spot.y);

  const card = cardByName(page, "New person");
  await expect(card).toHaveCount(1);
  await expect(cardTier(page, "New person")).toHaveText("Marketing");
  await expect(card).toHaveAttribute("aria-label", "New person, Partner, Marketing");
  // Where it was double-clicked: inside the Partner column's Marketing cell.
  const cell = await boxOf(laneCell(page, "Marketing", "b"));
  const mid = centre(await boxOf(card));
  expect(mid.x).toBeGreaterThan(cell.x);
  expect(mid.x).toBeLessThan(cell.x + cell.width);
  expect(mid.y).toBeGreaterThan(cell.y);
  expect(mid.y).toBeLessThan(cell.y + cell.height);
  expect(Math.abs(mid.x - spot.x)).toBeLessThan(40);

  await expect(card.locator(".person-card")).toHaveClass(/is-selected/);
  await expect(inspectorName(page)).toBeFocused();
  await expect(inspectorName(page)).toHaveValue("New person");
  await expect(rosterNamesInTier(page, "Partner", "Marketing")).toHaveText(["New person"]);

  // The name is selected: typing replaces it, Enter saves.
  await page.keyboard.type("Radia Perlman");
  await page.keyboard.press("Enter");
  await expect(cardByName(page, "Radia Perlman")).toHaveCount(1);
  await expect(cardByName(page, "New person")).toHaveCount(0);
  await expect(cardTier(page, "Radia Perlman")).toHaveText("Marketing");
  await expect(rosterNamesInTier(page, "Partner", "Marketing")).toHaveText(["Radia Perlman"]);
  await expect(inspector(page).getByText("Partner", { exact: true })).toBeVisible();
});

test("double-click on a card, an edge, a header or beside the board adds nobody", async ({
  appPage: page,
}) => {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
  await addPeopleByForm(page, "Partner", "Sales", ["Linus Torvalds"]);
  await connectCards(page, "Ada Lovelace", "Linus Torvalds");
  await expect(relationshipEdges(page)).toHaveCount(1);

  // On a card: it is selected, nobody new appears.
  const ada = centre(await boxOf(cardByName(page, "Ada Lovelace")));
  await page.mouse.dblclick(ada.x, ada.y);
  await expect(inspectorName(page)).toHaveValue("Ada Lovelace");
  // On the relationship's line.
  const line = await pointOnLineBetween(page, "Ada Lovelace", "Linus Torvalds");
  await page.mouse.dblclick(line.x, line.y);
  await expect(inspector(page).getByRole("heading", { name: "Relationship" })).toBeVisible();
  // On the partner column's header, above the first lane.
  const header = centre(await boxOf(columnHeader(page, "b")));
  await page.mouse.dblclick(header.x, header.y);
  // Right of the board, level with a lane.
  const board = await boxOf(canvas(page).locator(".lanes"));
  const sales = await boxOf(laneCell(page, "Sales", "b"));
  await page.mouse.dblclick(board.x + board.width + 20, sales.y + sales.height / 2);

  await expect(cards(page)).toHaveCount(2);
  await expect(cardByName(page, "New person")).toHaveCount(0);
  await expect(roster(page).getByText("2 people", { exact: true })).toBeVisible();
});

test.describe("placing from the roster by drag and drop", () => {
  async function unplacedPerson(page: Page, name: string) {
    const form = await openAddPersonForm(page, "Our company");
    await form.getByLabel("Name").fill(name);
    await page.keyboard.press("Enter");
    await form.getByRole("button", { name: "Done" }).click();
    await selectCard(page, name);
    await inspector(page).getByRole("button", { name: "Remove from canvas" }).click();
    await expect(cardByName(page, name)).toHaveCount(0);
    await expect(rosterEntry(page, name)).toContainText("Not on canvas");
    await expect(roster(page).getByText("1 person, 1 not on canvas")).toBeVisible();
    await expect(inspector(page).getByRole("button", { name: "Place on canvas" })).toBeVisible();
  }

  test("dropped in a lane of its own column, it lands there and takes that tier", async ({
    appPage: page,
  }) => {
    await openNewMap(page);
    await unplacedPerson(page, "Katherine Johnson");
    const from = centre(await boxOf(rosterEntry(page, "Katherine Johnson")));
    const to = await emptySpotIn(page, "Technical / delivery", "a");
    await mouseDrag(page, from, to, 20);

    await expect(cardByName(page, "Katherine Johnson")).toHaveCount(1);
    await expect(cardTier(page, "Katherine Johnson")).toHaveText("Technical / delivery");
    await expect(rosterEntry(page, "Katherine Johnson")).not.toContainText("Not on canvas");
    await expect(roster(page).getByText("1 person", { exact: true })).toBeVisible();
    await expect(rosterNamesInTier(page, "Our company", "Technical / delivery")).toHaveText([
      "Katherine Johnson",
    ]);
    // Selected after the drop; the inspector shows the new tier.
    await expect(inspectorName(page)).toHaveValue("Katherine Johnson");
    await expect(inspectorTier(page)).toHaveText("Technical / delivery");
    const cell = await boxOf(laneCell(page, "Technical / delivery", "a"));
    const mid = centre(await boxOf(cardByName(page, "Katherine Johnson")));
    expect(mid.y).toBeGreaterThan(cell.y);
    expect(mid.y).toBeLessThan(cell.y + cell.height);
  });

  test("dropped on the partner's side, it lands in its own column, in that lane", async ({
    appPage: page,
  }) => {
    await openNewMap(page);
    await unplacedPerson(page, "Dorothy Vaughan");
    const from = centre(await boxOf(rosterEntry(page, "Dorothy Vaughan")));
    const to = await emptySpotIn(page, "Operations / support", "b");
    await mouseDrag(page, from, to, 20);

    const card = cardByName(page, "Dorothy Vaughan");
    await expect(card).toHaveCount(1);
    await expect(cardTier(page, "Dorothy Vaughan")).toHaveText("Operations / support");
    await expect(card).toHaveAttribute(
      "aria-label",
      "Dorothy Vaughan, Our company, Operations / support",
    );
    const ours = await boxOf(laneCell(page, "Operations / support", "a"));
    const mid = centre(await boxOf(card));
    expect(mid.x).toBeGreaterThan(ours.x);
    expect(mid.x).toBeLessThan(ours.x + ours.width);
    expect(mid.y).toBeGreaterThan(ours.y);
    expect(mid.y).toBeLessThan(ours.y + ours.height);
    await expect(rosterNamesInTier(page, "Our company", "Operations / support")).toHaveText([
      "Dorothy Vaughan",
    ]);
  });
});
