/**
 * "For the partner's eyes": turned on once in the toolbar, it is on wherever an export starts
 * (and after a reload of the tab), and the map file, the peer table, the gap report and the
 * SVG picture then hold no note, no email and no internal link, but still the people.
 */

import type { Page } from "@playwright/test";
import { INTERNAL_DASH } from "../../src/design/strokes";
import { expect, test } from "./fixtures";
import { downloadOf, exportJson, toolbarButton } from "./support/downloads";
import { EDITOR_VIEWPORT, toolbar } from "./support/editor";
import { expectEditorOf } from "./support/home";
import { openFixtureMap } from "./support/import";
import type { MapFileJson } from "./support/map-files";

test.use({ viewport: EDITOR_VIEWPORT });

const SWITCH = { name: "For the partner's eyes" };

interface Person {
  id: string;
  org: string;
  name: string;
  email?: string;
  notes?: string;
  position?: unknown;
}
interface Link {
  id: string;
  source: string;
  target: string;
  notes?: string;
}

/** The fixture's private strings: every email and note, and its internal links' ids. */
function privateParts(file: MapFileJson) {
  const people = file.map.people as Person[];
  const links = file.map.relationships as Link[];
  const orgOf = new Map(people.map((p) => [p.id, p.org]));
  const internal = links.filter((r) => orgOf.get(r.source) === orgOf.get(r.target));
  const texts = [...people.flatMap((p) => [p.email, p.notes]), ...links.map((r) => r.notes)].filter(
    (t): t is string => Boolean(t),
  );
  return { texts, internal, people, links };
}

/** Internal links in an SVG: the dotted lines between cards (not the legend's sample). */
function dottedLinks(page: Page, svg: string): Promise<number> {
  return page.evaluate(
    ([text, dash]) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return [...doc.querySelectorAll(`g path[stroke-dasharray='${dash}']`)].filter((p) =>
        (p.getAttribute("d") ?? "").includes("C"),
      ).length;
    },
    [svg, INTERNAL_DASH.join(" ")] as const,
  );
}

test("with the switch on, JSON, table, gap report and SVG hold nothing private", async ({
  appPage: page,
}) => {
  const fixture = await openFixtureMap(page, "small-workshop");
  const { texts, internal, people, links } = privateParts(fixture);
  expect(texts.length).toBeGreaterThan(10);
  expect(internal.length).toBeGreaterThan(0);
  const expectNothingPrivate = (text: string, what: string) => {
    for (const secret of texts) expect(text, `${what} leaks "${secret}"`).not.toContain(secret);
  };

  // Off by default: the map file has it all.
  const before = await exportJson(page);
  for (const secret of texts) expect(before.file.text).toContain(secret);

  const toolbarSwitch = toolbar(page).getByRole("switch", SWITCH);
  await expect(toolbarSwitch).not.toBeChecked();
  await toolbarSwitch.check();
  // One switch: the gap report's is the same one.
  const reportActions = page.getByRole("group", { name: "Gap report" });
  await expect(reportActions.getByRole("switch", SWITCH)).toBeChecked();

  // The map file: no note, email or internal link; everyone and every other link still there.
  const json = await exportJson(page);
  expectNothingPrivate(json.file.text, "JSON");
  const jsonLinks = json.json.map.relationships as Link[];
  expect(jsonLinks.map((r) => r.id).sort()).toEqual(
    links
      .filter((r) => !internal.includes(r))
      .map((r) => r.id)
      .sort(),
  );
  expect((json.json.map.people as Person[]).map((p) => p.name)).toEqual(people.map((p) => p.name));

  // The peer table.
  const table = await downloadOf(page, () => toolbarButton(page, "Export table").click());
  expectNothingPrivate(table.text, "CSV");
  expect(table.text).toContain("Marcus Chen");

  // The gap report.
  const report = await downloadOf(page, () =>
    reportActions.getByRole("button", { name: "Download report (.md)" }).click(),
  );
  expectNothingPrivate(report.text, "gap report");
  expect(report.text).toContain("Olivia Grant");

  // The SVG picture, from a dialog that shows the switch on.
  await toolbarButton(page, "Export SVG").click();
  const dialog = page.getByRole("dialog", { name: "Export SVG" });
  await expect(dialog.getByRole("switch", SWITCH)).toBeChecked();
  await expect(dialog.getByText("Leaves out notes, emails and links inside one")).toBeVisible();
  const svg = await downloadOf(page, () =>
    dialog.getByRole("button", { name: "Download" }).click(),
  );
  expectNothingPrivate(svg.text, "SVG");
  for (const person of people.filter((p) => p.position)) expect(svg.text).toContain(person.name);
  const dotted = await dottedLinks(page, svg.text);
  expect(dotted).toBe(0);
  await dialog.getByRole("button", { name: "Close" }).click();
});

test("the switch is remembered through a reload of the tab, and turning it off exports it all", async ({
  appPage: page,
}) => {
  const fixture = await openFixtureMap(page, "small-workshop");
  const { texts } = privateParts(fixture);
  await toolbar(page).getByRole("switch", SWITCH).check();
  await page.reload();
  await expectEditorOf(page, fixture.map.name);
  const toolbarSwitch = toolbar(page).getByRole("switch", SWITCH);
  await expect(toolbarSwitch).toBeChecked();
  const partners = await exportJson(page);
  for (const secret of texts) expect(partners.file.text).not.toContain(secret);

  await toolbarSwitch.uncheck();
  const whole = await exportJson(page);
  for (const secret of texts) expect(whole.file.text).toContain(secret);
  await toolbarButton(page, "Export SVG").click();
  const dialog = page.getByRole("dialog", { name: "Export SVG" });
  await expect(dialog.getByRole("switch", SWITCH)).not.toBeChecked();
  const svg = await downloadOf(page, () =>
    dialog.getByRole("button", { name: "Download" }).click(),
  );
  expect(await dottedLinks(page, svg.text)).toBe(privateParts(fixture).internal.length);
});
