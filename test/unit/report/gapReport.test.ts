import { describe, expect, it } from "vitest";
import { escapeMarkdown, gapReportMarkdown } from "../../../src/domain/report/reportMarkdown";
import { aMap } from "../builders";
import { loadFixture } from "../fixtures";

describe("gapReportMarkdown: the small workshop", () => {
  const report = gapReportMarkdown(loadFixture("small-workshop"), "2024-05-14");

  it("reads as a complete report", () => {
    expect(report).toBe(`# Gap report: Acme Software x Globex Cloud

**Acme Software** × **Globex Cloud** · 2024-05-14

## Summary

- Coverage: **50%** of staffed tiers have a healthy link between peers (healthy means 3 Working or stronger); **53%** of placed people have a healthy link to a peer of their tier.
- People: 14 (Acme Software 7, Globex Cloud 7); 1 not yet placed on the map.
- Relationships: 8, 6 of them between Acme Software and Globex Cloud.
- Gaps: 0 critical, 3 warnings, 4 info.

## Tier health

- Executive sponsor — Healthy (no critical gaps or warnings)
- Alliance management — Healthy (no critical gaps or warnings)
- Sales — Healthy (no critical gaps or warnings)
- Marketing — Needs work (1 warning)
- Technical / delivery — Needs work (1 warning)
- Operations / support — Needs work (1 warning)

## Warning (3)

- The best link between Acme Software and Globex Cloud at Marketing is 2 Weak, below the healthy 3 Working.
- Nobody from Acme Software is linked to anyone from Globex Cloud at Technical / delivery.
- Acme Software has nobody at Operations / support.

## Info (4)

- Mei Tanaka has no link to anyone from Globex Cloud at Sales.
- Raj Patel has no link to anyone from Globex Cloud at Technical / delivery.
- Sofia Lindqvist has no link to anyone from Globex Cloud at Technical / delivery.
- Ben Adeyemi has no link to anyone from Acme Software at Technical / delivery.

## Weak and strained relationships (1)

- **Olivia Grant** (Acme Software, Marketing) – **Hannah Weiss** (Globex Cloud, Marketing): 2 Weak; last contact 2024-01-15. Joint webinar slipped twice; needs a reset.
`);
  });
});

describe("gapReportMarkdown: details", () => {
  it("puts a critical gap under Critical and the most strained relationship first", () => {
    const map = aMap()
      .named("Deal")
      .withTiers("Exec", "Sales")
      .withPerson("ceo", { org: "a", tier: "Exec", name: "Cee" })
      .withPerson("rep", { org: "a", tier: "Sales", name: "Rep" })
      .withPerson("buyer", { org: "b", tier: "Sales", name: "Buyer" })
      .withPerson("mate", { org: "a", tier: "Sales", name: "Mate" })
      .withLink("buyer", "rep", 2)
      .withLink("rep", "mate", 1, { notes: "Line one\nline two" })
      .build();
    const report = gapReportMarkdown(map, "2025-01-02");
    expect(report).toContain("## Critical (1)\n\n- Partner has nobody at Exec.\n");
    expect(report).toContain(
      "## Weak and strained relationships (2)\n\n" +
        "- **Rep** (Our company, Sales) – **Mate** (Our company, Sales): 1 Strained; internal. Line one line two\n" +
        "- **Rep** (Our company, Sales) – **Buyer** (Partner, Sales): 2 Weak.\n",
    );
    expect(report).toContain("- Gaps: 1 critical, 1 warning, 1 info.");
  });

  it("escapes Markdown in user text so names cannot restyle the report", () => {
    const map = aMap()
      .named("*Big* [deal] <script>")
      .withTiers("Sales")
      .withPerson("x", { org: "a", tier: "Sales", name: "_Under_ | pipe" })
      .build();
    const report = gapReportMarkdown(map, "2025-01-02");
    expect(report.split("\n")[0]).toBe("# Gap report: \\*Big\\* \\[deal\\] \\<script\\>");
    expect(report).not.toContain("<script>");
    expect(escapeMarkdown("_Under_ | pipe")).toBe("\\_Under\\_ \\| pipe");
    expect(escapeMarkdown("a\\b `c` ~d~")).toBe("a\\\\b \\`c\\` \\~d\\~");
  });

  it("reports an empty map plainly", () => {
    const report = gapReportMarkdown(loadFixture("empty"), "2025-01-02");
    expect(report).toContain("- Coverage: **—**. Add people on both sides to measure coverage.");
    expect(report).not.toContain("100%");
    expect(report).toContain("- People: 0 (Our company 0, Partner 0).");
    // Nothing to list: the empty sections are left out, not filled with "None.".
    expect(report).not.toContain("None.");
    expect(report.split("\n").filter((line) => line.startsWith("#"))).toEqual([
      "# Gap report: Untitled map",
      "## Summary",
    ]);
  });
});

describe("gapReportMarkdown: targets and planned links", () => {
  it("lists a link below its target as a warning, and a planned link nowhere as weak", () => {
    const base = loadFixture("small-workshop");
    const [first, second] = base.relationships;
    if (!first || !second) throw new Error("the fixture has links");
    const map = {
      ...base,
      relationships: base.relationships.map((r) =>
        r === first
          ? { ...r, targetStrength: 5 as const }
          : r === second
            ? { ...r, strength: 1 as const, planned: true as const }
            : r,
      ),
    };
    const report = gapReportMarkdown(map, "2024-05-14");
    expect(report).toContain("- Dana Whitfield ↔ Marcus Chen is 4 Strong, target 5 Trusted.");
    expect(report).toContain("- Executive sponsor — Needs work (1 warning)");
    expect(report).not.toContain(": 1 Strained");
  });
});
