/**
 * The wheel far out (issue 16), where cards and lines are painted: a gesture moves only the
 * board's transform, React Flow learns the view when it ends, and meanwhile one empty layer
 * takes the pointer, so the browser's hit test of each step stops there (useFarWheel.ts).
 * Neither may change what the pointer, a click or the zoom buttons meet afterwards.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  boxOf,
  canvas,
  cardByName,
  centre,
  EDITOR_VIEWPORT,
  openSampleMap,
} from "./support/editor";
import { toBoard, zoomOf, zoomTo } from "./support/painted";

test.use({ viewport: EDITOR_VIEWPORT });

const card = cardByName;

/** The sample alliance zoomed out to where its cards and lines are painted, at rest. */
async function openFarOut(page: Page): Promise<void> {
  await openSampleMap(page);
  await zoomTo(page, 0.15);
  await expect(canvas(page)).toHaveClass(/is-painted/);
  await expect(canvas(page)).not.toHaveClass(/is-moving/);
}

/** What the pointer meets at `p`: "card", or the class of what it meets instead. */
const pointerMeets = (page: Page, p: { x: number; y: number }) =>
  page.evaluate(({ x, y }) => {
    const element = document.elementFromPoint(x, y);
    return element?.closest(".react-flow__node") ? "card" : element?.className;
  }, p);

/**
 * One wheel step at `p`, and what the pointer meets there in the next frame, read inside the
 * page (a round trip could outlast the gesture, which ends 150 ms after its last step); then,
 * with `thenMove`, after the pointer moves 40 px.
 */
const wheelAt = (page: Page, p: { x: number; y: number }, thenMove: boolean) =>
  page.evaluate(
    async ({ x, y, thenMove }) => {
      const meets = () =>
        document.elementFromPoint(x, y)?.closest(".react-flow__node")
          ? "card"
          : document.elementFromPoint(x, y)?.className;
      document
        .elementFromPoint(x, y)
        ?.dispatchEvent(
          new WheelEvent("wheel", { deltaY: 1, clientX: x, clientY: y, bubbles: true }),
        );
      await new Promise(requestAnimationFrame);
      const during = meets();
      if (!thenMove) return { during };
      document.dispatchEvent(new PointerEvent("pointermove", { clientX: x + 40, clientY: y }));
      return { during, afterMove: meets() };
    },
    { ...p, thenMove },
  );

test("far out, while the wheel moves the view, the pointer meets one empty layer; a move of the pointer, or rest, gives it the cards again", async ({
  appPage: page,
}) => {
  await openFarOut(page);
  const priya = centre(await boxOf(card(page, "Priya Nair")));
  expect(await pointerMeets(page, priya)).toBe("card");
  // The pointer moves, as a hand does when aiming at a card: the card is there at once.
  expect(await wheelAt(page, priya, true)).toEqual({
    during: expect.stringContaining("react-flow__pane"),
    afterMove: "card",
  });
  // The pointer rests: the card is there again once the view rests.
  await expect(canvas(page)).not.toHaveClass(/is-moving/);
  expect(await wheelAt(page, priya, false)).toEqual({
    during: expect.stringContaining("react-flow__pane"),
  });
  await expect.poll(() => pointerMeets(page, priya)).toBe("card");
  await page.mouse.click(priya.x, priya.y);
  await expect(card(page, "Priya Nair")).toHaveClass(/selected/);
});

test("far out, the wheel zooms about the pointer, and the pointer, a click and the zoom buttons then meet the board where it is", async ({
  appPage: page,
}) => {
  await openFarOut(page);
  const pane = centre(await boxOf(canvas(page)));
  const at = { x: pane.x + 40, y: pane.y + 30 };
  await page.mouse.move(at.x, at.y);
  const under = await toBoard(page, at);
  const zoom = await zoomOf(page);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(zoom * 1.4);
  // Zoomed about the pointer: the same point of the board is still under it (to a pixel).
  const still = await toBoard(page, at);
  const pixel = 1 / (await zoomOf(page));
  expect(Math.abs(still.x - under.x)).toBeLessThan(pixel);
  expect(Math.abs(still.y - under.y)).toBeLessThan(pixel);

  // Wheel steps, a move of the pointer, and the zoom-in button, all in one go inside the page:
  // the button zooms on from where the wheel left the view, which React Flow had from the move.
  const buttons = await page.evaluate(async ({ x, y }) => {
    const scale = () =>
      Number(
        /scale\(([\d.]+)\)/.exec(
          document.querySelector<HTMLElement>(".react-flow__viewport")?.style.transform ?? "",
        )?.[1],
      );
    const target = document.elementFromPoint(x, y);
    for (let i = 0; i < 3; i++)
      target?.dispatchEvent(
        new WheelEvent("wheel", { deltaY: -100, clientX: x, clientY: y, bubbles: true }),
      );
    const wheeled = scale();
    document.dispatchEvent(new PointerEvent("pointermove", { clientX: x + 30, clientY: y }));
    document.querySelector<HTMLButtonElement>(".react-flow__controls-zoomin")?.click();
    // Past the wheel's end (150 ms without a step): nothing puts the view back.
    await new Promise((done) => setTimeout(done, 400));
    return { wheeled, after: scale() };
  }, at);
  expect(buttons.after).toBeCloseTo(buttons.wheeled * 1.2, 3);

  // A click lands on the card where it now is.
  await expect(canvas(page)).not.toHaveClass(/is-moving/);
  const priya = centre(await boxOf(card(page, "Priya Nair")));
  await page.mouse.click(priya.x, priya.y);
  await expect(card(page, "Priya Nair")).toHaveClass(/selected/);
});
