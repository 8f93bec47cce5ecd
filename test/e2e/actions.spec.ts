/**
 * Actions, with real clicks and keys: added on a gap (owner picked from the map's people, due
 * date), on a person and on a link; listed in the Actions panel (overdue by a faked clock), in
 * the gap report and the peer table; done ones behind "Show done"; closing the gap offers to
 * mark its action done; undo/redo; and all of it still there after a reload.
 */
import { expect, test } from "./fixtures";
import { parseCsv } from "./support/csv";
import { downloadOf, toolbarButton } from "./support/downloads";
import {
  clickLineBetween,
  connectCards,
  EDITOR_VIEWPORT,
  fitWholeMap,
  gapsPanel,
  inspector,
  selectCard,
  toasts,
} from "./support/editor";
import { openFixtureMap } from "./support/import";

test.use({ viewport: EDITOR_VIEWPORT });

const TECH_GAP =
  "Nobody from Acme Software is linked to anyone from Globex Cloud at Technical / delivery.";
const GAP_ACTION = "Introduce Raj to Ben — owner Priya Natarajan, due 15 Dec 2026";

const actionsPanel = (page: import("@playwright/test").Page) =>
  page.getByRole("region", { name: "Actions" });

test("actions on a gap, a person and a link: panel, report, table, done, closed gap, reload", async ({
  appPage: page,
}) => {
  test.slow();
  await page.clock.setFixedTime(new Date("2026-12-20T10:00:00"));
  await openFixtureMap(page, "small-workshop");

  // On a gap: owner picked from the people on the map, a due date, Enter saves.
  await gapsPanel(page)
    .getByRole("button", { name: `Add an action: ${TECH_GAP}` })
    .click();
  const form = gapsPanel(page).getByRole("form", { name: "Add an action" });
  await form.getByLabel("What to do").fill("Introduce Raj to Ben");
  await form.getByLabel("Owner").fill("Priya Natarajan");
  await form.getByLabel("Due date").fill("2026-12-15");
  await form.getByLabel("What to do").press("Enter");
  await expect(form).toHaveCount(0);
  await expect(gapsPanel(page)).toContainText(`${GAP_ACTION} (overdue)`);

  // Undo and redo are one step each.
  await page.keyboard.press("Control+z");
  await expect(gapsPanel(page)).not.toContainText("Introduce Raj to Ben");
  await page.keyboard.press("Control+Shift+z");
  await expect(gapsPanel(page)).toContainText(`${GAP_ACTION} (overdue)`);

  // On a person and on a link, from the inspector.
  await selectCard(page, "Mei Tanaka");
  await inspector(page).getByRole("button", { name: "Add an action: Mei Tanaka" }).click();
  await inspector(page).getByLabel("What to do").fill("Invite Mei to the QBR");
  await inspector(page).getByLabel("What to do").press("Enter");
  await expect(inspector(page)).toContainText("Invite Mei to the QBR");
  await clickLineBetween(page, "Dana Whitfield", "Marcus Chen");
  await inspector(page)
    .getByRole("button", { name: /Add an action: Dana Whitfield and Marcus Chen/ })
    .click();
  await inspector(page).getByLabel("What to do").fill("Thank Marcus for the roadmap");
  await inspector(page).getByLabel("Due date").fill("2027-01-10");
  await inspector(page).getByLabel("What to do").press("Enter");

  // The Actions panel: soonest first, overdue said in words, what each is about.
  await page.getByRole("button", { name: "Actions (3 open)" }).click();
  const items = actionsPanel(page).locator(".actions-list").first().locator(".action-item");
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText("Overdue");
  await expect(items.nth(0)).toContainText(`Gap: ${TECH_GAP}`);
  await expect(items.nth(1)).toContainText("Thank Marcus for the roadmap — due 10 Jan 2027");
  await expect(items.nth(1)).toContainText("Link: Dana Whitfield ↔ Marcus Chen");
  await expect(items.nth(1)).not.toContainText("Overdue");
  await expect(items.nth(2)).toContainText("Person: Mei Tanaka");

  // The gap report and the peer table carry them.
  const report = await downloadOf(page, () =>
    page.getByRole("button", { name: "Download report (.md)" }).click(),
  );
  expect(report.text).toContain(`- ${TECH_GAP}\n  - [ ] ${GAP_ACTION} (overdue)\n`);
  expect(report.text).toContain("- **Person: Mei Tanaka** — Invite Mei to the QBR");
  const table = await downloadOf(page, () => toolbarButton(page, "Export table").click());
  const [headers, ...rows] = parseCsv(table.text.replace(/^\uFEFF/, ""));
  const actions = headers?.indexOf("Actions") ?? -1;
  expect(actions).toBeGreaterThan(0);
  expect(rows.find((row) => row[1] === "Raj Patel")?.[actions]).toBe(`${GAP_ACTION} (overdue)`);
  expect(rows.find((row) => row[1] === "Dana Whitfield")?.[actions]).toBe(
    "Thank Marcus for the roadmap — due 10 Jan 2027",
  );

  // Done moves it under "Show done", with its date.
  await items.nth(2).getByRole("checkbox").click();
  await expect(items).toHaveCount(2);
  await actionsPanel(page).getByRole("button", { name: "Show done (1)" }).click();
  const done = actionsPanel(page).locator(".actions-list.is-done .action-item");
  await expect(done).toContainText("Invite Mei to the QBR");
  await expect(done).toContainText("Done 20 Dec 2026");

  // Drawing the missing link closes Mei's gap: the offer marks its action done.
  const meiGap = "Mei Tanaka has no link to anyone from Globex Cloud at Sales.";
  await gapsPanel(page)
    .getByRole("button", { name: `Add an action: ${meiGap}` })
    .click();
  await gapsPanel(page).getByLabel("What to do").fill("Lunch with Chris");
  await gapsPanel(page).getByLabel("What to do").press("Enter");
  await expect(items).toHaveCount(3);
  await fitWholeMap(page);
  await connectCards(page, "Mei Tanaka", "Chris Novak");
  const offer = toasts(page).filter({ hasText: "Sales: gap closed — mark its open action done?" });
  await offer.getByRole("button", { name: "Mark done" }).click();
  await expect(items).toHaveCount(2);
  await expect(done).toHaveCount(2);
  await expect(done.nth(1)).toContainText("Lunch with Chris");
  await expect(done.nth(1)).toContainText("Gap: gap closed");

  // After a reload, all of it is still there.
  await page.reload();
  await page.getByRole("button", { name: "Actions (2 open)" }).click();
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(`${GAP_ACTION} (overdue)`);
  await actionsPanel(page).getByRole("button", { name: "Show done (2)" }).click();
  await expect(done).toHaveCount(2);
  await expect(done.nth(1)).toContainText("Lunch with Chris");
});
