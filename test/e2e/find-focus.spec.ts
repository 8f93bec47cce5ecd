/**
 * Find and focus (issue 14): Ctrl/Cmd+K or / finds a person by part of their name, title,
 * organisation or tier and takes the canvas to them; F (or the inspector's Focus button) dims
 * everyone not connected to the selected person; a lane label's Focus button dims everything
 * outside that tier; F or Esc clears it. Real keys and mouse throughout.
 */
import type { Locator, Page } from "@playwright/test";
import { slotPosition } from "../../src/domain/cellPlaces";
import { CARD_WIDTH } from "../../src/domain/layout";
import { expect, test } from "./fixtures";
import {
  boxOf,
  canvas,
  cardByName,
  cards,
  EDITOR_VIEWPORT,
  edgeBetween,
  inspector,
  openSampleMap,
} from "./support/editor";
import { goHome } from "./support/home";
import { importMapFile } from "./support/import";
import { jsonFile, type MapFileJson } from "./support/map-files";

test.use({ viewport: EDITOR_VIEWPORT });

const findBox = (page: Page) => page.getByRole("combobox", { name: /Find a person/ });
const options = (page: Page) =>
  page.getByRole("listbox", { name: "People found" }).getByRole("option");
const notice = (page: Page) => canvas(page).locator(".spotlight-notice");

async function expectDimmed(card: Locator, dimmed: boolean): Promise<void> {
  if (dimmed) {
    await expect(card).toHaveClass(/is-dimmed/);
    await expect(card).toHaveCSS("opacity", "0.2");
  } else {
    await expect(card).not.toHaveClass(/is-dimmed/);
    await expect(card).toHaveCSS("opacity", "1");
  }
}

const PEOPLE = 400;
const TIERS = ["Executive sponsor", "Sales", "Marketing", "Delivery"];

/** 400 people, everyone placed, with Hank Scorpio the last of the bottom tier's partner side. */
function largeMapFile(): MapFileJson {
  const slots = new Map<string, number>();
  const people = Array.from({ length: PEOPLE }, (_, i) => {
    const org = i % 2 === 0 ? "a" : "b";
    const tier = Math.min(TIERS.length - 1, Math.floor((i / PEOPLE) * TIERS.length));
    const cell = `${org}:${tier}`;
    const slot = slots.get(cell) ?? 0;
    slots.set(cell, slot + 1);
    const hank = i === PEOPLE - 1;
    return {
      id: `person-${i}`,
      org,
      name: hank ? "Hank Scorpio" : `Person ${String(i).padStart(3, "0")}`,
      title: hank ? "Chief Executive" : `Title ${i % 17}`,
      tier: `tier-${tier}`,
      position: slotPosition(slot, org),
    };
  });
  return {
    format: "peermap",
    version: 1,
    exportedAt: "2025-01-15T09:00:00.000Z",
    map: {
      id: "m-find-large",
      name: "Large alliance",
      orgs: {
        a: { name: "Springfield", color: "#0f766e" },
        b: { name: "Globex", color: "#7c3aed" },
      },
      tiers: TIERS.map((name, i) => ({ id: `tier-${i}`, name })),
      settings: { healthyThreshold: 3 },
      people,
      relationships: [],
      createdAt: "2025-01-15T09:00:00.000Z",
      updatedAt: "2025-01-15T09:00:00.000Z",
    },
  };
}

test("find takes the canvas to a person on a large map and selects them", async ({
  appPage: page,
}) => {
  test.setTimeout(60_000);
  await goHome(page);
  await importMapFile(page, jsonFile("large.json", largeMapFile()), "Large alliance");
  await expect(cards(page).first()).toBeVisible({ timeout: 20_000 });
  const hank = cardByName(page, "Hank Scorpio");
  // The whole board is fitted: Hank's card, if drawn at all, is far too small to read.
  if ((await hank.count()) > 0) expect((await boxOf(hank)).width).toBeLessThan(CARD_WIDTH / 3);

  await canvas(page)
    .locator(".react-flow__pane")
    .click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("ControlOrMeta+k");
  await expect(findBox(page)).toBeFocused();
  await page.keyboard.type("hank sc");
  await expect(options(page).first()).toContainText("Hank Scorpio");
  await expect(findBox(page)).toHaveAttribute(
    "aria-activedescendant",
    (await options(page).first().getAttribute("id")) ?? "",
  );
  await page.keyboard.press("Enter");
  await expect(findBox(page)).toBeHidden();

  // Centred at a readable size, inside the canvas, and selected.
  await expect(hank).toHaveClass(/selected/);
  await expect(inspector(page).getByLabel("Name")).toHaveValue("Hank Scorpio");
  await expect
    .poll(async () => (await boxOf(hank)).width, { timeout: 5_000 })
    .toBeGreaterThanOrEqual(CARD_WIDTH * 0.99);
  const card = await boxOf(hank);
  const pane = await boxOf(canvas(page));
  expect(card.x).toBeGreaterThanOrEqual(pane.x);
  expect(card.y).toBeGreaterThanOrEqual(pane.y);
  expect(card.x + card.width).toBeLessThanOrEqual(pane.x + pane.width);
  expect(card.y + card.height).toBeLessThanOrEqual(pane.y + pane.height);
});

test("find matches word starts in any field, arrows pick, Esc closes and gives the keyboard back", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  const fit = canvas(page).getByRole("button", { name: "Fit the whole map" });
  await fit.focus();
  await page.keyboard.press("/");
  // "/" typed into the box would search for "/": it only opens it.
  await expect(findBox(page)).toHaveValue("");
  await page.keyboard.type("pri nai");
  await expect(options(page)).toHaveText([/Priya Nair/]);
  await page.keyboard.press("Escape");
  await expect(findBox(page)).toBeHidden();
  await expect(fit).toBeFocused();

  // By tier: the three Sales people, names first; ↓ picks the second.
  await page.keyboard.press("ControlOrMeta+k");
  await page.keyboard.type("sales");
  await expect(options(page)).toHaveCount(3);
  await expect(options(page).nth(0)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(options(page).nth(1)).toHaveAttribute("aria-selected", "true");
  const second = (await options(page).nth(1).locator(".find-result-name").textContent()) ?? "";
  await page.keyboard.press("Enter");
  await expect(inspector(page).getByLabel("Name")).toHaveValue(second);

  await page.keyboard.press("/");
  await page.keyboard.type("zzz");
  await expect(options(page)).toHaveCount(0);
  await expect(page.locator(".find-hint")).toContainText("Nobody matches “zzz”");
});

test("F dims everyone not connected to the selected person; F and Esc clear it", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  await cardByName(page, "Priya Nair").click();
  await page.keyboard.press("f");
  await expect(notice(page)).toContainText("Focused on Priya Nair — F or Esc to clear");
  for (const name of ["Priya Nair", "Tom Becker", "Lina Costa", "Marcus Okafor", "Dana Whitfield"])
    await expectDimmed(cardByName(page, name), false);
  for (const name of ["Jordan Lee", "Ken Watanabe", "Elena Petrova"])
    await expectDimmed(cardByName(page, name), true);
  await expect(edgeBetween(page, "Priya Nair", "Tom Becker")).not.toHaveClass(/is-dimmed/);
  await expect(edgeBetween(page, "Dana Whitfield", "Marcus Okafor")).toHaveClass(/is-dimmed/);

  await page.keyboard.press("f");
  await expect(notice(page)).toBeHidden();
  await expectDimmed(cardByName(page, "Jordan Lee"), false);

  await page.keyboard.press("f");
  await expectDimmed(cardByName(page, "Jordan Lee"), true);
  await page.keyboard.press("Escape");
  await expect(notice(page)).toBeHidden();
  await expectDimmed(cardByName(page, "Jordan Lee"), false);

  // The inspector's button does the same; a dimmed card can still be selected.
  await cardByName(page, "Priya Nair").click();
  await inspector(page).getByRole("button", { name: "Focus", exact: true }).click();
  await expectDimmed(cardByName(page, "Jordan Lee"), true);
  await expect(inspector(page).getByRole("button", { name: "Clear focus" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await cardByName(page, "Jordan Lee").click();
  await expect(cardByName(page, "Jordan Lee")).toHaveClass(/selected/);
  await notice(page).getByRole("button", { name: "Clear focus" }).click();
  await expect(canvas(page).locator(".react-flow__node.is-dimmed")).toHaveCount(0);
});

test("a lane label's Focus button dims everything outside that tier", async ({ appPage: page }) => {
  await openSampleMap(page);
  await canvas(page).getByRole("button", { name: "Focus on the Sales tier" }).click();
  await expect(notice(page)).toContainText("Focused on the Sales tier");
  for (const name of ["Jordan Lee", "Sofia Alvarez", "Ken Watanabe"])
    await expectDimmed(cardByName(page, name), false);
  for (const name of ["Dana Whitfield", "Priya Nair", "Grace Kim"])
    await expectDimmed(cardByName(page, name), true);
  await expect(edgeBetween(page, "Jordan Lee", "Ken Watanabe")).not.toHaveClass(/is-dimmed/);
  await expect(edgeBetween(page, "Priya Nair", "Tom Becker")).toHaveClass(/is-dimmed/);
  await expect(
    canvas(page).getByRole("button", { name: "Focus on the Sales tier" }),
  ).toHaveAttribute("aria-pressed", "true");

  await page.keyboard.press("Escape");
  await expect(notice(page)).toBeHidden();
  await expect(canvas(page).locator(".react-flow__node.is-dimmed")).toHaveCount(0);
});
