/**
 * Targets, planned links and tier health (issue 15) on the small workshop, by real clicks and
 * keys: a target above a link's strength lists a gap and shows on the line's label; a planned
 * link is drawn apart and leaves coverage alone; the lane's health pill follows the gaps; all of
 * it survives a reload and reaches the peer table.
 */
import { expect, test } from "./fixtures";
import { expectSaved } from "./storage-support";
import { parseCsv, peerTableHeaders } from "./support/csv";
import { downloadOf, toolbarButton } from "./support/downloads";
import {
  clickLineBetween,
  coverageText,
  EDITOR_VIEWPORT,
  edgeBetween,
  gapRows,
  ghostEdges,
  inspector,
  lane,
  roster,
  selectCard,
  strengthRadio,
} from "./support/editor";
import { openFixtureMap } from "./support/import";

test.use({ viewport: EDITOR_VIEWPORT });

const BELOW_TARGET = "Warning: Olivia Grant ↔ Hannah Weiss is 2 Weak, target 4 Strong.";
const healthPill = (page: Parameters<typeof lane>[0], tier: string) =>
  lane(page, tier).locator(".lane-health");

test("a target, a planned link and the tiers' health, kept over a reload and in the peer table", async ({
  appPage: page,
}) => {
  test.slow();
  await openFixtureMap(page, "small-workshop");
  // Ben Adeyemi (Technical / delivery) waits in the roster; placed, he is Raj's suggested peer.
  await roster(page).getByRole("button", { name: "Place all" }).click();
  await expect(ghostEdges(page)).not.toHaveCount(0);
  const coverage = await coverageText(page).textContent();
  await expect(healthPill(page, "Executive sponsor")).toHaveText("● Healthy");
  // Olivia–Hannah is the only peer link at Marketing, rated 2 Weak: a warning.
  await expect(healthPill(page, "Marketing")).toHaveText("● Needs work");
  await expect(healthPill(page, "Marketing")).toHaveAttribute("data-health", "amber");

  // A target above the link's strength: the inspector's select, by keyboard.
  await clickLineBetween(page, "Olivia Grant", "Hannah Weiss");
  const target = inspector(page).getByLabel("Target strength");
  await target.focus();
  await target.selectOption({ label: "4 Strong" });
  await expect(gapRows(page).filter({ hasText: "target 4 Strong" })).toHaveText([BELOW_TARGET]);
  const label = page.locator(".relationship-label");
  await expect(label).toHaveText("2 Weak → target 4 Strong");
  await expect(edgeBetween(page, "Olivia Grant", "Hannah Weiss")).toHaveAttribute(
    "aria-label",
    /2 Weak → target 4 Strong/,
  );

  // Nobody links across Technical / delivery: Raj's suggested counterpart is Ben. Plan it.
  const ghostsBefore = await ghostEdges(page).count();
  await selectCard(page, "Raj Patel");
  await inspector(page).getByRole("button", { name: "Plan this link" }).click();
  const planned = edgeBetween(page, "Raj Patel", "Ben Adeyemi");
  await expect(planned).toHaveAttribute("aria-label", /Planned · target 3 Working/);
  await expect(planned.locator("path.relationship-edge")).toHaveClass(/is-planned/);
  await expect(planned.locator("path.relationship-edge")).toHaveCSS(
    "stroke-dasharray",
    "10px, 5px, 2px, 5px",
  );
  await expect(ghostEdges(page)).toHaveCount(ghostsBefore - 1);
  // A planned link is no link yet: coverage and the tier's gap stay as they were.
  await expect(coverageText(page)).toHaveText(coverage ?? "");
  await expect(gapRows(page).filter({ hasText: "at Technical / delivery." }).first()).toBeVisible();
  await expect(inspector(page).getByRole("checkbox", { name: /Planned/ })).toBeChecked();
  await expect(healthPill(page, "Technical / delivery")).toHaveText("● Needs work");

  // Rated to its target, the Marketing link closes both its gaps and the tier turns healthy.
  await clickLineBetween(page, "Olivia Grant", "Hannah Weiss");
  await strengthRadio(page, "4 Strong").click();
  await expect(gapRows(page).filter({ hasText: "target 4 Strong" })).toHaveCount(0);
  await expect(healthPill(page, "Marketing")).toHaveText("● Healthy");
  await expect(label).toHaveText("4 Strong · target 4 Strong");
  // Back to 2 Weak with a key press (the strength group takes the arrow keys).
  await strengthRadio(page, "4 Strong").focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(gapRows(page).filter({ hasText: "target 4 Strong" })).toHaveText([BELOW_TARGET]);
  await expect(healthPill(page, "Marketing")).toHaveText("● Needs work");

  await expectSaved(page);
  await page.reload();
  await expect(gapRows(page).filter({ hasText: "target 4 Strong" })).toHaveText([BELOW_TARGET]);
  await expect(edgeBetween(page, "Raj Patel", "Ben Adeyemi")).toHaveAttribute(
    "aria-label",
    /Planned · target 3 Working/,
  );
  await expect(healthPill(page, "Marketing")).toHaveText("● Needs work");
  await expect(coverageText(page)).toHaveText(coverage ?? "");

  const table = await downloadOf(page, () => toolbarButton(page, "Export table").click());
  const [headers, ...rows] = parseCsv(table.text.replace(/^\uFEFF/, ""));
  expect(headers).toEqual(peerTableHeaders("Acme Software", "Globex Cloud"));
  const col = (name: string) => headers?.indexOf(name) ?? -1;
  const row = (ours: string, theirs: string) =>
    rows.find(
      (r) => r[col("Acme Software person")] === ours && r[col("Globex Cloud person")] === theirs,
    );
  expect(row("Olivia Grant", "Hannah Weiss")?.[col("Target")]).toBe("4 Strong");
  expect(row("Olivia Grant", "Hannah Weiss")?.[col("Gap details")]).toBe(
    "2 Weak is below the healthy 3 Working. Its target 4 Strong.",
  );
  const plannedRow = row("Raj Patel", "Ben Adeyemi");
  expect(plannedRow?.[col("Gap")]).toBe("Planned");
  expect(plannedRow?.[col("Target")]).toBe("3 Working");
  expect(plannedRow?.[col("Strength")]).toBe("");
});
