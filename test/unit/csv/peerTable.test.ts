import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { addAction, completeActions } from "../../../src/domain/actions";
import { peerTableCsv, peerTableHeaders } from "../../../src/domain/csv/peerTable";
import { NOBODY, peerTableRows } from "../../../src/domain/csv/peerTableRows";
import { aMap } from "../builders";
import { loadFixture } from "../fixtures";

/** Rows as [tier, ours, theirs, their tier, strength, label, gap], the columns tested here. */
const brief = (map: Parameters<typeof peerTableRows>[0]) =>
  peerTableRows(map).map((r) => [
    r.tier,
    r.ourPerson,
    r.theirPerson,
    r.theirTier,
    r.strength,
    r.strengthLabel,
    r.gap,
  ]);

describe("peerTableRows: the small workshop", () => {
  const map = loadFixture("small-workshop");

  it("lists every counterpart pair by tier, with the gaps in place", () => {
    expect(brief(map)).toEqual([
      [
        "Executive sponsor",
        "Dana Whitfield",
        "Marcus Chen",
        "Executive sponsor",
        "4",
        "Strong",
        "",
      ],
      [
        "Alliance management",
        "Priya Natarajan",
        "Tom Becker",
        "Alliance management",
        "5",
        "Trusted",
        "",
      ],
      [
        "Alliance management",
        "Priya Natarajan",
        "Lena Ortiz",
        "Alliance management",
        "3",
        "Working",
        "",
      ],
      [
        "Alliance management",
        "Priya Natarajan",
        "Marcus Chen",
        "Executive sponsor",
        "4",
        "Strong",
        "",
      ],
      ["Sales", "Jordan Reyes", "Chris Novak", "Sales", "3", "Working", ""],
      ["Sales", "Mei Tanaka", NOBODY, "", "", "", "Unpaired"],
      ["Marketing", "Olivia Grant", "Hannah Weiss", "Marketing", "2", "Weak", "Weak"],
      [
        "Technical / delivery",
        "Raj Patel",
        "Ben Adeyemi",
        "Technical / delivery",
        "",
        "",
        "Missing link",
      ],
      ["Technical / delivery", "Sofia Lindqvist", NOBODY, "", "", "", "Missing link"],
      [
        "Operations / support",
        NOBODY,
        "Nina Kowalski",
        "Operations / support",
        "",
        "",
        "Missing counterpart",
      ],
    ]);
  });

  it("carries titles, last contact and notes; gap rows explain themselves", () => {
    const rows = peerTableRows(map);
    expect(rows[0]).toEqual({
      tier: "Executive sponsor",
      ourPerson: "Dana Whitfield",
      ourTitle: "Chief Revenue Officer",
      theirPerson: "Marcus Chen",
      theirTitle: "SVP Partnerships",
      theirTier: "Executive sponsor",
      strength: "4",
      strengthLabel: "Strong",
      target: "",
      lastContact: "2024-04-22",
      notes: "Quarterly executive sync; co-sponsors of the joint roadmap.",
      gap: "",
      gapDetails: "",
      actions: "",
    });
    expect(rows.at(-1)).toMatchObject({
      ourTitle: "",
      theirTitle: "Support Escalation Manager",
      notes: "",
      gapDetails: "Acme Software has nobody at Operations / support.",
    });
    expect(rows[6]).toMatchObject({
      notes: "Joint webinar slipped twice; needs a reset.",
      gap: "Weak",
      gapDetails: "2 Weak is below the healthy 3 Working.",
    });
    // A gap's explanation is never mixed into the relationship notes.
    for (const row of rows.filter((r) => r.strength === "")) expect(row.notes).toBe("");
    expect(rows[7]?.gapDetails).toBe(
      "Not linked yet. Nobody from Acme Software is linked to anyone from Globex Cloud at Technical / delivery.",
    );
  });

  it("leaves out internal relationships (Dana–Priya, Raj–Sofia)", () => {
    const pairs = peerTableRows(map).map((r) => `${r.ourPerson}|${r.theirPerson}`);
    expect(pairs).not.toContain("Dana Whitfield|Priya Natarajan");
    expect(pairs.some((p) => p.startsWith("Raj Patel|Sofia"))).toBe(false);
  });

  it("writes CSV a spreadsheet reads back to the same table", () => {
    const text = peerTableCsv(map);
    expect(
      text.startsWith(
        '\uFEFF"Tier","Acme Software person","Acme Software title","Globex Cloud person"',
      ),
    ).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(peerTableHeaders(map));
    expect(parsed.data[0]).toEqual([
      "Tier",
      "Acme Software person",
      "Acme Software title",
      "Globex Cloud person",
      "Globex Cloud title",
      "Globex Cloud tier",
      "Strength",
      "Strength label",
      "Target",
      "Last contact",
      "Notes",
      "Gap",
      "Gap details",
      "Actions",
    ]);
    expect(parsed.data).toHaveLength(11);
    expect(parsed.data[7]).toEqual([
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
    ]);
  });
});

describe("peerTableRows: targets and planned links", () => {
  const sales = () =>
    aMap()
      .withOrgs("Acme", "Globex")
      .withTiers("Sales")
      .withPerson("priya", { org: "a", tier: "Sales", name: "Priya Raman", at: { x: 0, y: 16 } })
      .withPerson("daniel", { org: "b", tier: "Sales", name: "Daniel Okafor", at: { x: 0, y: 16 } })
      .withPerson("omar", { org: "a", tier: "Sales", name: "Omar Haddad", at: { x: 216, y: 16 } })
      .withPerson("dora", { org: "b", tier: "Sales", name: "Dora Lee", at: { x: 216, y: 16 } })
      .withLink("priya", "daniel", 3)
      .withLink("omar", "dora", 2)
      .build();
  const withPatch = (patch: Record<string, object>) => {
    const map = sales();
    return {
      ...map,
      relationships: map.relationships.map((r) => ({ ...r, ...patch[r.id] })),
    };
  };

  it("gives each link's target, and marks a healthy link below it", () => {
    const rows = peerTableRows(withPatch({ "priya-daniel": { targetStrength: 4 } }));
    expect(rows[0]).toMatchObject({
      ourPerson: "Priya Raman",
      strength: "3",
      target: "4 Strong",
      gap: "Below target",
      gapDetails: "3 Working, target 4 Strong.",
    });
    expect(rows[1]).toMatchObject({ target: "", gap: "Weak" });
  });

  it("keeps a weak link's Weak and adds its target to the details", () => {
    const rows = peerTableRows(withPatch({ "omar-dora": { targetStrength: 5 } }));
    expect(rows[1]).toMatchObject({
      target: "5 Trusted",
      gap: "Weak",
      gapDetails: "2 Weak is below the healthy 3 Working. Its target 5 Trusted.",
    });
  });

  it("marks a planned link Planned, with no strength it does not have yet", () => {
    const rows = peerTableRows(withPatch({ "omar-dora": { planned: true, targetStrength: 4 } }));
    expect(rows[1]).toMatchObject({
      ourPerson: "Omar Haddad",
      theirPerson: "Dora Lee",
      strength: "",
      strengthLabel: "",
      target: "4 Strong",
      gap: "Planned",
      gapDetails: "Planned, not linked yet (target 4 Strong).",
    });
    const csv = Papa.parse<string[]>(
      peerTableCsv(withPatch({ "omar-dora": { planned: true } })).slice(1),
    ).data;
    const target = csv[0]?.indexOf("Target") ?? -1;
    expect(target).toBe(8);
    expect(csv[2]?.[target - 2]).toBe("");
  });
});

describe("peerTableRows: actions", () => {
  const base = aMap()
    .withTiers("Sales", "Ops")
    .withPerson("priya", { org: "a", tier: "Sales", name: "Priya Raman" })
    .withPerson("daniel", { org: "b", tier: "Sales", name: "Daniel Okafor" })
    .withPerson("olga", { org: "a", tier: "Ops", name: "Olga Ops" })
    .withLink("priya", "daniel", 2)
    .build();
  const NOW = "2026-11-01T09:00:00.000Z";
  let map = base;
  for (const [id, input] of [
    [
      "a1",
      { text: "Lunch", about: { kind: "relationship", id: "priya-daniel" }, due: "2026-11-20" },
    ],
    ["a2", { text: "Call", about: { kind: "relationship", id: "priya-daniel" }, owner: "Kim" }],
    ["a3", { text: "Find a peer", about: { kind: "gap", id: "missing-counterpart:ops" } }],
    ["a4", { text: "Old", about: { kind: "gap", id: "missing-counterpart:ops" } }],
  ] as const) {
    const result = addAction(map, input, NOW, id);
    if (!result.ok) throw new Error(result.reason);
    map = result.map;
  }
  const completed = completeActions(map, ["a4"], NOW);
  if (completed.ok) map = completed.map;

  it("lists a relationship's and a gap's open actions on their rows, done ones left out", () => {
    const actions = peerTableRows(map, "2026-11-26").map((r) => [r.ourPerson, r.actions]);
    expect(actions).toEqual([
      ["Priya Raman", "Lunch — due 20 Nov 2026 (overdue); Call — owner Kim"],
      ["Olga Ops", "Find a peer"],
    ]);
    expect(peerTableCsv(map, "2026-11-26")).toContain(
      '"Lunch — due 20 Nov 2026 (overdue); Call — owner Kim"\r\n',
    );
  });
});

describe("peerTableRows: edge cases", () => {
  it("puts our side first whichever way the relationship was drawn", () => {
    const map = aMap()
      .withTiers("Sales")
      .withPerson("theirs", { org: "b", tier: "Sales" })
      .withPerson("ours", { org: "a", tier: "Sales" })
      .withLink("theirs", "ours", 1)
      .build();
    expect(brief(map)).toEqual([["Sales", "Ours", "Theirs", "Sales", "1", "Strained", "Weak"]]);
  });

  it("lists a link under our person's tier even when theirs is more senior", () => {
    const map = aMap()
      .withTiers("Exec", "Sales")
      .withPerson("ours", { org: "a", tier: "Sales" })
      .withPerson("boss", { org: "b", tier: "Exec" })
      .withLink("ours", "boss", 4)
      .build();
    expect(brief(map)).toEqual([
      ["Exec", NOBODY, "Boss", "Exec", "", "", "Missing counterpart"],
      ["Sales", "Ours", "Boss", "Exec", "4", "Strong", ""],
      ["Sales", "Ours", NOBODY, "", "", "", "Missing counterpart"],
    ]);
  });

  it("follows the healthy threshold for Weak", () => {
    const map = aMap()
      .withTiers("Sales")
      .withHealthyThreshold(5)
      .withPerson("a1", { org: "a", tier: "Sales" })
      .withPerson("b1", { org: "b", tier: "Sales" })
      .withLink("a1", "b1", 4)
      .build();
    expect(peerTableRows(map)[0]?.gap).toBe("Weak");
  });

  it("ignores people in unknown tiers and dangling relationships", () => {
    const map = aMap()
      .withTiers("Sales")
      .withPerson("a1", { org: "a", tier: "Sales" })
      .withPerson("lost", { org: "b", tierId: "nowhere" })
      .withLink("a1", "lost", 4)
      .withLink("a1", "ghost", 4)
      .build();
    expect(brief(map)).toEqual([["Sales", "A1", NOBODY, "", "", "", "Missing counterpart"]]);
  });

  it("is empty for an empty map", () => {
    expect(peerTableRows(loadFixture("empty"))).toEqual([]);
  });

  it("neutralises formulas typed into names", () => {
    const map = aMap()
      .withTiers("Sales")
      .withPerson("evil", { org: "a", tier: "Sales", name: '=HYPERLINK("x")' })
      .build();
    expect(peerTableCsv(map)).toContain('"\'=HYPERLINK(""x"")"');
  });

  it("names the organisations in the headers, also when one is blank or a formula", () => {
    const map = aMap()
      .withOrgs("", '=cmd|"/c calc"!A1')
      .withTiers("Sales")
      .withPerson("a1", { org: "a", tier: "Sales" })
      .build();
    const headers = peerTableHeaders(map);
    expect(headers.slice(1, 6)).toEqual([
      "Our company person",
      "Our company title",
      '=cmd|"/c calc"!A1 person',
      '=cmd|"/c calc"!A1 title',
      '=cmd|"/c calc"!A1 tier',
    ]);
    // The header cell is made inert like any other cell.
    expect(peerTableCsv(map)).toContain('"\'=cmd|""/c calc""!A1 person"');
  });
});
