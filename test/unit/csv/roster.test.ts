import { describe, expect, it } from "vitest";
import { parseRoster } from "../../../src/domain/csv/roster";
import { LIMITS } from "../../../src/domain/format/limits";
import { aMap } from "../builders";

const map = aMap()
  .withOrgs("Acme", "Globex")
  .withTiers("Executive sponsor", "Sales")
  .withPerson("dana", { org: "a", tier: "Sales", name: "Dana Whitfield" })
  .build();

const csv = (...lines: string[]) => lines.join("\n");

describe("parseRoster: reading the file", () => {
  it("reads a comma-separated roster and matches orgs and tiers in any case", () => {
    const preview = parseRoster(
      csv(
        "name,title,organisation,tier,email",
        "Ada Lovelace,CTO,acme,executive SPONSOR,ada@acme.example",
        "Grace Hopper,,GLOBEX,Sales,",
        "Alan Turing,Engineer,b,sales,",
      ),
      map,
    );
    expect(preview.errors).toEqual([]);
    expect(preview.newTiers).toEqual([]);
    expect(preview.rows).toEqual([
      {
        line: 2,
        name: "Ada Lovelace",
        title: "CTO",
        org: "a",
        tierName: "executive SPONSOR",
        tierId: "executive-sponsor",
        email: "ada@acme.example",
        problems: [],
      },
      { line: 3, name: "Grace Hopper", org: "b", tierName: "Sales", tierId: "sales", problems: [] },
      {
        line: 4,
        name: "Alan Turing",
        title: "Engineer",
        org: "b",
        tierName: "sales",
        tierId: "sales",
        problems: [],
      },
    ]);
  });

  it("detects semicolons, strips a BOM and understands header variants", () => {
    const preview = parseRoster(
      `\uFEFF${csv("Name;Job title;Organization;Level;E-mail", "Ada;VP, Sales;Acme;Sales;ada@x.example")}`,
      map,
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0]).toMatchObject({
      name: "Ada",
      title: "VP, Sales",
      org: "a",
      tierId: "sales",
      email: "ada@x.example",
    });
  });

  it.each([
    ["Org", "Level"],
    ["Company", "Tier"],
  ])("accepts %s / %s headers", (orgHeader, tierHeader) => {
    const preview = parseRoster(csv(`Name,${orgHeader},${tierHeader}`, "Ada,Globex,Sales"), map);
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0]).toMatchObject({ org: "b", tierId: "sales" });
  });

  it("joins first and last name columns when there is no name column", () => {
    const preview = parseRoster(csv("First name,Last name,Org,Tier", "Ada,Lovelace,a,Sales"), map);
    expect(preview.rows[0]?.name).toBe("Ada Lovelace");
  });

  it("handles quoted fields with commas, quotes and line breaks, CRLF and blank lines", () => {
    const text =
      'name,title,org,tier\r\n"Lovelace, Ada","The ""first"" programmer",a,Sales\r\n\r\n"Multi\nline",,b,Sales\r\n';
    const preview = parseRoster(text, map);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => [r.line, r.name, r.title])).toEqual([
      [2, "Lovelace, Ada", 'The "first" programmer'],
      [4, "Multi\nline", undefined],
    ]);
  });
});

describe("parseRoster: problems with rows", () => {
  it("describes each problem in plain words with its row number", () => {
    const preview = parseRoster(
      csv(
        "name,organisation,tier",
        "Ada,Acme,Sales",
        ",Acme,Sales",
        "Bob,Initech,Sales",
        "Cy,,Sales",
        "Di,Acme,",
        "Dana Whitfield,Acme,Sales",
        "Ada,acme,Sales",
      ),
      map,
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.problems)).toEqual([
      [],
      ["Row 3: no name"],
      ['Row 4: organisation "Initech" is neither Acme nor Globex'],
      ["Row 5: no organisation (write Acme or Globex)"],
      ["Row 6: no tier"],
      ["Row 7: Dana Whitfield of Acme is already on the map"],
      ["Row 8: Ada of Acme is already listed in row 2"],
    ]);
  });

  it("lists unknown tiers of valid rows once, as first spelt, without a tier id", () => {
    const preview = parseRoster(
      csv(
        "name,org,tier",
        "Ada,a,Board",
        "Bob,b,board",
        "Cy,b,Partners",
        "Nobody,Initech,Ghost tier",
      ),
      map,
    );
    expect(preview.newTiers).toEqual(["Board", "Partners"]);
    expect(preview.rows[0]?.tierId).toBeUndefined();
    expect(preview.rows[0]?.problems).toEqual([]);
  });

  it("flags values too long for the map", () => {
    const long = "x".repeat(LIMITS.maxNameLength + 1);
    const preview = parseRoster(csv("name,title,org,tier", `${long},${long},a,Sales`), map);
    expect(preview.rows[0]?.problems).toEqual([
      "Row 2: the name is longer than 200 characters",
      "Row 2: the title is longer than 200 characters",
    ]);
  });

  it("treats a name of only invisible characters as no name", () => {
    const preview = parseRoster(
      csv("name,org,tier", "\u200B,a,Sales", "\u00AD\u2060,b,Sales"),
      map,
    );
    expect(preview.rows.map((r) => r.problems)).toEqual([["Row 2: no name"], ["Row 3: no name"]]);
  });
});

describe("parseRoster: problems with the whole file", () => {
  it.each([
    ["", "This file is empty."],
    ["\uFEFF \n", "This file is empty."],
    ["name,org,tier\n", "This file has headers but no people."],
  ])("%j", (text, error) => {
    expect(parseRoster(text, map)).toEqual({
      headers: [],
      columns: {},
      orgValues: [],
      tierValues: [],
      rows: [],
      newTiers: [],
      errors: [error],
    });
  });

  it("asks for name, organisation and tier columns, keeping the headers to choose from", () => {
    const preview = parseRoster(csv("title,email", "CTO,a@b.c"), map);
    expect(preview.errors).toEqual([
      `Choose the column that holds each person's name, organisation and tier (under "Columns").`,
    ]);
    expect(preview.headers).toEqual(["title", "email"]);
    expect(preview.rows).toEqual([]);
    expect(parseRoster(csv("name,org", "Ada,a"), map).errors).toEqual([
      `Choose the column that holds each person's tier (under "Columns").`,
    ]);
  });

  it("refuses more than 10,000 rows", () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `P${i},a,Sales`);
    expect(parseRoster(csv("name,org,tier", ...rows), map).errors).toEqual([
      "This file has 10,001 people; Peermap imports up to 10,000 at a time.",
    ]);
  });

  it("accepts exactly 10,000 rows", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `P${i},a,Sales`);
    const preview = parseRoster(csv("name,org,tier", ...rows), aMap().withTiers("Sales").build());
    expect(preview.errors).toEqual([]);
    expect(preview.rows).toHaveLength(10_000);
  });

  it("refuses a file over 5 MB before parsing it", () => {
    const text = `name,org,tier\n${"x".repeat(LIMITS.maxFileChars)}`;
    expect(parseRoster(text, map).errors).toEqual([
      "This file is too large (5 MB); Peermap imports files up to 5 MB.",
    ]);
  });

  it("refuses an import that would take the map past its people limit", () => {
    const someone = map.people[0];
    if (!someone) throw new Error("fixture has a person");
    const full = { ...map, people: Array.from({ length: LIMITS.maxPeople }, () => someone) };
    expect(parseRoster(csv("name,org,tier", "Zed,a,Sales"), full).errors[0]).toMatch(
      /^Adding 1 person would give the map 10,001; a map holds up to 10,000 people\.$/,
    );
  });

  it("reports an unclosed quote", () => {
    expect(parseRoster(csv("name,org,tier", '"Ada,a,Sales'), map).errors).toEqual([
      "Row 2: a quoted field is never closed; check the quotation marks.",
    ]);
  });
});
