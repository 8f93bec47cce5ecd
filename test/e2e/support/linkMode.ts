/** Link mode's e2e helpers: what the user sees (cue, picker, the card's button, the temporary
 * line) and a counter of the clicks and keys a test sends. */
import type { Page } from "@playwright/test";
import { expect } from "../fixtures";
import {
  addPeopleByForm,
  boxOf,
  canvas,
  cardByName,
  centre,
  inspector,
  openNewMap,
} from "./editor";

/** Clicks and key presses sent, as a user would count them. */
export function counter(page: Page) {
  const sent = { clicks: 0, keys: 0 };
  return {
    sent,
    click: async (name: string) => {
      const at = centre(await boxOf(cardByName(page, name)));
      await page.mouse.click(at.x, at.y);
      sent.clicks += 1;
    },
    clickButton: async (name: string) => {
      await inspector(page).getByRole("button", { name }).click();
      sent.clicks += 1;
    },
    clickCardButton: async (person: string) => {
      await cardLinkButton(page, person).click();
      sent.clicks += 1;
    },
    press: async (key: string) => {
      await page.keyboard.press(key);
      sent.keys += 1;
    },
  };
}

export const cue = (page: Page) => page.locator(".link-mode-cue");
export const cardLinkButton = (page: Page, person: string) =>
  cardByName(page, person).getByRole("button", { name: `Link ${person} to…` });
export const linkButtons = (page: Page) => canvas(page).locator(".card-link-button");
export const tempLine = (page: Page) => canvas(page).locator(".link-mode-line line");

/** Where the temporary line starts and ends, in page pixels. */
export const tempLineEnds = (page: Page) =>
  tempLine(page).evaluate((el) => {
    const line = el as SVGLineElement;
    const matrix = line.getScreenCTM();
    if (!matrix) throw new Error("The line is not drawn");
    const at = (x: string, y: string) => {
      const p = new DOMPoint(Number(line.getAttribute(x)), Number(line.getAttribute(y)));
      const q = p.matrixTransform(matrix);
      return { x: q.x, y: q.y };
    };
    return { start: at("x1", "y1"), end: at("x2", "y2") };
  });
export const picker = (page: Page) =>
  page.getByRole("radiogroup", { name: "Rate the new relationship" });

export async function threePeople(page: Page): Promise<void> {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
  await addPeopleByForm(page, "Partner", "Sales", ["Linus Torvalds", "Grace Hopper"]);
  await expect(cardByName(page, "Grace Hopper")).toBeVisible();
}

export async function selectCard(page: Page, name: string): Promise<void> {
  const at = centre(await boxOf(cardByName(page, name)));
  await page.mouse.click(at.x, at.y);
  await expect(inspector(page).getByRole("heading", { name: "Person" })).toBeVisible();
}
