import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Candidate, matchValue, valueKey } from "../../../src/domain/csv/valueMatching";
import { DEFAULT_TIER_NAMES } from "../../../src/domain/model";

const tiers: Candidate<string>[] = DEFAULT_TIER_NAMES.map((name, i) => ({ id: `t${i}`, name }));
const tierOf = (value: string) =>
  tiers.find((t) => t.id === matchValue(value, tiers, "tier"))?.name;

const orgs: Candidate<"a" | "b">[] = [
  { id: "a", name: "Contoso" },
  { id: "b", name: "Fabrikam Consulting" },
];

describe("matchValue: tiers", () => {
  it.each([
    ["Alliance Mgmt", "Alliance management"],
    ["alliance management", "Alliance management"],
    ["Alliance-Management", "Alliance management"],
    ["Exec sponsor", "Executive sponsor"],
    ["EXECUTIVE  SPONSOR", "Executive sponsor"],
    ["Technical/delivery", "Technical / delivery"],
    ["technical - delivery", "Technical / delivery"],
    ["Tech delivery", "Technical / delivery"],
    ["Mktg", "Marketing"],
    ["Saless", "Sales"],
    ["Ops/Support", "Operations / support"],
    ["Alliance managment", "Alliance management"],
  ])("%j is %j", (value, tier) => {
    expect(tierOf(value)).toBe(tier);
  });

  it.each(["Board", "Customer success", "", "   ", "—", "S"])("%j matches no tier", (value) => {
    expect(matchValue(value, tiers, "tier")).toBeUndefined();
  });

  it("matches nothing when two tiers are equally close, but the first of two same names", () => {
    const two = [
      { id: "x", name: "Sales east" },
      { id: "y", name: "Sales europe" },
    ];
    expect(matchValue("Sales e", two, "tier")).toBeUndefined();
    const twins = [
      { id: "x", name: "Sales" },
      { id: "y", name: "sales" },
    ];
    expect(matchValue("SALES", twins, "tier")).toBe("x");
  });

  it("keeps company suffixes for tiers", () => {
    expect(matchValue("Sales Inc", [{ id: "s", name: "Sales" }], "tier")).toBe("s");
    expect(matchValue("Inc", [{ id: "s", name: "Sales" }], "tier")).toBeUndefined();
  });
});

describe("matchValue: organisations", () => {
  it.each([
    ["Contoso Ltd.", "a"],
    ["CONTOSO LIMITED", "a"],
    ["Contoso, Inc.", "a"],
    ["Contoso GmbH", "a"],
    ["Contoso plc", "a"],
    ["Contoso S.A.", "a"],
    ["Fabrikam Consulting LLC", "b"],
    ["Fabrikam", "b"],
    ["Fabrikam Consultng", "b"],
  ])("%j is %s", (value, org) => {
    expect(matchValue(value, orgs, "org")).toBe(org);
  });

  it.each(["Initech", "Ltd", "Northwind Traders"])("%j is neither", (value) => {
    expect(matchValue(value, orgs, "org")).toBeUndefined();
  });

  it("keeps the words of a company called only by its legal form", () => {
    expect(matchValue("The Group", [{ id: "a", name: "Group" }], "org")).toBeUndefined();
    expect(matchValue("group", [{ id: "a", name: "Group" }], "org")).toBe("a");
  });
});

describe("matchValue: properties", () => {
  const word = fc.stringMatching(/^[A-Za-z][a-z]{2,9}$/);
  const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));
  const distinctNames = fc.uniqueArray(name, {
    minLength: 1,
    maxLength: 6,
    selector: (n) => valueKey(n),
  });
  const kind = fc.constantFrom("org" as const, "tier" as const);

  it("an exact name always matches its own candidate", () => {
    fc.assert(
      fc.property(distinctNames, kind, fc.nat(), (names, k, pick) => {
        const candidates = names.map((n, id) => ({ id, name: n }));
        const chosen = pick % candidates.length;
        const written = candidates[chosen]?.name ?? "";
        // Exactly as written, and as a spreadsheet might write it.
        expect(matchValue(written, candidates, k)).toBe(chosen);
        expect(matchValue(` ${written.toUpperCase()}.`, candidates, k)).toBe(chosen);
      }),
    );
  });

  it("is idempotent: the name of what a value matched matches the same candidate", () => {
    fc.assert(
      fc.property(distinctNames, name, kind, (names, value, k) => {
        const candidates = names.map((n, id) => ({ id, name: n }));
        const first = matchValue(value, candidates, k);
        if (first === undefined) return;
        expect(matchValue(candidates[first]?.name ?? "", candidates, k)).toBe(first);
      }),
    );
  });
});
