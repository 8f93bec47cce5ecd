/**
 * The gap report under the gaps panel: "Copy gap report" puts it on the clipboard formatted
 * (HTML, for Outlook and Word) and as Markdown, "Download report (.md)" saves the Markdown.
 */

import { expect, test } from "./fixtures";
import { browserToday, downloadOf } from "./support/downloads";
import { coverageText, EDITOR_VIEWPORT, gapsPanel, toasts } from "./support/editor";
import { openFixtureMap } from "./support/import";
import { WORKSHOP } from "./support/map-files";

test.use({ viewport: EDITOR_VIEWPORT });

test("Copy gap report puts the report on the clipboard as HTML and as Markdown; Download saves the Markdown", async ({
  appPage: page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await openFixtureMap(page, "small-workshop");
  const coverage = /Coverage (\d+)%/.exec((await coverageText(page).textContent()) ?? "")?.[1];
  expect(coverage).toBeDefined();
  const today = await browserToday(page);

  // Nothing of ours on the clipboard to start with.
  await page.evaluate(() => navigator.clipboard.writeText("before"));
  const actions = page.getByRole("group", { name: "Gap report" });
  await actions.getByRole("button", { name: "Copy gap report" }).click();
  await expect(toasts(page).filter({ hasText: "Gap report copied." })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // Both kinds of text in one clipboard item, as a paste into Word or Outlook reads them.
  const items = await page.evaluate(async () => {
    const read = await navigator.clipboard.read();
    return Promise.all(
      read.map(async (item) => ({
        types: [...item.types].sort(),
        html: item.types.includes("text/html")
          ? await (await item.getType("text/html")).text()
          : "",
        plain: await (await item.getType("text/plain")).text(),
      })),
    );
  });
  expect(items).toHaveLength(1);
  expect(items[0]?.types).toEqual(["text/html", "text/plain"]);
  expect(items[0]?.plain).toBe(copied);
  const html = items[0]?.html ?? "";
  expect(html).toContain(`<h1>Gap report: ${WORKSHOP.name}</h1>`);
  expect(html).toContain("<h2>Warning (3)</h2>");
  expect(html).toContain(
    "<li><strong>Olivia Grant</strong> (Acme Software, Marketing) – <strong>Hannah Weiss</strong>",
  );
  expect(html).not.toContain("Critical");
  // Rendered as a paste target renders it: headings, bold and a list, not Markdown marks.
  const pasted = await page.evaluate((fragment) => {
    const box = document.createElement("div");
    box.innerHTML = fragment;
    return {
      headings: [...box.querySelectorAll("h1, h2")].map((h) => h.textContent),
      bold: box.querySelectorAll("strong").length,
      items: box.querySelectorAll("li").length,
      text: box.textContent ?? "",
    };
  }, html);
  expect(pasted.headings).toEqual([
    `Gap report: ${WORKSHOP.name}`,
    "Summary",
    "Tier health",
    "Warning (3)",
    "Info (4)",
    "Weak and strained relationships (1)",
  ]);
  expect(pasted.bold).toBeGreaterThanOrEqual(6);
  // Summary 4, tier health 6, warnings 3, info 4, weak links 1.
  expect(pasted.items).toBe(4 + 6 + 3 + 4 + 1);
  expect(pasted.text).not.toContain("**");

  const lines = copied.split("\n");
  expect(lines[0]).toBe(`# Gap report: ${WORKSHOP.name}`);
  expect(lines).toContain(`**Acme Software** × **Globex Cloud** · ${today}`);
  expect(copied).toContain(`- Coverage: **${coverage}%** of staffed tiers have a healthy link`);
  expect(lines).toContain(
    "- People: 14 (Acme Software 7, Globex Cloud 7); 1 not yet placed on the map.",
  );
  expect(lines).toContain("- Relationships: 8, 6 of them between Acme Software and Globex Cloud.");
  // Every gap, under its severity, as the fixture has them.
  const section = (heading: string) => {
    const from = lines.indexOf(heading);
    expect(from, heading).toBeGreaterThan(0);
    const to = lines.findIndex((line, i) => i > from && line.startsWith("## "));
    return lines.slice(from + 1, to === -1 ? undefined : to).filter((line) => line !== "");
  };
  expect(lines).toContain("- Gaps: 0 critical, 3 warnings, 4 info.");
  // No critical gap: the section is left out rather than saying "None.".
  expect(lines.filter((line) => line.startsWith("## Critical"))).toEqual([]);
  expect(copied).not.toContain("None.");
  expect(section("## Warning (3)")).toEqual([
    "- The best link between Acme Software and Globex Cloud at Marketing is 2 Weak, below the healthy 3 Working.",
    "- Nobody from Acme Software is linked to anyone from Globex Cloud at Technical / delivery.",
    "- Acme Software has nobody at Operations / support.",
  ]);
  expect(section("## Info (4)")).toEqual([
    "- Mei Tanaka has no link to anyone from Globex Cloud at Sales.",
    "- Raj Patel has no link to anyone from Globex Cloud at Technical / delivery.",
    "- Sofia Lindqvist has no link to anyone from Globex Cloud at Technical / delivery.",
    "- Ben Adeyemi has no link to anyone from Acme Software at Technical / delivery.",
  ]);
  expect(section("## Tier health")).toEqual([
    "- Executive sponsor — Healthy (no critical gaps or warnings)",
    "- Alliance management — Healthy (no critical gaps or warnings)",
    "- Sales — Healthy (no critical gaps or warnings)",
    "- Marketing — Needs work (1 warning)",
    "- Technical / delivery — Needs work (1 warning)",
    "- Operations / support — Needs work (1 warning)",
  ]);
  expect(section("## Weak and strained relationships (1)")).toEqual([
    "- **Olivia Grant** (Acme Software, Marketing) – **Hannah Weiss** (Globex Cloud, Marketing): " +
      "2 Weak; last contact 2024-01-15. Joint webinar slipped twice; needs a reset.",
  ]);
  // The same gaps the panel counts.
  await expect(gapsPanel(page).locator(".gaps-item-warning")).toHaveCount(3);
  const headings = lines.filter((line) => line.startsWith("## "));
  expect(headings.map((h) => h.replace(/ \(\d+\)$/, ""))).toEqual([
    "## Summary",
    "## Tier health",
    "## Warning",
    "## Info",
    "## Weak and strained relationships",
  ]);
  expect(copied.endsWith("\n")).toBe(true);

  // The file: named after the map and today, the very same text.
  const file = await downloadOf(page, () =>
    actions.getByRole("button", { name: "Download report (.md)" }).click(),
  );
  expect(file.filename).toBe(`${WORKSHOP.name}-${today}.md`);
  expect(file.text).toBe(copied);
});

test("when the browser refuses the clipboard, the error toast offers the download instead", async ({
  appPage: page,
}) => {
  await openFixtureMap(page, "small-workshop");
  // A browser that says no, as one without permission or focus does.
  await page.evaluate(() => {
    const refuse = () =>
      Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
    Object.defineProperty(navigator.clipboard, "write", { value: refuse });
    Object.defineProperty(navigator.clipboard, "writeText", { value: refuse });
  });
  await page.getByRole("button", { name: "Copy gap report" }).click();
  const toast = toasts(page).filter({ hasText: "Could not copy the gap report" });
  await expect(toast).toBeVisible();
  const file = await downloadOf(page, () =>
    toast.getByRole("button", { name: "Download it instead" }).click(),
  );
  expect(file.filename).toBe(`${WORKSHOP.name}-${await browserToday(page)}.md`);
  expect(file.text.split("\n")[0]).toBe(`# Gap report: ${WORKSHOP.name}`);
  expect(file.text).toContain("- Coverage: **50%**");
});

test("a browser that refuses formatted text gets the Markdown alone, and is told so", async ({
  appPage: page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await openFixtureMap(page, "small-workshop");
  await page.evaluate(() => {
    Object.defineProperty(navigator.clipboard, "write", {
      value: () => Promise.reject(new DOMException("Type not supported.", "NotAllowedError")),
    });
  });
  await page.getByRole("button", { name: "Copy gap report" }).click();
  await expect(
    toasts(page).filter({ hasText: "Gap report copied as plain text (Markdown)" }),
  ).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split("\n")[0]).toBe(`# Gap report: ${WORKSHOP.name}`);
  expect(copied).toContain("## Warning (3)");
});
