import { describe, expect, it } from "vitest";
import { type ActionInput, addAction, completeActions } from "../../../src/domain/actions";
import type { PeerMap } from "../../../src/domain/model";
import { gapReportHtml } from "../../../src/domain/report/reportHtml";
import { gapReportMarkdown } from "../../../src/domain/report/reportMarkdown";
import { aMap } from "../builders";

const NOW = "2026-11-01T09:00:00.000Z";

const base = aMap()
  .withTiers("Sales", "Ops")
  .withPerson("priya", { org: "a", tier: "Sales", name: "Priya Raman" })
  .withPerson("daniel", { org: "b", tier: "Sales", name: "Daniel Okafor" })
  .withPerson("olga", { org: "a", tier: "Ops", name: "Olga Ops" })
  .withLink("priya", "daniel", 4)
  .build();

function withActions(map: PeerMap, inputs: readonly [string, ActionInput][]): PeerMap {
  let next = map;
  for (const [id, input] of inputs) {
    const result = addAction(next, input, NOW, id);
    if (!result.ok) throw new Error(result.reason);
    next = result.map;
  }
  return next;
}

const map = withActions(base, [
  [
    "a1",
    {
      text: "Book a dinner",
      about: { kind: "gap", id: "missing-counterpart:ops" },
      ownerId: "priya",
      due: "2026-11-15",
    },
  ],
  ["a2", { text: "Hire *someone*", about: { kind: "gap", id: "missing-counterpart:ops" } }],
  ["a3", { text: "Thank them", about: { kind: "relationship", id: "priya-daniel" } }],
  ["a4", { text: "Intro to CFO", about: { kind: "person", id: "olga" }, due: "2027-01-10" }],
  ["a5", { text: "Gone gap", about: { kind: "gap", id: "missing-peer-link:sales" } }],
  ["a6", { text: "Finished", about: { kind: "person", id: "olga" } }],
]);
const completed = completeActions(map, ["a6"], NOW);
const report = completed.ok ? completed.map : map;

describe("gap report: actions", () => {
  it("lists open actions under their gap as tasks, owner and due date, overdue said", () => {
    const markdown = gapReportMarkdown(report, "2026-11-26");
    expect(markdown).toContain(
      [
        "- Partner has nobody at Ops.",
        "  - [ ] Book a dinner — owner Priya Raman, due 15 Nov 2026 (overdue)",
        "  - [ ] Hire \\*someone\\*",
      ].join("\n"),
    );
  });

  it("lists the other open actions (links, people, closed gaps) in their own section", () => {
    const markdown = gapReportMarkdown(report, "2026-11-26");
    expect(markdown).toContain(
      [
        "## Open actions (3)",
        "",
        "- **Person: Olga Ops** — Intro to CFO — due 10 Jan 2027",
        "- **Link: Priya Raman ↔ Daniel Okafor** — Thank them",
        "- **Gap: gap closed** — Gone gap",
      ].join("\n"),
    );
    expect(markdown).not.toContain("Finished");
  });

  it("says the same in HTML, tasks nested under their gap", () => {
    const html = gapReportHtml(report, "2026-11-26");
    expect(html).toContain(
      "<li>Partner has nobody at Ops.<ul><li>☐ Book a dinner — owner Priya Raman, due 15 Nov 2026 (overdue)</li><li>☐ Hire *someone*</li></ul></li>",
    );
    expect(html).toContain(
      "<li><strong>Link: Priya Raman ↔ Daniel Okafor</strong> — Thank them</li>",
    );
  });

  it("adds nothing when the map has no actions", () => {
    expect(gapReportMarkdown(base, "2026-11-26")).not.toMatch(/Open actions|\[ \]/);
  });
});
