/** The preview's answers: which column is which, and what each organisation or tier value means. */
import { describe, expect, it } from "vitest";
import { parseRoster } from "../../../src/domain/csv/roster";
import { applyRosterImport } from "../../../src/domain/csv/rosterApply";
import { NEW_TIER, SKIP } from "../../../src/domain/csv/rosterValues";
import { validateMap } from "../../../src/domain/validateMap";
import { aMap } from "../builders";

const map = aMap()
  .withOrgs("Contoso", "Fabrikam")
  .withTiers("Executive sponsor", "Alliance management", "Technical / delivery")
  .build();

const hrExport = [
  "Employee ID,First Name,Last Name,Job Title,Company,Level,Comments",
  "1,Ada,Lovelace,CTO,Contoso Ltd.,Exec sponsor,Met in March",
  "2,Grace,Hopper,Partner lead,Fabrikam Inc,Alliance Mgmt,",
  "3,Alan,Turing,Architect,contoso ltd,Technical/delivery,",
  "4,Edsger,Dijkstra,Engineer,Initech,Technical/delivery,",
  "5,Barbara,Liskov,Advisor,Fabrikam Inc,Board,",
].join("\n");

describe("parseRoster with an HR export", () => {
  it("pre-fills the columns and matches every value it can", () => {
    const preview = parseRoster(hrExport, map);
    expect(preview.errors).toEqual([]);
    expect(preview.columns).toEqual({
      firstName: 1,
      lastName: 2,
      title: 3,
      org: 4,
      tier: 5,
      notes: 6,
    });
    expect(preview.orgValues.map((v) => [v.value, v.rows, v.chosen])).toEqual([
      ["Contoso Ltd.", 2, "a"],
      ["Fabrikam Inc", 2, "b"],
      ["Initech", 1, SKIP],
    ]);
    expect(preview.tierValues.map((v) => [v.value, v.rows, v.chosen])).toEqual([
      ["Exec sponsor", 1, { tierId: "executive-sponsor" }],
      ["Alliance Mgmt", 1, { tierId: "alliance-management" }],
      ["Technical/delivery", 2, { tierId: "technical-delivery" }],
      ["Board", 1, NEW_TIER],
    ]);
    expect(preview.newTiers).toEqual(["Board"]);
    expect(preview.rows[0]).toEqual({
      line: 2,
      name: "Ada Lovelace",
      title: "CTO",
      org: "a",
      tierName: "Exec sponsor",
      tierId: "executive-sponsor",
      notes: "Met in March",
      problems: [],
    });
    expect(preview.rows[3]?.problems).toEqual([
      'Row 5: organisation "Initech" is neither Contoso nor Fabrikam',
    ]);
  });

  it("follows the user's column choices", () => {
    const preview = parseRoster(hrExport, map, {
      columns: { name: 3, org: 4, tier: 5 },
    });
    expect(preview.rows.map((r) => r.name)).toEqual([
      "CTO",
      "Partner lead",
      "Architect",
      "Engineer",
      "Advisor",
    ]);
    expect(preview.rows[0]?.notes).toBeUndefined();
  });

  it("asks again when the user unsets a needed column, and reads no rows", () => {
    const preview = parseRoster(hrExport, map, { columns: { firstName: 1, tier: 5 } });
    expect(preview.errors).toEqual([
      `Choose the column that holds each person's organisation (under "Columns").`,
    ]);
    expect(preview.rows).toEqual([]);
    expect(preview.headers).toHaveLength(7);
  });

  it("follows the user's value choices: another org, another tier, a new tier, skipping", () => {
    const preview = parseRoster(hrExport, map, {
      orgs: { initech: "b", "fabrikam inc": SKIP },
      tiers: { board: { tierId: "executive-sponsor" }, "technical delivery": NEW_TIER },
    });
    expect(preview.rows.map((r) => [r.org, r.tierId, r.problems])).toEqual([
      ["a", "executive-sponsor", []],
      [undefined, "alliance-management", ['Row 3: organisation "Fabrikam Inc" is skipped']],
      ["a", undefined, []],
      ["b", undefined, []],
      [undefined, "executive-sponsor", ['Row 6: organisation "Fabrikam Inc" is skipped']],
    ]);
    expect(preview.newTiers).toEqual(["Technical/delivery"]);

    const skipTier = parseRoster(hrExport, map, { tiers: { board: SKIP } });
    expect(skipTier.rows[4]?.problems).toEqual(['Row 6: tier "Board" is skipped']);
    expect(skipTier.newTiers).toEqual([]);
  });

  it("ignores a choice of a tier the map no longer has", () => {
    const preview = parseRoster(hrExport, map, { tiers: { board: { tierId: "gone" } } });
    expect(preview.tierValues.at(-1)?.chosen).toBe(NEW_TIER);
  });

  it("imports the matched rows placed on the canvas, no two cards on one spot", () => {
    const preview = parseRoster(hrExport, map, {
      tiers: { board: { tierId: "executive-sponsor" } },
    });
    const next = applyRosterImport(map, preview, { createTiers: false });
    expect(next.tiers).toBe(map.tiers);
    const added = next.people.slice(map.people.length);
    expect(added.map((p) => [p.name, p.org, p.tierId])).toEqual([
      ["Ada Lovelace", "a", "executive-sponsor"],
      ["Grace Hopper", "b", "alliance-management"],
      ["Alan Turing", "a", "technical-delivery"],
      ["Barbara Liskov", "b", "executive-sponsor"],
    ]);
    expect(added.every((p) => p.position !== undefined)).toBe(true);
    const spots = added.map((p) => `${p.org}:${p.tierId}:${p.position?.x},${p.position?.y}`);
    expect(new Set(spots).size).toBe(spots.length);
    expect(added[0]?.notes).toBe("Met in March");
    expect(validateMap(next)).toEqual([]);
  });
});
