import { describe, expect, it } from "vitest";
import {
  actionLine,
  actionsOfClosedGaps,
  isOverdue,
  openActionsByDue,
} from "../../../src/domain/actionLines";
import type { ActionInput } from "../../../src/domain/actions";
import { addAction, completeActions } from "../../../src/domain/actions";
import { findGaps } from "../../../src/domain/gaps";
import { connect } from "../../../src/domain/linkEdits";
import type { PeerMap } from "../../../src/domain/model";
import { aMap } from "../builders";

const NOW = "2026-11-26T10:00:00.000Z";

const base = aMap()
  .withTiers("Sales")
  .withPerson("priya", { org: "a", tier: "Sales", name: "Priya Raman" })
  .withPerson("daniel", { org: "b", tier: "Sales", name: "Daniel Okafor" })
  .build();

function withAction(map: PeerMap, input: ActionInput, id: string): PeerMap {
  const result = addAction(map, input, NOW, id);
  if (!result.ok) throw new Error(result.reason);
  return result.map;
}

const gapAbout = { kind: "gap", id: "missing-peer-link:sales" } as const;

describe("actionLine", () => {
  it("names the picked owner, the due date and says overdue", () => {
    const map = withAction(
      base,
      { text: "Book a\ndinner", about: gapAbout, ownerId: "priya", owner: "P.", due: "2026-11-20" },
      "a1",
    );
    const [action] = map.actions;
    if (!action) throw new Error("no action");
    expect(actionLine(map, action, "2026-11-26")).toBe(
      "Book a dinner — owner Priya Raman, due 20 Nov 2026 (overdue)",
    );
    expect(actionLine(map, action, "2026-11-20")).toBe(
      "Book a dinner — owner Priya Raman, due 20 Nov 2026",
    );
    expect(isOverdue(action, "2026-11-21")).toBe(true);
    const done = completeActions(map, ["a1"], NOW);
    const finished = done.ok ? done.map.actions[0] : undefined;
    expect(finished && isOverdue(finished, "2026-11-26")).toBe(false);
  });

  it("is just the text without owner or date, and falls back to the typed owner", () => {
    const map = withAction(
      withAction(base, { text: "Call", about: gapAbout }, "a1"),
      { text: "Write", about: gapAbout, owner: "Someone at Globex" },
      "a2",
    );
    expect(map.actions.map((a) => actionLine(map, a, "2026-11-26"))).toEqual([
      "Call",
      "Write — owner Someone at Globex",
    ]);
  });
});

describe("openActionsByDue", () => {
  it("sorts open actions soonest first, undated last, and leaves done ones out", () => {
    let map = withAction(base, { text: "undated", about: gapAbout }, "u");
    map = withAction(map, { text: "late", about: gapAbout, due: "2027-01-02" }, "l");
    map = withAction(map, { text: "soon", about: gapAbout, due: "2026-12-01" }, "s");
    map = withAction(map, { text: "done", about: gapAbout, due: "2026-01-01" }, "d");
    const result = completeActions(map, ["d"], NOW);
    if (!result.ok) throw new Error(result.reason);
    expect(openActionsByDue(result.map.actions).map((a) => a.id)).toEqual(["s", "l", "u"]);
  });
});

describe("actionsOfClosedGaps", () => {
  it("offers the open actions of a gap the edit closed, and nothing when none closed", () => {
    let before = withAction(base, { text: "Introduce them", about: gapAbout }, "a1");
    before = withAction(before, { text: "Already done", about: gapAbout }, "a2");
    const completed = completeActions(before, ["a2"], NOW);
    if (!completed.ok) throw new Error(completed.reason);
    before = completed.map;
    const beforeGaps = findGaps(before);
    expect(beforeGaps.map((g) => g.id)).toContain(gapAbout.id);
    expect(actionsOfClosedGaps(beforeGaps, beforeGaps, before)).toEqual([]);

    const linked = connect(before, "priya", "daniel", 4);
    if (!linked.ok) throw new Error(linked.reason);
    const afterGaps = findGaps(linked.map);
    const offers = actionsOfClosedGaps(beforeGaps, afterGaps, linked.map);
    expect(offers.map((o) => [o.gap.id, o.actionIds])).toEqual([[gapAbout.id, ["a1"]]]);
  });
});
