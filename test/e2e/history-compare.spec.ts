/**
 * Comparing two dates, with real clicks and keys: a snapshot, edits (a link added, one re-rated,
 * one deleted, a person added), a second snapshot, another edit; then the first snapshot
 * compared with now and with the second. The canvas marks what changed, the summary says it in
 * sentences (a click shows it), Back to now edits again, and the gap report looks back to the
 * latest snapshot.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectSaved, skipPersistNotice, toastList } from "./storage-support";
import { downloadOf } from "./support/downloads";
import {
  canvas,
  cardByName,
  cards,
  clickLineBetween,
  EDITOR_VIEWPORT,
  openSampleMap,
  roster,
  selectCard,
} from "./support/editor";

test.use({ viewport: EDITOR_VIEWPORT });

test.beforeEach(async ({ context }) => {
  await skipPersistNotice(context);
});

const history = (page: Page): Locator => page.getByRole("region", { name: "History" });
const summary = (page: Page): Locator => page.getByRole("region", { name: "What changed" });
const banner = (page: Page): Locator => page.locator(".snapshot-banner");
/** The badge a changed line carries on the canvas. */
const badges = (page: Page): Locator => canvas(page).locator(".relationship-label.is-change");

/** The badges' texts, sorted (labels are portalled in the order their lines mounted). */
const badgeTexts = async (page: Page): Promise<string[]> =>
  (await badges(page).allTextContents()).map((text) => text.trim()).sort();

async function saveSnapshot(page: Page, label: string, date: string): Promise<void> {
  await page.keyboard.press("Control+s");
  const form = page.getByRole("dialog", { name: "Save snapshot" });
  await form.getByLabel("Label").fill(label);
  await form.getByLabel("Date of the review").fill(date);
  await form.getByLabel("Label").press("Enter");
  await expect(form).toBeHidden();
  await expect(toastList(page).filter({ hasText: `Saved snapshot "${label}"` })).toHaveCount(1);
}

/** History, from the details panel, then "Compare <label> with now". */
async function compareWithNow(page: Page, label: string): Promise<void> {
  await page
    .getByRole("complementary", { name: "Details" })
    .getByRole("button", { name: "History" })
    .click();
  await history(page)
    .getByRole("button", { name: `Compare ${label} with now` })
    .click();
}

async function rateLine(page: Page, ours: string, theirs: string, key: string): Promise<void> {
  await clickLineBetween(page, ours, theirs);
  await page.keyboard.press(key);
}

test("compare a snapshot with now and with a later snapshot: marked on the canvas, told in the summary, and in the report", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  await saveSnapshot(page, "Kick-off", "2026-03-12");

  // A link drawn with L, one re-rated, one deleted, a person added in the quick-entry bar.
  await selectCard(page, "Raj Patel");
  await page.keyboard.press("l");
  await cardByName(page, "Sam Morgan").locator(".person-card-name").click();
  await page.keyboard.press("3");
  await expect(page.getByLabel("Raj Patel and Sam Morgan: 3 Working", { exact: true })).toHaveCount(
    1,
  );
  // Hannah and Tom's line first: it crosses the gutter near Jordan and Ken's.
  await clickLineBetween(page, "Hannah Schultz", "Tom Becker");
  await page.keyboard.press("Delete");
  await expect(
    page.getByLabel(/^(Hannah Schultz and Tom Becker|Tom Becker and Hannah Schultz):/),
  ).toHaveCount(0);
  await rateLine(page, "Jordan Lee", "Ken Watanabe", "4");
  await expect(
    page.getByLabel("Jordan Lee and Ken Watanabe: 4 Strong", { exact: true }),
  ).toHaveCount(1);
  const quick = page.getByRole("form", { name: "Quick entry" });
  await quick.getByRole("radio", { name: "Globex Cloud" }).check();
  await quick.getByRole("combobox", { name: "Tier" }).selectOption({ label: "Marketing" });
  await quick.getByRole("textbox", { name: "Name" }).fill("Marta Kowalczyk");
  await quick.getByRole("textbox", { name: "Name" }).press("Enter");
  await expect(cards(page)).toHaveCount(17);
  await expectSaved(page);
  await saveSnapshot(page, "QBR Q2", "2026-06-30");

  // After the second snapshot: Grace and Noah fall out.
  await rateLine(page, "Grace Kim", "Noah Fischer", "1");
  await expectSaved(page);

  // The kick-off against now.
  await compareWithNow(page, "Kick-off");
  await expect(banner(page)).toHaveText(
    /Comparing 'Kick-off' \(12 Mar 2026\) with now — read only/,
  );
  await expect(roster(page)).toHaveCount(0);
  await expect(page.getByLabel(/^New link: Raj Patel and Sam Morgan: 3 Working$/)).toHaveCount(1);
  await expect(
    page.getByLabel("Jordan Lee and Ken Watanabe: 4 Strong, stronger, was 2 Weak", { exact: true }),
  ).toHaveCount(1);
  await expect(
    page.getByLabel("Grace Kim and Noah Fischer: 1 Strained, weaker, was 3 Working", {
      exact: true,
    }),
  ).toHaveCount(1);
  const removed = page.getByLabel("Removed link: Hannah Schultz and Tom Becker, was 2 Weak", {
    exact: true,
  });
  await expect(removed).toHaveCount(1);
  // Faint and dashed: thin, grey, with dashes.
  const stroke = await removed.locator("path.react-flow__edge-path").evaluate((path) => {
    const style = getComputedStyle(path);
    return { dash: style.strokeDasharray, width: Number.parseFloat(style.strokeWidth) };
  });
  expect(stroke.dash).not.toBe("none");
  expect(stroke.width).toBeLessThanOrEqual(2);
  await expect.poll(() => badgeTexts(page)).toEqual(["new", "↑ 2→4", "↓ 3→1"].sort());
  await expect(cardByName(page, "Marta Kowalczyk").locator(".person-card-new")).toHaveText("new");
  await expect(canvas(page).locator(".person-card-new")).toHaveCount(1);

  // The summary, in sentences.
  await expect(summary(page).getByRole("list", { name: "People joined" })).toHaveText(
    "Marta Kowalczyk joined (Globex Cloud, Marketing)",
  );
  await expect(summary(page).getByRole("list", { name: "New links" })).toHaveText(
    "Raj Patel ↔ Sam Morgan: new link, 3 Working",
  );
  await expect(summary(page).getByRole("list", { name: "Removed links" })).toHaveText(
    "Hannah Schultz ↔ Tom Becker: link removed (was 2 Weak)",
  );
  await expect(summary(page).getByRole("list", { name: "Stronger links" })).toHaveText(
    "Jordan Lee ↔ Ken Watanabe: stronger, 2 Weak → 4 Strong",
  );
  await expect(summary(page).getByRole("list", { name: "Weaker links" })).toHaveText(
    "Grace Kim ↔ Noah Fischer: weaker, 3 Working → 1 Strained",
  );
  await expect(summary(page).getByRole("list", { name: "Gaps closed" })).toContainText(
    "Sales: gap closed",
  );

  // A click on a sentence selects what it is about.
  await summary(page)
    .getByRole("button", { name: /^Jordan Lee ↔ Ken Watanabe/ })
    .click();
  await expect(
    page.getByLabel("Jordan Lee and Ken Watanabe: 4 Strong, stronger, was 2 Weak", { exact: true }),
  ).toHaveClass(/selected/);
  await summary(page)
    .getByRole("button", { name: /^Marta Kowalczyk joined/ })
    .click();
  await expect(cardByName(page, "Marta Kowalczyk")).toHaveClass(/selected/);
  await summary(page)
    .getByRole("button", { name: /^Hannah Schultz ↔ Tom Becker/ })
    .click();
  await expect(removed).toHaveClass(/selected/);
  // Selected, the removed line says what it was.
  await expect(canvas(page).locator(".relationship-label:not(.is-change)")).toHaveText(
    "Removed (was 2 Weak)",
  );

  // Read only: a key does not re-rate the selected line.
  await page.keyboard.press("5");
  await expect(removed).toHaveCount(1);
  await expect(page.getByLabel(/^Raj Patel and Sam Morgan/)).toHaveCount(0);

  // The kick-off against the second snapshot: the later is shown, Grace and Noah as they were.
  await history(page).getByRole("button", { name: "Compare", exact: true }).click();
  await expect(banner(page)).toHaveText(
    /Comparing 'Kick-off' \(12 Mar 2026\) with 'QBR Q2' \(30 Jun 2026\) — read only/,
  );
  await expect(summary(page).getByRole("list", { name: "Weaker links" })).toHaveCount(0);
  await expect(summary(page).getByRole("list", { name: "Stronger links" })).toHaveText(
    "Jordan Lee ↔ Ken Watanabe: stronger, 2 Weak → 4 Strong",
  );
  await expect.poll(() => badgeTexts(page)).toEqual(["new", "↑ 2→4"].sort());
  await expect(
    page.getByLabel("Grace Kim and Noah Fischer: 3 Working", { exact: true }),
  ).toHaveCount(1);

  // Back to now: the live map, editable, nothing marked.
  await banner(page).getByRole("button", { name: "Back to now" }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect(summary(page)).toHaveCount(0);
  await expect(badges(page)).toHaveCount(0);
  await expect(roster(page)).toBeVisible();
  await rateLine(page, "Grace Kim", "Noah Fischer", "2");
  await expect(page.getByLabel("Grace Kim and Noah Fischer: 2 Weak", { exact: true })).toHaveCount(
    1,
  );
  await expectSaved(page);

  // The report looks back to the latest snapshot.
  const report = await downloadOf(page, () =>
    page
      .getByRole("group", { name: "Gap report" })
      .getByRole("button", { name: "Download report (.md)" })
      .click(),
  );
  const since = report.text.slice(report.text.indexOf("## Since"));
  expect(since.split("\n").slice(0, 2)).toEqual(["## Since QBR Q2 (30 Jun 2026)", ""]);
  expect(since).toContain(
    "- **Weaker links:** Grace Kim ↔ Noah Fischer: weaker, 3 Working → 2 Weak",
  );
  expect(since).not.toContain("Jordan Lee");
});

/** A card's place on the board (flow coordinates, whatever the zoom). */
const boardPlace = (card: Locator): Promise<string> =>
  card.evaluate((node) => (node as HTMLElement).style.transform);

/** Text size on screen, in CSS px: its font size times the board's zoom. */
const screenTextSize = (text: Locator): Promise<number> =>
  text.evaluate((element) => {
    const viewport = element.ownerDocument.querySelector(".react-flow__viewport");
    const zoom = new DOMMatrixReadOnly(viewport ? getComputedStyle(viewport).transform : "").a;
    return Number.parseFloat(getComputedStyle(element).fontSize) * zoom;
  });

test("someone who left since the snapshot: a faint LEFT card where they were, their removed link ending on it, the legend explains the marks", async ({
  appPage: page,
}) => {
  await openSampleMap(page);
  const wasAt = await boardPlace(cardByName(page, "Lina Costa"));
  await saveSnapshot(page, "Kick-off", "2026-03-12");
  await selectCard(page, "Lina Costa");
  await page.keyboard.press("Delete");
  await expect(cardByName(page, "Lina Costa")).toHaveCount(0);
  await rateLine(page, "Grace Kim", "Noah Fischer", "4");
  await expect(
    page.getByLabel("Grace Kim and Noah Fischer: 4 Strong", { exact: true }),
  ).toHaveCount(1);
  await expectSaved(page);

  await compareWithNow(page, "Kick-off");
  await expect(banner(page)).toHaveText(/Comparing 'Kick-off'/);

  const ghost = canvas(page).getByLabel(
    "Left: Lina Costa (was Alliance management, Globex Cloud)",
    {
      exact: true,
    },
  );
  await expect(ghost).toHaveCount(1);
  await expect(ghost.locator(".person-card-new")).toHaveText("left");
  // Shown in capitals: "LEFT".
  await expect(ghost.locator(".person-card-new")).toHaveCSS("text-transform", "uppercase");
  expect(await boardPlace(ghost)).toBe(wasAt);
  // Not a card of the map: it cannot be selected.
  await ghost.click({ force: true });
  await expect(ghost).not.toHaveClass(/selected/);
  const removed = page.getByLabel("Removed link: Priya Nair and Lina Costa, was 3 Working", {
    exact: true,
  });
  await expect(removed).toHaveCount(1);
  await expect(removed.locator("path.react-flow__edge-path")).toHaveAttribute("d", /\S/);

  const legend = canvas(page).locator(".legend");
  for (const entry of ["NEW link", "↑↓ re-rated", "removed (dashed grey)", "LEFT person"])
    await expect(legend.getByText(entry, { exact: true })).toBeVisible();

  // The summary line brings the faint card to the middle of the board.
  await summary(page)
    .getByRole("button", { name: /^Lina Costa left/ })
    .click();
  const board = await canvas(page).boundingBox();
  await expect
    .poll(async () => {
      const box = await ghost.boundingBox();
      if (!box || !board) return Number.POSITIVE_INFINITY;
      return Math.hypot(
        box.x + box.width / 2 - (board.x + board.width / 2),
        box.y + box.height / 2 - (board.y + board.height / 2),
      );
    })
    .toBeLessThan(40);

  // Readable at 1280x720 with the whole map fitted: badges at least 12 px on screen.
  await page.setViewportSize({ width: 1280, height: 720 });
  await canvas(page).getByRole("button", { name: "Fit the whole map" }).click();
  for (const badge of [ghost.locator(".person-card-new"), badges(page).first()])
    await expect.poll(() => screenTextSize(badge)).toBeGreaterThanOrEqual(12);

  // Back to now: no faint card, no compare entries in the legend.
  await banner(page).getByRole("button", { name: "Back to now" }).click();
  await expect(ghost).toHaveCount(0);
  await expect(legend.getByText("LEFT person", { exact: true })).toHaveCount(0);
});
