/**
 * Link without aiming (issue 14): L, or "Link to…" in the inspector, then a click on the other
 * person makes the link and opens the 1–5 picker at once. Each test counts the clicks and keys
 * it sends, so the cost of one rated link is measured, not guessed.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  addPeopleByForm,
  boxOf,
  canvas,
  canvasPane,
  cardByName,
  centre,
  EDITOR_VIEWPORT,
  edgeBetween,
  handleOf,
  inspector,
  openNewMap,
  relationshipEdges,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

/** Clicks and key presses sent, as a user would count them. */
function counter(page: Page) {
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
    press: async (key: string) => {
      await page.keyboard.press(key);
      sent.keys += 1;
    },
  };
}

const cue = (page: Page) => page.locator(".link-mode-cue");
const picker = (page: Page) => page.getByRole("radiogroup", { name: "Rate the new relationship" });

async function threePeople(page: Page): Promise<void> {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
  await addPeopleByForm(page, "Partner", "Sales", ["Linus Torvalds", "Grace Hopper"]);
  await expect(cardByName(page, "Grace Hopper")).toBeVisible();
}

async function selectCard(page: Page, name: string): Promise<void> {
  const at = centre(await boxOf(cardByName(page, name)));
  await page.mouse.click(at.x, at.y);
  await expect(inspector(page).getByRole("heading", { name: "Person" })).toBeVisible();
}

test("Link to… then a click on the other person then 4: 2 clicks and 1 key", async ({
  appPage: page,
}) => {
  await threePeople(page);
  await selectCard(page, "Ada Lovelace");
  const user = counter(page);

  await user.clickButton("Link to…");
  await expect(cue(page)).toContainText(
    "Linking from Ada Lovelace — click the other person, Esc to cancel",
  );
  await expect(cue(page)).toHaveAttribute("aria-live", "polite");
  // The card a click would link to is outlined under the pointer.
  await cardByName(page, "Linus Torvalds").hover();
  await expect(cardByName(page, "Linus Torvalds").locator(".person-card")).toHaveCSS(
    "outline-style",
    "dashed",
  );
  await user.click("Linus Torvalds");
  await expect(picker(page)).toBeVisible();
  await expect(picker(page).getByRole("radio", { name: "3 Working" })).toBeFocused();
  // Next to the link: just under the two cards, between them.
  const box = await boxOf(picker(page));
  const ada = await boxOf(cardByName(page, "Ada Lovelace"));
  const linus = await boxOf(cardByName(page, "Linus Torvalds"));
  const middle = (ada.x + ada.width / 2 + linus.x + linus.width / 2) / 2;
  expect(Math.abs(box.x + box.width / 2 - middle)).toBeLessThan(40);
  expect(box.y).toBeGreaterThan(ada.y + ada.height);
  expect(box.y).toBeLessThan(ada.y + ada.height + 60);
  await user.press("4");

  const edge = edgeBetween(page, "Ada Lovelace", "Linus Torvalds");
  await expect(edge).toHaveAttribute("aria-label", "Ada Lovelace and Linus Torvalds: 4 Strong");
  await expect(picker(page)).toHaveCount(0);
  expect(user.sent).toEqual({ clicks: 2, keys: 1 });
});

test("with a card selected, L, a click on the other person and 5: 1 click and 2 keys; Enter keeps the default", async ({
  appPage: page,
}) => {
  await threePeople(page);
  await selectCard(page, "Ada Lovelace");
  const user = counter(page);

  await user.press("l");
  await user.click("Grace Hopper");
  await expect(picker(page)).toBeVisible();
  await user.press("5");
  await expect(edgeBetween(page, "Ada Lovelace", "Grace Hopper")).toHaveAttribute(
    "aria-label",
    "Ada Lovelace and Grace Hopper: 5 Trusted",
  );
  expect(user.sent).toEqual({ clicks: 1, keys: 2 });

  // L with nobody selected: the first click is the start.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.keyboard.press("l");
  await expect(cue(page)).toContainText("click the person to link from");
  await user.click("Linus Torvalds");
  await expect(cue(page)).toContainText("Linking from Linus Torvalds");
  await user.click("Ada Lovelace");
  await expect(picker(page)).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(picker(page)).toHaveCount(0);
  await expect(edgeBetween(page, "Ada Lovelace", "Linus Torvalds")).toHaveAttribute(
    "aria-label",
    /: 3 Working$/,
  );
});

test("Esc, the same card or the empty board cancels, with a message, and adds nothing", async ({
  appPage: page,
}) => {
  await threePeople(page);
  await selectCard(page, "Ada Lovelace");

  await page.keyboard.press("l");
  await expect(cue(page)).toContainText("Linking from Ada Lovelace");
  await page.keyboard.press("Escape");
  await expect(cue(page)).toContainText("Link cancelled");
  await expect(cue(page)).not.toContainText("Linking from");

  await selectCard(page, "Ada Lovelace");
  await page.keyboard.press("l");
  const ada = centre(await boxOf(cardByName(page, "Ada Lovelace")));
  await page.mouse.click(ada.x, ada.y);
  await expect(cue(page)).toContainText("that is the same person");

  await page.keyboard.press("l");
  const pane = await boxOf(canvasPane(page));
  await page.mouse.click(pane.x + pane.width / 2, pane.y + pane.height - 40);
  await expect(cue(page)).toContainText("you clicked the empty board");
  await expect(relationshipEdges(page)).toHaveCount(0);
});

test("a pair already linked is selected and its picker opens, with no second line", async ({
  appPage: page,
}) => {
  await threePeople(page);
  await selectCard(page, "Ada Lovelace");
  await page.keyboard.press("l");
  await cardByName(page, "Linus Torvalds").click();
  await page.keyboard.press("Enter");
  await expect(relationshipEdges(page)).toHaveCount(1);

  await selectCard(page, "Linus Torvalds");
  await page.keyboard.press("l");
  await cardByName(page, "Ada Lovelace").click();
  await expect(cue(page)).toContainText("Already linked");
  await page.keyboard.press("2");
  await expect(relationshipEdges(page)).toHaveCount(1);
  await expect(edgeBetween(page, "Ada Lovelace", "Linus Torvalds")).toHaveAttribute(
    "aria-label",
    /: 2 Weak$/,
  );
  await expect(page.locator(".toasts .toast").filter({ hasText: "already" })).toHaveCount(0);
});

test("handles show on a selected card and catch 16 px or more; a line dropped on a card's middle connects, the card outlined meanwhile", async ({
  appPage: page,
}) => {
  await threePeople(page);
  await selectCard(page, "Ada Lovelace");
  await page.mouse.move(0, 0);
  const handle = handleOf(page, "Ada Lovelace", "r");
  await expect(handle).toHaveCSS("opacity", "1");
  const hit = await handle.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const before = getComputedStyle(el, "::before");
    return {
      width: box.width - 2 * Number.parseFloat(before.left),
      height: box.height - 2 * Number.parseFloat(before.top),
    };
  });
  expect(hit.width).toBeGreaterThanOrEqual(16);
  expect(hit.height).toBeGreaterThanOrEqual(16);

  // Press a little off the drawn dot, inside the larger catch area.
  const dot = centre(await boxOf(handle));
  const target = centre(await boxOf(cardByName(page, "Linus Torvalds")));
  await page.mouse.move(dot.x + 7, dot.y + 5);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) {
    await page.mouse.move(
      dot.x + ((target.x - dot.x) * i) / 20,
      dot.y + ((target.y - dot.y) * i) / 20,
    );
  }
  await expect(canvas(page)).toHaveClass(/is-connecting/);
  await expect(cardByName(page, "Linus Torvalds").locator(".person-card")).toHaveCSS(
    "outline-style",
    "dashed",
  );
  await expect(cardByName(page, "Grace Hopper").locator(".person-card")).not.toHaveCSS(
    "outline-style",
    "dashed",
  );
  await page.mouse.up();
  await expect(edgeBetween(page, "Ada Lovelace", "Linus Torvalds")).toHaveCount(1);
  await expect(canvas(page)).not.toHaveClass(/is-connecting/);
});
