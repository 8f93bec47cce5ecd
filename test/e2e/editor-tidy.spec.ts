/**
 * Tidy: after cards have been dragged to untidy spots, one click lines every card up on its
 * cell's grid, in reading order, with no two cards overlapping; one undo takes it back.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  addPeopleByForm,
  type Box,
  boxOf,
  cardByName,
  cardTier,
  dragCardBy,
  EDITOR_VIEWPORT,
  intersects,
  lane,
  laneCell,
  type Org,
  openNewMap,
  toolbar,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

// The card grid of a cell, in board units (src/domain/layout.ts): 16 px padding, 200×72 cards,
// 16 px gaps, three to a row.
const CARD_WIDTH = 200;
const SLOT_X = [16, 232, 448];
const SLOT_Y = (row: number) => 16 + row * 88;

const OURS = ["Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra", "Barbara Liskov"];
const THEIRS = ["Linus Torvalds", "Guido van Rossum"];

/** A card's spot inside its cell (its column's part of the lane), in board units. */
async function spotInCell(page: Page, name: string, org: Org, tier: string) {
  const card = await boxOf(cardByName(page, name));
  const cell = await boxOf(laneCell(page, tier, org));
  const row = await boxOf(lane(page, tier));
  const zoom = card.width / CARD_WIDTH;
  return { x: (card.x - cell.x) / zoom, y: (card.y - row.y) / zoom };
}

const onGrid = (spot: { x: number; y: number }): boolean =>
  SLOT_X.some((x) => Math.abs(spot.x - x) <= 2) &&
  [0, 1, 2, 3].some((row) => Math.abs(spot.y - SLOT_Y(row)) <= 2);

async function allBoxes(page: Page, names: readonly string[]): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const name of names) boxes.push(await boxOf(cardByName(page, name)));
  return boxes;
}

function expectNoOverlap(names: readonly string[], boxes: readonly Box[]): void {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [p, q] = [boxes[i], boxes[j]];
      if (p && q) expect(intersects(p, q), `${names[i]} overlaps ${names[j]}`).toBe(false);
    }
  }
}

test("Tidy puts messy cards back on the grid without overlaps, in one undo step", async ({
  appPage: page,
}) => {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Sales", OURS);
  await addPeopleByForm(page, "Partner", "Sales", THEIRS);

  // Make a mess: nudge cards to spots off the grid, inside their own cells.
  await dragCardBy(page, "Barbara Liskov", -57, 9);
  await dragCardBy(page, "Ada Lovelace", 0, 45);
  await dragCardBy(page, "Guido van Rossum", 95, 0);
  await dragCardBy(page, "Linus Torvalds", 23, 0);

  const everyone = [...OURS, ...THEIRS];
  const where = async () => {
    const spots = [];
    for (const name of OURS) spots.push(await spotInCell(page, name, "a", "Sales"));
    for (const name of THEIRS) spots.push(await spotInCell(page, name, "b", "Sales"));
    return spots;
  };
  const messy = await where();
  expect(messy.filter((spot) => !onGrid(spot)).length).toBeGreaterThanOrEqual(3);
  for (const name of everyone) await expect(cardTier(page, name)).toHaveText("Sales");

  await toolbar(page).getByRole("button", { name: "Tidy" }).click();

  await expect(async () => {
    const tidy = await where();
    for (const [i, spot] of tidy.entries()) {
      expect(onGrid(spot), `${everyone[i]} at ${JSON.stringify(spot)} is off the grid`).toBe(true);
    }
  }).toPass();
  expectNoOverlap(everyone, await allBoxes(page, everyone));
  for (const name of everyone) await expect(cardTier(page, name)).toHaveText("Sales");

  // Rows are filled first: the partner's two cards share the first row.
  const [linus, guido] = (await where()).slice(OURS.length);
  expect(linus?.y).toBeCloseTo(SLOT_Y(0), 0);
  expect(guido?.y).toBeCloseTo(SLOT_Y(0), 0);

  // One undo brings the mess back exactly.
  await page.keyboard.press("Control+z");
  await expect(async () => {
    const back = await where();
    for (const [i, spot] of back.entries()) {
      expect(spot.x).toBeCloseTo(messy[i]?.x ?? Number.NaN, 0);
      expect(spot.y).toBeCloseTo(messy[i]?.y ?? Number.NaN, 0);
    }
  }).toPass();
});

test("dropping a card onto another one never stacks them", async ({ appPage: page }) => {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Marketing", ["Ada Lovelace", "Grace Hopper"]);
  const grace = await boxOf(cardByName(page, "Grace Hopper"));
  const ada = await boxOf(cardByName(page, "Ada Lovelace"));
  // Drop Ada right on top of Grace.
  await dragCardBy(page, "Ada Lovelace", grace.x - ada.x + 5, grace.y - ada.y + 3);
  await expect(cardTier(page, "Ada Lovelace")).toHaveText("Marketing");
  const [p, q] = await allBoxes(page, ["Ada Lovelace", "Grace Hopper"]);
  expect(p && q && intersects(p, q)).toBe(false);
});

test("a Tidy that moves nothing adds no undo step", async ({ appPage: page }) => {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace", "Grace Hopper"]);
  await dragCardBy(page, "Grace Hopper", -40, 0);
  const moved = await spotInCell(page, "Grace Hopper", "a", "Sales");
  expect(onGrid(moved)).toBe(false);
  const tidy = toolbar(page).getByRole("button", { name: "Tidy" });
  await tidy.click();
  await expect
    .poll(async () => onGrid(await spotInCell(page, "Grace Hopper", "a", "Sales")))
    .toBe(true);
  await tidy.click(); // Already tidy: nothing to do.
  await page.keyboard.press("Control+z");
  // One undo takes back the tidy that did something.
  await expect
    .poll(async () => (await spotInCell(page, "Grace Hopper", "a", "Sales")).x, { timeout: 2000 })
    .toBeCloseTo(moved.x, 0);
});
