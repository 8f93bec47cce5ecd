import { describe, expect, it } from "vitest";
import { gapReportHtml } from "../../../src/domain/report/reportHtml";
import { gapReportMarkdown } from "../../../src/domain/report/reportMarkdown";
import { sampleAlliance } from "../../../src/domain/sampleAlliance";
import { FIXED_NOW } from "../builders";
import { aQuarterLater } from "./quarterLater";

describe("the gap report's Since section", () => {
  const kickOff = sampleAlliance(FIXED_NOW);
  const now = aQuarterLater(kickOff);
  const since = { label: "Kick-off", date: "2026-03-12", map: kickOff };

  it("lists closed and new gaps and changed links since the snapshot, after the rest", () => {
    const report = gapReportMarkdown(now, "2026-06-30", since);
    const section = report.slice(report.indexOf("## Since"));
    expect(section).toBe(`## Since Kick-off (12 Mar 2026)

- Coverage: 66% → 66%
- **Gaps closed:** Sales: gap closed — The best link between Acme Software and Globex Cloud at Sales is 2 Weak, below the healthy 3 Working.
- **Gaps closed:** Marketing: gap closed — Globex Cloud has nobody at Marketing.
- **Gaps closed:** Technical / delivery: gap closed — Raj Patel has no link to anyone from Globex Cloud at Technical / delivery.
- **New gaps:** Marketing: new warning gap — Nobody from Acme Software is linked to anyone from Globex Cloud at Marketing.
- **New gaps:** Operations / support: new warning gap — The best link between Acme Software and Globex Cloud at Operations / support is 1 Strained, below the healthy 3 Working.
- **New gaps:** Marketing: new info gap — Hannah Schultz has no link to anyone from Globex Cloud at Marketing.
- **New gaps:** Marketing: new info gap — Marta Kowalczyk has no link to anyone from Acme Software at Marketing.
- **New links:** Raj Patel ↔ Sam Morgan: new link, 3 Working
- **Removed links:** Priya Nair ↔ Lina Costa: link removed (was 3 Working)
- **Removed links:** Hannah Schultz ↔ Tom Becker: link removed (was 2 Weak)
- **Stronger links:** Jordan Lee ↔ Ken Watanabe: stronger, 2 Weak → 4 Strong
- **Weaker links:** Grace Kim ↔ Noah Fischer: weaker, 3 Working → 1 Strained
`);
  });

  it("has no Since section without a snapshot", () => {
    expect(gapReportMarkdown(now, "2026-06-30")).not.toContain("Since");
    expect(gapReportHtml(now, "2026-06-30")).not.toContain("Since");
  });

  it("says so when no gap or link changed", () => {
    const report = gapReportMarkdown(kickOff, "2026-06-30", since);
    expect(report).toContain("## Since Kick-off (12 Mar 2026)");
    expect(report).toContain("- No gap opened or closed, and no link changed.\n");
  });

  it("is in the HTML copy too, escaped like the rest", () => {
    const html = gapReportHtml(now, "2026-06-30", { ...since, label: "<QBR>" });
    expect(html).toContain("<h2>Since &lt;QBR&gt; (12 Mar 2026)</h2>");
    expect(html).toContain(
      "<strong>Stronger links:</strong> Jordan Lee ↔ Ken Watanabe: stronger, 2 Weak → 4 Strong",
    );
  });
});
