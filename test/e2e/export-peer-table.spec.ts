/**
 * Export table: the peer table of the small workshop as a spreadsheet. One row per pair of
 * counterparts under our person's tier, then the gaps of the tier, worked out by hand from
 * test/fixtures/small-workshop.peermap.json.
 */

import { expect, test } from "./fixtures";
import { parseCsv, peerTableHeaders } from "./support/csv";
import { browserToday, downloadOf, toolbarButton } from "./support/downloads";
import { EDITOR_VIEWPORT } from "./support/editor";
import { openFixtureMap } from "./support/import";
import { WORKSHOP } from "./support/map-files";

test.use({ viewport: EDITOR_VIEWPORT });

const TECH_GAP =
  "Nobody from Acme Software is linked to anyone from Globex Cloud at Technical / delivery.";

/**
 * The fixture's six relationships between the two sides (its two internal ones, Dana–Priya
 * and Raj–Sofia, are no counterpart pairs), Mei with no Globex peer at Sales, nobody linked
 * across at Technical / delivery (Raj paired with Ben as the canvas suggests, Sofia left
 * over), and nobody of ours at Operations / support.
 */
const EXPECTED_ROWS = [
  [
    "Executive sponsor",
    "Dana Whitfield",
    "Chief Revenue Officer",
    "Marcus Chen",
    "SVP Partnerships",
    "Executive sponsor",
    "4",
    "Strong",
    "",
    "2024-04-22",
    "Quarterly executive sync; co-sponsors of the joint roadmap.",
    "",
    "",
    "",
  ],
  [
    "Alliance management",
    "Priya Natarajan",
    "Director of Alliances",
    "Tom Becker",
    "Partner Development Manager",
    "Alliance management",
    "5",
    "Trusted",
    "",
    "2024-05-07",
    "Weekly alliance call.",
    "",
    "",
    "",
  ],
  [
    "Alliance management",
    "Priya Natarajan",
    "Director of Alliances",
    "Lena Ortiz",
    "Alliance Program Manager",
    "Alliance management",
    "3",
    "Working",
    "",
    "2024-04-30",
    "",
    "",
    "",
    "",
  ],
  [
    "Alliance management",
    "Priya Natarajan",
    "Director of Alliances",
    "Marcus Chen",
    "SVP Partnerships",
    "Executive sponsor",
    "4",
    "Strong",
    "",
    "2024-03-18",
    "Escalation path when Tom is out.",
    "",
    "",
    "",
  ],
  [
    "Sales",
    "Jordan Reyes",
    "Enterprise Account Executive",
    "Chris Novak",
    "Channel Sales Lead",
    "Sales",
    "3",
    "Working",
    "",
    "2024-05-02",
    "Two co-sell deals in the pipeline.",
    "",
    "",
    "",
  ],
  [
    "Sales",
    "Mei Tanaka",
    "Regional VP Sales, EMEA",
    "—",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "Unpaired",
    "Mei Tanaka has no link to anyone from Globex Cloud at Sales.",
    "",
  ],
  [
    "Marketing",
    "Olivia Grant",
    "Partner Marketing Manager",
    "Hannah Weiss",
    "Field Marketing Manager",
    "Marketing",
    "2",
    "Weak",
    "",
    "2024-01-15",
    "Joint webinar slipped twice; needs a reset.",
    "Weak",
    "2 Weak is below the healthy 3 Working.",
    "",
  ],
  [
    "Technical / delivery",
    "Raj Patel",
    "Principal Solutions Architect",
    "Ben Adeyemi",
    "Cloud Architect",
    "Technical / delivery",
    "",
    "",
    "",
    "",
    "",
    "Missing link",
    `Not linked yet. ${TECH_GAP}`,
    "",
  ],
  [
    "Technical / delivery",
    "Sofia Lindqvist",
    "Delivery Lead",
    "—",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "Missing link",
    TECH_GAP,
    "",
  ],
  [
    "Operations / support",
    "—",
    "",
    "Nina Kowalski",
    "Support Escalation Manager",
    "Operations / support",
    "",
    "",
    "",
    "",
    "",
    "Missing counterpart",
    "Acme Software has nobody at Operations / support.",
    "",
  ],
];

test("the peer table of the small workshop lists every counterpart pair and gap", async ({
  appPage: page,
}) => {
  await openFixtureMap(page, "small-workshop");
  const file = await downloadOf(page, () => toolbarButton(page, "Export table").click());
  expect(file.filename).toBe(`${WORKSHOP.name}-${await browserToday(page)}.csv`);

  // Spreadsheet-safe: UTF-8 with a byte-order mark, CRLF line ends, every field quoted.
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = file.text.slice(1);
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  for (const line of text.split("\r\n").slice(0, -1)) expect(line).toMatch(/^".*"$/);

  const [headers, ...rows] = parseCsv(text);
  // The headers name the organisations; the partner's tier and the gap have their own columns.
  const expectedHeaders = peerTableHeaders("Acme Software", "Globex Cloud");
  expect(headers).toEqual(expectedHeaders);
  for (const row of rows) expect(row).toHaveLength(expectedHeaders.length);
  const column = (name: string) => expectedHeaders.indexOf(name);
  const notes = column("Notes");
  expect(rows.filter((row) => row[column("Gap")] !== "").map((row) => row[notes])).toEqual([
    "",
    "Joint webinar slipped twice; needs a reset.",
    "",
    "",
    "",
  ]);

  // A known relationship, a known missing counterpart, a weak link, by themselves first…
  expect(rows).toContainEqual(EXPECTED_ROWS[0]);
  expect(rows).toContainEqual(EXPECTED_ROWS.at(-1));
  expect(rows.find((row) => row[1] === "Olivia Grant")?.[column("Gap")]).toBe("Weak");
  // …the internal relationships are not counterpart pairs…
  const pairs = rows.map((row) => `${row[1]} / ${row[3]}`);
  expect(pairs).not.toContain("Dana Whitfield / Priya Natarajan");
  expect(pairs.filter((pair) => pair.includes("Sofia Lindqvist") && pair.includes("Raj"))).toEqual(
    [],
  );
  // …and then the whole table, in tier order.
  expect(rows).toEqual(EXPECTED_ROWS);
});
