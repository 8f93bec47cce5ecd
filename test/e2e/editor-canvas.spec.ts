/**
 * Canvas gestures with the real mouse: moving a card to another lane (and undoing it),
 * drawing relationships from a handle, accepting a ghost link, and the unpaired highlight.
 */
import type { Page } from "@playwright/test";
import { STRENGTH_STYLES } from "../../src/design/strokes";
import { expect, test } from "./fixtures";
import {
  addPeopleByForm,
  boxOf,
  cardByName,
  cardTier,
  centre,
  clickLineBetween,
  connectCards,
  coverageText,
  dragCardTo,
  EDITOR_VIEWPORT,
  edgeBetween,
  gapRows,
  ghostEdges,
  inspector,
  inspectorName,
  inspectorTier,
  laneCell,
  openNewMap,
  openSampleMap,
  pointOnLineBetween,
  relationshipEdges,
  selectCard,
  strengthRadio,
  toasts,
  toolbar,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

/** Ada (Our company) and Linus (Partner), both in Sales: a tier with nobody linked. */
async function twoPeersInSales(page: Page): Promise<void> {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
  await addPeopleByForm(page, "Partner", "Sales", ["Linus Torvalds"]);
  await expect(cardTier(page, "Ada Lovelace")).toHaveText("Sales");
  await expect(cardTier(page, "Linus Torvalds")).toHaveText("Sales");
}

test.describe("moving a card to another lane", () => {
  test("changes its tier; Ctrl+Z undoes it in one step; Ctrl+Shift+Z and Ctrl+Y redo", async ({
    appPage: page,
  }) => {
    await openNewMap(page);
    await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace", "Grace Hopper"]);
    const before = await boxOf(cardByName(page, "Ada Lovelace"));

    await dragCardTo(page, "Ada Lovelace", { tier: "Marketing", org: "a" });
    await expect(cardTier(page, "Ada Lovelace")).toHaveText("Marketing");
    await expect(cardByName(page, "Ada Lovelace")).toHaveAttribute(
      "aria-label",
      "Ada Lovelace, Our company, Marketing",
    );
    const marketing = await boxOf(laneCell(page, "Marketing", "a"));
    const moved = await boxOf(cardByName(page, "Ada Lovelace"));
    expect(moved.y + moved.height / 2).toBeGreaterThan(marketing.y);
    expect(moved.y + moved.height / 2).toBeLessThan(marketing.y + marketing.height);
    // The other card stayed where it was.
    await expect(cardTier(page, "Grace Hopper")).toHaveText("Sales");
    // The dragged card is selected; the inspector shows the new tier.
    await expect(inspectorName(page)).toHaveValue("Ada Lovelace");
    await expect(inspectorTier(page)).toHaveText("Marketing");

    // One undo puts it back exactly where it was, and nothing more is undone.
    await page.keyboard.press("Control+z");
    await expect(cardTier(page, "Ada Lovelace")).toHaveText("Sales");
    await expect(inspectorTier(page)).toHaveText("Sales");
    const back = await boxOf(cardByName(page, "Ada Lovelace"));
    expect(back.x).toBeCloseTo(before.x, 0);
    expect(back.y).toBeCloseTo(before.y, 0);
    await expect(cardByName(page, "Grace Hopper")).toHaveCount(1);
    await expect(toolbar(page).getByRole("button", { name: "Redo" })).toBeEnabled();

    await page.keyboard.press("Control+Shift+z");
    await expect(cardTier(page, "Ada Lovelace")).toHaveText("Marketing");
    await page.keyboard.press("Control+z");
    await expect(cardTier(page, "Ada Lovelace")).toHaveText("Sales");
    await page.keyboard.press("Control+y");
    await expect(cardTier(page, "Ada Lovelace")).toHaveText("Marketing");
    await expect(inspectorTier(page)).toHaveText("Marketing");
    await expect(toolbar(page).getByRole("button", { name: "Redo" })).toBeDisabled();
  });

  test("dragged across to the partner column, a card stays in its own column", async ({
    appPage: page,
  }) => {
    await openNewMap(page);
    await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace"]);
    await dragCardTo(page, "Ada Lovelace", { tier: "Executive sponsor", org: "b" });
    await expect(cardTier(page, "Ada Lovelace")).toHaveText("Executive sponsor");
    const ours = await boxOf(laneCell(page, "Executive sponsor", "a"));
    const card = await boxOf(cardByName(page, "Ada Lovelace"));
    expect(card.x).toBeGreaterThanOrEqual(ours.x);
    expect(card.x + card.width).toBeLessThanOrEqual(ours.x + ours.width + 1);
  });
});

test.describe("drawing a relationship from a handle", () => {
  test("a re-rated line is drawn and named in its new look in the frame of the key press", async ({
    appPage: page,
  }) => {
    await twoPeersInSales(page);
    await connectCards(page, "Ada Lovelace", "Linus Torvalds");
    const edge = edgeBetween(page, "Ada Lovelace", "Linus Torvalds");
    await expect(edge).toHaveClass(/selected/);
    // The stroke width the line has in the first frame after the key, read before it is painted.
    await page.evaluate(() => {
      const w = window as unknown as { firstFrameWidth?: string; firstFrameName?: string };
      window.addEventListener(
        "keydown",
        () =>
          requestAnimationFrame(() => {
            const line = document.querySelector(
              ".react-flow__edge.selected .react-flow__edge-path",
            );
            w.firstFrameWidth = line ? getComputedStyle(line).strokeWidth : "none";
            w.firstFrameName =
              document.querySelector(".react-flow__edge.selected")?.getAttribute("aria-label") ??
              "none";
          }),
        { capture: true, once: true },
      );
    });
    await page.keyboard.press("5");
    // The press can return before that frame: wait for the value it read, then judge it.
    const first = await page
      .waitForFunction(() => (window as unknown as { firstFrameWidth?: string }).firstFrameWidth)
      .then((handle) => handle.jsonValue());
    expect(first).toBe(`${STRENGTH_STYLES[5].width}px`);
    // Its accessible name says the new strength in that same frame, and keeps saying it.
    const name = await page.evaluate(
      () => (window as unknown as { firstFrameName?: string }).firstFrameName,
    );
    expect(name).toBe("Ada Lovelace and Linus Torvalds: 5 Trusted");
    await page.waitForTimeout(500);
    await expect(edge).toHaveAttribute("aria-label", "Ada Lovelace and Linus Torvalds: 5 Trusted");
  });

  test("connects at 3 Working, selects it, and re-rates by key and by button", async ({
    appPage: page,
  }) => {
    await twoPeersInSales(page);
    await expect(relationshipEdges(page)).toHaveCount(0);

    await connectCards(page, "Ada Lovelace", "Linus Torvalds");
    await expect(relationshipEdges(page)).toHaveCount(1);
    const edge = edgeBetween(page, "Ada Lovelace", "Linus Torvalds");
    await expect(edge).toHaveCount(1);
    await expect(edge).toHaveClass(/selected/);
    await expect(inspector(page).getByRole("heading", { name: "Relationship" })).toBeVisible();
    await expect(strengthRadio(page, "3 Working")).toHaveAttribute("aria-checked", "true");
    await expect(inspector(page).getByRole("radio", { checked: true })).toHaveCount(1);

    await page.keyboard.press("5");
    await expect(strengthRadio(page, "5 Trusted")).toHaveAttribute("aria-checked", "true");
    await expect(strengthRadio(page, "3 Working")).toHaveAttribute("aria-checked", "false");
    await expect(edge).toHaveAttribute("aria-label", "Ada Lovelace and Linus Torvalds: 5 Trusted");

    await strengthRadio(page, "2 Weak").click();
    await expect(strengthRadio(page, "2 Weak")).toHaveAttribute("aria-checked", "true");
    await expect(edge).toHaveAttribute("aria-label", "Ada Lovelace and Linus Torvalds: 2 Weak");
    // Below the healthy threshold: the tier now has a weak-link gap.
    await expect(gapRows(page)).toContainText([
      "The best link between Our company and Partner at Sales is 2 Weak, below the healthy 3 Working.",
    ]);
  });

  test("dropping on the other card's handle connects too", async ({ appPage: page }) => {
    await twoPeersInSales(page);
    await connectCards(page, "Linus Torvalds", "Ada Lovelace", { side: "l", drop: "handle" });
    await expect(relationshipEdges(page)).toHaveCount(1);
    await expect(strengthRadio(page, "3 Working")).toHaveAttribute("aria-checked", "true");
  });

  test("a second connection between the same two people is refused with a message", async ({
    appPage: page,
  }) => {
    await twoPeersInSales(page);
    await connectCards(page, "Ada Lovelace", "Linus Torvalds");
    await expect(relationshipEdges(page)).toHaveCount(1);

    // The other way round, from the partner's left handle.
    await connectCards(page, "Linus Torvalds", "Ada Lovelace", { side: "l" });
    await expect(toasts(page).filter({ hasText: "already connected" })).toHaveText(
      /Ada Lovelace and Linus Torvalds are already connected\.|Linus Torvalds and Ada Lovelace are already connected\./,
    );
    await expect(page.getByRole("alert").filter({ hasText: "already connected" })).toBeVisible();
    await expect(relationshipEdges(page)).toHaveCount(1);
  });

  test("a card cannot be linked to itself", async ({ appPage: page }) => {
    await twoPeersInSales(page);
    // From the right handle round to its own left handle, then onto its own middle.
    await connectCards(page, "Ada Lovelace", "Ada Lovelace", { drop: "handle" });
    await connectCards(page, "Ada Lovelace", "Ada Lovelace");
    await expect(relationshipEdges(page)).toHaveCount(0);
    await expect(inspector(page).getByRole("heading", { name: "Relationship" })).toHaveCount(0);
    // Still one missing link in Sales: nothing was drawn.
    await expect(ghostEdges(page)).toHaveCount(1);
  });
});

test("clicking a ghost link draws it for real and closes the gap", async ({ appPage: page }) => {
  await twoPeersInSales(page);
  await expect(coverageText(page)).toHaveText("Coverage 0%");
  const missing = "Nobody from Our company is linked to anyone from Partner at Sales.";
  await expect(gapRows(page).filter({ hasText: missing })).toHaveCount(1);
  await expect(ghostEdges(page)).toHaveCount(1);
  await expect(ghostEdges(page)).toHaveAttribute(
    "aria-label",
    "Suggested missing link: Ada Lovelace and Linus Torvalds. Click to add it.",
  );

  // Click on the dashed line itself, half-way between the two cards.
  await clickLineBetween(page, "Ada Lovelace", "Linus Torvalds");

  await expect(relationshipEdges(page)).toHaveCount(1);
  await expect(edgeBetween(page, "Ada Lovelace", "Linus Torvalds")).toHaveCount(1);
  await expect(ghostEdges(page)).toHaveCount(0);
  await expect(gapRows(page).filter({ hasText: missing })).toHaveCount(0);
  await expect(coverageText(page)).toHaveText("Coverage 100%");
  await expect(strengthRadio(page, "3 Working")).toHaveAttribute("aria-checked", "true");
});

test.describe("the unpaired highlight", () => {
  test("comes off when linked to a same-tier counterpart and back when the link is deleted", async ({
    appPage: page,
  }) => {
    await twoPeersInSales(page);
    // A third person, in another tier on the partner side: not a counterpart for Ada.
    await addPeopleByForm(page, "Partner", "Marketing", ["Tim Berners-Lee"]);
    const ada = cardByName(page, "Ada Lovelace");
    await expect(ada).toHaveAttribute("data-gap", "unpaired");
    await expect(cardByName(page, "Linus Torvalds")).toHaveAttribute("data-gap", "unpaired");

    // A link across tiers does not pair Ada.
    await connectCards(page, "Ada Lovelace", "Tim Berners-Lee");
    await expect(relationshipEdges(page)).toHaveCount(1);
    await expect(ada).toHaveAttribute("data-gap", "unpaired");

    await connectCards(page, "Ada Lovelace", "Linus Torvalds");
    await expect(relationshipEdges(page)).toHaveCount(2);
    await expect(ada).not.toHaveAttribute("data-gap", /.*/);
    await expect(cardByName(page, "Linus Torvalds")).not.toHaveAttribute("data-gap", /.*/);
    await expect(ada).not.toHaveAttribute("aria-label", /no counterpart link yet/);

    // The new relationship is selected; Delete removes it and the highlight returns.
    await expect(edgeBetween(page, "Ada Lovelace", "Linus Torvalds")).toHaveClass(/selected/);
    await page.keyboard.press("Delete");
    await expect(relationshipEdges(page)).toHaveCount(1);
    await expect(edgeBetween(page, "Ada Lovelace", "Linus Torvalds")).toHaveCount(0);
    await expect(ada).toHaveAttribute("data-gap", "unpaired");
    await expect(ada).toHaveAttribute("aria-label", /no counterpart link yet/);
    await expect(cardByName(page, "Linus Torvalds")).toHaveAttribute("data-gap", "unpaired");
  });

  test("clicking an edge selects it; Delete removes it", async ({ appPage: page }) => {
    await twoPeersInSales(page);
    await connectCards(page, "Ada Lovelace", "Linus Torvalds");
    await selectCard(page, "Ada Lovelace");
    await expect(inspector(page).getByRole("button", { name: /Linus Torvalds/ })).toBeVisible();

    // Click the line between the two cards.
    await clickLineBetween(page, "Ada Lovelace", "Linus Torvalds");
    await expect(inspector(page).getByRole("heading", { name: "Relationship" })).toBeVisible();
    await page.keyboard.press("Backspace");
    await expect(relationshipEdges(page)).toHaveCount(0);
    await expect(cardByName(page, "Ada Lovelace")).toHaveAttribute("data-gap", "unpaired");
    await expect(ghostEdges(page)).toHaveCount(1);
  });
});

test("selecting cards never takes their edges off the canvas, not even for a frame", async ({
  appPage: page,
}) => {
  await twoPeersInSales(page);
  await connectCards(page, "Ada Lovelace", "Linus Torvalds");
  await expect(relationshipEdges(page)).toHaveCount(1);
  // Count every edge element React Flow removes from the DOM from now on.
  await page.evaluate(() => {
    const edges = document.querySelector(".react-flow__edges");
    const w = window as unknown as { removedEdges: number };
    w.removedEdges = 0;
    new MutationObserver((records) => {
      for (const record of records) w.removedEdges += record.removedNodes.length;
    }).observe(edges as Node, { childList: true });
  });
  await selectCard(page, "Ada Lovelace");
  await selectCard(page, "Linus Torvalds");
  await clickLineBetween(page, "Ada Lovelace", "Linus Torvalds");
  await expect(inspector(page).getByRole("heading", { name: "Relationship" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(relationshipEdges(page)).toHaveCount(1);
  expect(
    await page.evaluate(() => (window as unknown as { removedEdges: number }).removedEdges),
  ).toBe(0);
});

test("pointing at a line shows its strength, and only that line's", async ({ appPage: page }) => {
  await twoPeersInSales(page);
  await connectCards(page, "Ada Lovelace", "Linus Torvalds");
  const labels = page.locator(".relationship-label");
  // The new relationship is selected, so it shows its label until the selection is cleared.
  await expect(labels).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(labels).toHaveCount(0);
  const point = await pointOnLineBetween(page, "Ada Lovelace", "Linus Torvalds");
  await page.mouse.move(point.x, point.y);
  await expect(labels).toHaveCount(1);
  await expect(labels).toHaveText("3 Working");
  // Away from the line (high above the cards, in the gutter): the label goes.
  await page.mouse.move(point.x, point.y - 200);
  await expect(labels).toHaveCount(0);
});

test("several cards dragged together change tier in one undo step", async ({ appPage: page }) => {
  await openNewMap(page);
  await addPeopleByForm(page, "Our company", "Sales", ["Ada Lovelace", "Grace Hopper"]);
  await selectCard(page, "Ada Lovelace");
  await cardByName(page, "Grace Hopper")
    .locator(".person-card-name")
    .click({ modifiers: ["Shift"] });
  await expect(inspector(page).getByText("2 people selected")).toBeVisible();
  await expect(inspector(page).getByText("All in Sales")).toBeVisible();

  await dragCardTo(page, "Grace Hopper", { tier: "Technical / delivery", org: "a" });
  await expect(cardTier(page, "Grace Hopper")).toHaveText("Technical / delivery");
  await expect(cardTier(page, "Ada Lovelace")).toHaveText("Technical / delivery");
  await expect(inspector(page).getByText("All in Technical / delivery")).toBeVisible();

  await page.keyboard.press("Control+z");
  await expect(cardTier(page, "Grace Hopper")).toHaveText("Sales");
  await expect(cardTier(page, "Ada Lovelace")).toHaveText("Sales");
  // Both still selected: Delete removes both, one undo brings both back.
  await page.keyboard.press("Delete");
  await expect(cardByName(page, "Ada Lovelace")).toHaveCount(0);
  await expect(cardByName(page, "Grace Hopper")).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(cardByName(page, "Ada Lovelace")).toHaveCount(1);
  await expect(cardByName(page, "Grace Hopper")).toHaveCount(1);
});

test("while a card is dragged its lines follow it, and every other line stays", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  const line = edgeBetween(page, "Grace Kim", "Noah Fischer").locator(".react-flow__edge-path");
  const other = edgeBetween(page, "Amir Haddad", "Raj Patel").locator(".react-flow__edge-path");
  const lineBefore = await line.getAttribute("d");
  const otherBefore = await other.getAttribute("d");
  const from = await boxOf(cardByName(page, "Grace Kim"));
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 60, { steps: 6 });
  // Still held: the card has moved, and its line with it.
  const held = await boxOf(cardByName(page, "Grace Kim"));
  expect(held.y).toBeLessThan(from.y - 30);
  await expect.poll(() => line.getAttribute("d")).not.toBe(lineBefore);
  const path = await boxOf(line);
  // The line still reaches the card where it is now (it leaves from its right side).
  expect(path.x).toBeLessThanOrEqual(held.x + held.width + 1);
  expect(path.y).toBeLessThanOrEqual(held.y + held.height);
  expect(path.y + path.height).toBeGreaterThanOrEqual(held.y);
  expect(await other.getAttribute("d")).toBe(otherBefore);
  await page.mouse.up();
});

test("a card pressed is selected and shown before it moves; one picked up and moved at once is shown once it is dropped", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  await selectCard(page, "Amir Haddad");
  // The press alone selects the card (the selection's render falls on the press, not on the
  // drag's first frame), and the inspector follows.
  const from = centre(await boxOf(cardByName(page, "Grace Kim")));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await expect(cardByName(page, "Grace Kim")).toHaveClass(/selected/);
  await expect(inspectorName(page)).toHaveValue("Grace Kim");
  await page.mouse.move(from.x, from.y - 40, { steps: 5 });
  await expect(inspectorName(page)).toHaveValue("Grace Kim");
  await page.mouse.up();
  await expect(inspectorName(page)).toHaveValue("Grace Kim");

  // Pressed and moved in one go, before the inspector caught up: mid-drag it keeps what it
  // showed (nobody edits fields while moving a card), and shows the card once it is dropped.
  const amir = centre(await boxOf(cardByName(page, "Amir Haddad")));
  const midDrag = await page.evaluate(async ({ x, y }) => {
    const card = document.elementFromPoint(x, y);
    const at = (dy: number) => ({ clientX: x, clientY: y + dy, bubbles: true, view: window });
    card?.dispatchEvent(
      new PointerEvent("pointerdown", { ...at(0), pointerId: 1, isPrimary: true }),
    );
    card?.dispatchEvent(new MouseEvent("mousedown", at(0)));
    for (let dy = 6; dy <= 30; dy += 6) window.dispatchEvent(new MouseEvent("mousemove", at(dy)));
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    const name = document.querySelector<HTMLInputElement>(".inspector input[type=text]")?.value;
    window.dispatchEvent(new MouseEvent("mouseup", at(30)));
    return name;
  }, amir);
  expect(midDrag).toBe("Grace Kim");
  await expect(cardByName(page, "Amir Haddad")).toHaveClass(/selected/);
  await expect(inspectorName(page)).toHaveValue("Amir Haddad");
});
