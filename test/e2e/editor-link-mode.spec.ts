/**
 * Link without aiming (issue 14): L, or "Link to…" on the selected card or in the inspector,
 * then a click on the other person makes the link and opens the 1–5 picker at once; a dashed
 * line follows the pointer meanwhile. Each test counts the clicks and keys it sends, so the cost
 * of one rated link is measured, not guessed. (L while presenting: present-linking.spec.ts.)
 */
import { expect, test } from "./fixtures";
import {
  boxOf,
  canvas,
  canvasPane,
  cardByName,
  centre,
  EDITOR_VIEWPORT,
  edgeBetween,
  handleOf,
  relationshipEdges,
} from "./support/editor";
import {
  cardLinkButton,
  counter,
  cue,
  linkButtons,
  picker,
  selectCard,
  tempLine,
  tempLineEnds,
  threePeople,
} from "./support/linkMode";

test.use({ viewport: EDITOR_VIEWPORT });

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

test("the selected card's own Link to…, a click on the other person, then 4: 2 clicks and 1 key", async ({
  appPage: page,
}) => {
  await threePeople(page);
  // No card shows the button until it is selected; then only that one does.
  await expect(linkButtons(page)).toHaveCount(0);
  await selectCard(page, "Ada Lovelace");
  await expect(linkButtons(page)).toHaveCount(1);
  await expect(cardLinkButton(page, "Ada Lovelace")).toBeVisible();
  const user = counter(page);

  await user.clickCardButton("Ada Lovelace");
  await expect(cue(page)).toContainText("Linking from Ada Lovelace — click the other person");
  await expect(cardLinkButton(page, "Ada Lovelace")).toHaveAttribute("aria-pressed", "true");
  await user.click("Grace Hopper");
  await expect(picker(page)).toBeVisible();
  await user.press("4");

  await expect(edgeBetween(page, "Ada Lovelace", "Grace Hopper")).toHaveAttribute(
    "aria-label",
    "Ada Lovelace and Grace Hopper: 4 Strong",
  );
  await expect(relationshipEdges(page)).toHaveCount(1);
  expect(user.sent).toEqual({ clicks: 2, keys: 1 });
});

test("a card reached with Tab shows its Link to… too; L links from it, and Enter on the button does", async ({
  appPage: page,
}) => {
  await threePeople(page);
  await page.keyboard.press("Escape");
  const linus = cardByName(page, "Linus Torvalds");
  await linus.focus();
  // Focus from a script is not keyboard focus: a Tab is.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(
    () => (document.activeElement as HTMLElement | null)?.dataset.id ?? null,
  );
  expect(focused).not.toBeNull();
  const focusedCard = canvas(page).locator(`.react-flow__node-person[data-id="${focused}"]`);
  await expect(focusedCard.locator(".card-link-button")).toBeVisible();
  await expect(linkButtons(page)).toHaveCount(1);
  const name = (await focusedCard.locator(".person-card-name").textContent()) ?? "";
  // L on the card the keyboard is on links from that person, selected or not.
  await page.keyboard.press("l");
  await expect(cue(page)).toContainText(`Linking from ${name}`);
  await page.keyboard.press("Escape");
  await expect(cue(page)).toContainText("Link cancelled");

  await cardLinkButton(page, name).focus();
  await page.keyboard.press("Enter");
  await expect(cue(page)).toContainText(`Linking from ${name}`);
  await page.keyboard.press("Escape");
  await expect(cue(page)).toContainText("Link cancelled");
});

test("in link mode a dashed line runs from the card to the pointer, follows a zoom, and goes with Esc", async ({
  appPage: page,
}) => {
  await threePeople(page);
  await selectCard(page, "Ada Lovelace");
  await page.keyboard.press("l");
  const ada = await boxOf(cardByName(page, "Ada Lovelace"));
  const grace = await boxOf(cardByName(page, "Grace Hopper"));
  const pointer = { x: (ada.x + ada.width + grace.x) / 2, y: grace.y + grace.height + 80 };
  await page.mouse.move(pointer.x - 30, pointer.y - 30);
  await page.mouse.move(pointer.x, pointer.y, { steps: 4 });

  await expect(tempLine(page)).toBeVisible();
  await expect(tempLine(page)).toHaveCSS("stroke-dasharray", /\d/);
  const drawn = await tempLineEnds(page);
  expect(Math.abs(drawn.end.x - pointer.x)).toBeLessThan(3);
  expect(Math.abs(drawn.end.y - pointer.y)).toBeLessThan(3);
  // From the side of Ada's card that faces the pointer (her right), at mid-height.
  expect(Math.abs(drawn.start.x - (ada.x + ada.width))).toBeLessThan(4);
  expect(Math.abs(drawn.start.y - (ada.y + ada.height / 2))).toBeLessThan(4);

  // A zoom under a still pointer: the line still ends at the pointer, and starts at Ada.
  await page.mouse.wheel(0, -300);
  await expect
    .poll(async () => (await boxOf(cardByName(page, "Ada Lovelace"))).width)
    .toBeGreaterThan(ada.width + 5);
  const zoomed = await tempLineEnds(page);
  const adaZoomed = await boxOf(cardByName(page, "Ada Lovelace"));
  expect(Math.abs(zoomed.end.x - pointer.x)).toBeLessThan(3);
  expect(Math.abs(zoomed.end.y - pointer.y)).toBeLessThan(3);
  expect(Math.abs(zoomed.start.x - (adaZoomed.x + adaZoomed.width))).toBeLessThan(4);

  // Over a candidate, the card is outlined as the drop target.
  await cardByName(page, "Grace Hopper").hover();
  await expect(cardByName(page, "Grace Hopper").locator(".person-card")).toHaveCSS(
    "outline-style",
    "dashed",
  );
  await page.keyboard.press("Escape");
  await expect(tempLine(page)).toHaveCount(0);
  await expect(relationshipEdges(page)).toHaveCount(0);
});

test("a snapshot is read only: its selected card has no Link to…, and L says so at once", async ({
  appPage: page,
}) => {
  await threePeople(page);
  await page.keyboard.press("Control+s");
  const form = page.getByRole("dialog", { name: "Save snapshot" });
  await form.getByLabel("Label").fill("Kick-off");
  await form.getByLabel("Label").press("Enter");
  await expect(form).toBeHidden();
  await page
    .getByRole("complementary", { name: "Details" })
    .getByRole("button", { name: "History" })
    .click();
  await page.getByRole("button", { name: "Open Kick-off" }).click();
  await expect(page.locator(".snapshot-banner")).toContainText("read only");

  await cardByName(page, "Ada Lovelace").locator(".person-card-name").click();
  await expect(cardByName(page, "Ada Lovelace").locator(".person-card")).toHaveClass(/is-selected/);
  await expect(linkButtons(page)).toHaveCount(0);
  await page.keyboard.press("l");
  await expect(
    page.locator(".toasts .toast").filter({ hasText: "This view is read only" }),
  ).toHaveCount(1);
  await expect(cue(page)).toBeHidden();
  await expect(tempLine(page)).toHaveCount(0);
});
