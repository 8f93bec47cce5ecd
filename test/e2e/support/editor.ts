/**
 * Helpers for the editor end-to-end specs: open a map through the home screen, find things
 * by what the user sees (names on cards, lane labels, panel regions), and drive the canvas
 * with the real mouse. Nothing here calls into the app's code or store.
 */
import { expect, type Locator, type Page } from "@playwright/test";

export type Org = "a" | "b";

/**
 * The editor is a three-column layout whose canvas is fitted to the whole board; on a
 * desktop-sized window cards and handles are big enough to hit with a mouse, as they would
 * be for a facilitator at a workshop.
 */
export const EDITOR_VIEWPORT = { width: 1920, height: 1080 } as const;

/** The six tiers a new map starts with, most senior first. */
export const DEFAULT_TIERS = [
  "Executive sponsor",
  "Alliance management",
  "Sales",
  "Marketing",
  "Technical / delivery",
  "Operations / support",
] as const;

/**
 * The once-per-browser "this browser may clear your maps" notice (src/persistence) is a strip
 * above the screen that pushes the editor down until dismissed; every Playwright context is a
 * new browser, so it would show in every test. Mark it as already shown, as a returning
 * user's browser would have it.
 */
const PERSIST_NOTICE_KEY = "peermap.persistNoticeShown";

/** The "New map" dialog the home screen's New map button opens. */
export const newMapDialog = (page: Page): Locator => page.getByRole("dialog", { name: "New map" });

/**
 * Home screen's "New map", then its dialog: the names given typed in (a field left out keeps
 * its default: Untitled map, Our company, Partner), then "Create map".
 */
export async function createNewMap(
  page: Page,
  names: { name?: string; a?: string; b?: string } = {},
): Promise<void> {
  await page.getByRole("button", { name: "New map" }).click();
  const dialog = newMapDialog(page);
  await expect(dialog).toBeVisible();
  const labels = { name: "Map name", a: "Your organisation", b: "Partner organisation" };
  for (const [key, label] of Object.entries(labels) as [keyof typeof labels, string][]) {
    const value = names[key];
    if (value !== undefined) await dialog.getByLabel(label).fill(value);
  }
  await dialog.getByRole("button", { name: "Create map" }).click();
}

async function startFromHome(page: Page, button: string): Promise<void> {
  if (!page.url().startsWith("http")) await page.goto("/");
  await page.evaluate((key) => localStorage.setItem(key, "e2e"), PERSIST_NOTICE_KEY);
  if (button === "New map") await createNewMap(page);
  else await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(/#\/map\/[^/]+$/);
  await expect(canvasPane(page)).toBeVisible();
  await expect(laneCell(page, "Executive sponsor", "a")).toBeVisible();
}

/** A blank map (Our company × Partner, six default tiers), opened from the home screen. */
export async function openNewMap(page: Page): Promise<void> {
  await startFromHome(page, "New map");
  await expect(toolbarTitle(page)).toHaveText("Untitled map");
}

/** The sample alliance (Acme Software × Globex Cloud), opened from the home screen. */
export async function openSampleMap(page: Page): Promise<void> {
  await startFromHome(page, "Open the sample alliance");
  await expect(toolbarTitle(page)).toHaveText("Sample alliance");
  await expect(cards(page)).toHaveCount(16);
}

// --- Regions -------------------------------------------------------------------------------

export const toolbar = (page: Page): Locator => page.locator("header.toolbar");
export const toolbarTitle = (page: Page): Locator =>
  toolbar(page).getByRole("heading", { level: 1 });
export const roster = (page: Page): Locator => page.getByRole("complementary", { name: "Roster" });
export const inspector = (page: Page): Locator => page.getByRole("region", { name: "Inspector" });
export const gapsPanel = (page: Page): Locator => page.getByRole("region", { name: "Gaps" });
export const canvas = (page: Page): Locator => page.locator(".canvas");
export const canvasPane = (page: Page): Locator => canvas(page).locator(".react-flow__pane");
export const settingsDialog = (page: Page): Locator =>
  page.getByRole("dialog", { name: "Map settings" });

/** Error toasts (refused edits) are alerts; other toasts are statuses. */
export const toasts = (page: Page): Locator => page.locator(".toasts .toast");

// --- Cards and edges -----------------------------------------------------------------------

/** Every person card on the canvas (the React Flow node wrappers). */
export const cards = (page: Page): Locator => canvas(page).locator(".react-flow__node-person");

/**
 * The card (node wrapper) of the person with exactly this name, by its accessible name (which
 * starts "Name, title, …"): far out a card is painted and writes no text in the page.
 */
export const cardByName = (page: Page, name: string): Locator =>
  cards(page).and(page.locator(`[aria-label^=${JSON.stringify(`${name},`)}]`));

/** The tier written on a person's card. */
export const cardTier = (page: Page, name: string): Locator =>
  cardByName(page, name).locator(".person-card-tier");

/** Drawn relationships (not the ghost suggestions). */
export const relationshipEdges = (page: Page): Locator =>
  canvas(page).locator(".react-flow__edge-relationship");

/** "Missing link" suggestions, drawn as red hollow boxes. */
export const ghostEdges = (page: Page): Locator =>
  canvas(page).locator('[data-testid^="rf__edge-ghost:"]');

/** The relationship edge between two people, by the names in its accessible label. */
export const edgeBetween = (page: Page, a: string, b: string): Locator =>
  relationshipEdges(page).and(
    page.locator(`[aria-label^="${a} and ${b}:"], [aria-label^="${b} and ${a}:"]`),
  );

// --- Lanes ---------------------------------------------------------------------------------

/** A whole tier lane, both columns (drawn under the cards, no pointer events). */
export const lane = (page: Page, tier: string): Locator =>
  canvas(page)
    .locator(".lane")
    .filter({ has: page.locator(".lane-label-name").getByText(tier, { exact: true }) });

/** One organisation's cell of a tier lane. */
export const laneCell = (page: Page, tier: string, org: Org): Locator =>
  lane(page, tier)
    .locator(".lane-cell")
    .nth(org === "a" ? 0 : 1);

/** The lane labels on the canvas, top to bottom. */
export const laneLabels = (page: Page): Locator => canvas(page).locator(".lane-label-name");

/** The big organisation names above the two columns. */
export const columnHeader = (page: Page, org: Org): Locator =>
  canvas(page)
    .locator(".lanes-header-name")
    .nth(org === "a" ? 0 : 1);

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function boxOf(locator: Locator): Promise<Box> {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  if (!box) throw new Error("No bounding box: the element is not rendered.");
  return box;
}

export const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * A point inside a lane cell where no card is: right of every card already in that cell,
 * vertically at the cell's middle. Throws when the cell has no free room on the right.
 */
export async function emptySpotIn(page: Page, tier: string, org: Org) {
  const cell = await boxOf(laneCell(page, tier, org));
  let right = cell.x;
  for (const card of await cards(page).all()) {
    const box = await card.boundingBox();
    if (!box) continue;
    const inCell =
      box.x + box.width / 2 > cell.x &&
      box.x + box.width / 2 < cell.x + cell.width &&
      box.y + box.height / 2 > cell.y &&
      box.y + box.height / 2 < cell.y + cell.height;
    if (inCell) right = Math.max(right, box.x + box.width);
  }
  const x = (right + cell.x + cell.width) / 2;
  if (cell.x + cell.width - right < 40) throw new Error(`No empty room in ${tier} (${org}).`);
  return { x, y: cell.y + cell.height / 2 };
}

// --- Mouse gestures ------------------------------------------------------------------------

/** Press at `from`, move in small steps to `to`, release: what a hand on a mouse does. */
export async function mouseDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps = 15,
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // A first small move gets past drag thresholds the way a real hand does.
  await page.mouse.move(from.x + 4, from.y + 4, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
}

/** Drag a person's card so its centre lands in the middle of a lane cell. */
export async function dragCardTo(
  page: Page,
  name: string,
  to: { tier: string; org: Org },
): Promise<void> {
  const card = await boxOf(cardByName(page, name));
  const target = await emptySpotIn(page, to.tier, to.org);
  await mouseDrag(page, centre(card), target);
}

/** Drag a card by `dx`, `dy` screen pixels. */
export async function dragCardBy(page: Page, name: string, dx: number, dy: number) {
  const from = centre(await boxOf(cardByName(page, name)));
  await mouseDrag(page, from, { x: from.x + dx, y: from.y + dy });
}

/** A card's connection handle ("l" or "r"); it shows when the card is hovered. */
export const handleOf = (page: Page, name: string, side: "l" | "r"): Locator =>
  cardByName(page, name).locator(`.react-flow__handle[data-handleid="${side}"]`);

/**
 * Draw a relationship the way a user does: hover the first card, press on its handle (the
 * right one, or `side`), drag onto the other card and let go over its middle.
 */
export async function connectCards(
  page: Page,
  from: string,
  to: string,
  options: { side?: "l" | "r"; drop?: "centre" | "handle" } = {},
): Promise<void> {
  const side = options.side ?? "r";
  await cardByName(page, from).hover();
  const handle = handleOf(page, from, side);
  await expect(handle).toBeVisible();
  const start = centre(await boxOf(handle));
  const target =
    options.drop === "handle"
      ? centre(await boxOf(handleOf(page, to, side === "r" ? "l" : "r")))
      : centre(await boxOf(cardByName(page, to)));
  await mouseDrag(page, start, target, 20);
}

/**
 * The point where the line between a person on our side and one on the partner's side crosses
 * the middle of the gutter between the two columns, so no card can be in the way. It is read
 * off the line itself (the path the canvas drew, relationship or suggested link), in page
 * coordinates.
 */
export async function pointOnLineBetween(page: Page, ours: string, theirs: string) {
  const left = await boxOf(canvas(page).locator(".lanes-header").nth(0));
  const right = await boxOf(canvas(page).locator(".lanes-header").nth(1));
  const gutter = (left.x + left.width + right.x) / 2;
  const point = await page.evaluate(
    ({ ours, theirs, gutter }) => {
      const edge = [...document.querySelectorAll(".react-flow__edge")].find((e) => {
        const label = e.getAttribute("aria-label") ?? "";
        return label.includes(`${ours} and ${theirs}`) || label.includes(`${theirs} and ${ours}`);
      });
      const path = edge?.querySelector<SVGPathElement>("path.react-flow__edge-path");
      const matrix = path?.getScreenCTM();
      if (!path || !matrix) return null;
      const total = path.getTotalLength();
      let best: { x: number; y: number } | null = null;
      for (let i = 0; i <= 400; i++) {
        const on = path.getPointAtLength((total * i) / 400);
        const at = new DOMPoint(on.x, on.y).matrixTransform(matrix);
        if (!best || Math.abs(at.x - gutter) < Math.abs(best.x - gutter))
          best = { x: at.x, y: at.y };
      }
      return best;
    },
    { ours, theirs, gutter },
  );
  if (!point) throw new Error(`No line between ${ours} and ${theirs} on the canvas`);
  return point;
}

/** Click the relationship or ghost line between two people, in the gutter. */
export async function clickLineBetween(page: Page, ours: string, theirs: string): Promise<void> {
  const point = await pointOnLineBetween(page, ours, theirs);
  await page.mouse.click(point.x, point.y);
}

/** Zoom the canvas back out to the whole board (the "Fit the whole map" control). */
export async function fitWholeMap(page: Page): Promise<void> {
  await canvas(page).getByRole("button", { name: "Fit the whole map" }).click();
}

// --- Roster and panels ---------------------------------------------------------------------

/** A person's entry in the roster. */
export const rosterEntry = (page: Page, name: string): Locator =>
  roster(page)
    .locator(".roster-entry")
    .filter({ has: page.locator(".roster-entry-name").getByText(name, { exact: true }) });

/** One organisation's part of the roster, by its heading. */
export const rosterSection = (page: Page, orgName: string): Locator =>
  roster(page)
    .locator("section.roster-org")
    .filter({ has: page.locator(".roster-org-name").getByText(orgName, { exact: true }) });

/** The names listed under a tier heading in an organisation's roster section. */
export const rosterNamesInTier = (page: Page, orgName: string, tier: string): Locator =>
  rosterSection(page, orgName)
    .locator(".roster-tier")
    .filter({ has: page.locator(".roster-tier-name").getByText(tier, { exact: true }) })
    .locator(".roster-entry-name");

/** Open an organisation's "Add person" form and return it. */
export async function openAddPersonForm(page: Page, orgName: string): Promise<Locator> {
  await roster(page)
    .getByRole("button", { name: `Add person to ${orgName}` })
    .click();
  const form = roster(page).getByRole("form", { name: `Add person to ${orgName}` });
  await expect(form).toBeVisible();
  return form;
}

/**
 * Add people through the roster form, keyboard only: choose the tier, then for each name type
 * it and press Enter. Focus stays in the name field between people.
 */
export async function addPeopleByForm(
  page: Page,
  orgName: string,
  tier: string,
  names: readonly string[],
): Promise<void> {
  const form = await openAddPersonForm(page, orgName);
  await form.getByLabel("Tier").selectOption({ label: tier });
  const name = form.getByLabel("Name");
  await name.focus();
  for (const person of names) {
    await page.keyboard.type(person);
    await page.keyboard.press("Enter");
    await expect(form.getByRole("status")).toHaveText(`Added ${person} to ${tier}.`);
  }
  await form.getByRole("button", { name: "Done" }).click();
}

/** The inspector's Name field (a person is selected). */
export const inspectorName = (page: Page): Locator =>
  inspector(page).getByRole("textbox", { name: "Name", exact: true });

/** The tier chosen in the inspector's Tier select (a person is selected). */
export const inspectorTier = (page: Page): Locator =>
  inspector(page).getByLabel("Tier").locator("option:checked");

/** The strength radio of the inspector ("3 Working", ...). */
export const strengthRadio = (page: Page, label: string): Locator =>
  inspector(page).getByRole("radio", { name: label });

/** The "Coverage NN%" line of the gaps panel. */
export const coverageText = (page: Page): Locator => gapsPanel(page).locator(".gaps-coverage-text");

/** The gap rows (buttons) of the gaps panel. */
export const gapRows = (page: Page): Locator => gapsPanel(page).locator(".gaps-row");

/** Select a person by clicking their card (on the name, away from the handles). */
export async function selectCard(page: Page, name: string): Promise<void> {
  await cardByName(page, name).locator(".person-card-name").click();
  await expect(inspectorName(page)).toHaveValue(name);
}

/** Open the map settings dialog from the toolbar. */
export async function openSettings(page: Page): Promise<Locator> {
  await toolbar(page).getByRole("button", { name: "Map settings" }).click();
  const dialog = settingsDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Do two boxes overlap (share more than a hairline)? */
export const intersects = (p: Box, q: Box): boolean =>
  p.x < q.x + q.width - 0.5 &&
  q.x < p.x + p.width - 0.5 &&
  p.y < q.y + q.height - 0.5 &&
  q.y < p.y + p.height - 0.5;
