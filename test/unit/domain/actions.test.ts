import { describe, expect, it } from "vitest";
import {
  addAction,
  completeActions,
  remapActionIds,
  removeActions,
  updateAction,
} from "../../../src/domain/actions";
import { LIMITS } from "../../../src/domain/format";
import type { Action, PeerMap } from "../../../src/domain/model";
import { aMap } from "../builders";

const NOW = "2026-11-26T10:00:00.000Z";
const LATER = "2026-11-27T10:00:00.000Z";

const alliance = aMap()
  .withTiers("Executive sponsor", "Sales")
  .withPerson("priya", { org: "a", tier: "Sales", name: "Priya Raman" })
  .withPerson("daniel", { org: "b", tier: "Sales", name: "Daniel Okafor" })
  .withLink("priya", "daniel", 2)
  .build();

const added = (map: PeerMap, text = "Book a joint account review"): PeerMap => {
  const result = addAction(
    map,
    {
      text,
      about: { kind: "relationship", id: "priya-daniel" },
      ownerId: "priya",
      owner: "Priya Raman",
      due: "2026-12-15",
    },
    NOW,
    "a1",
  );
  if (!result.ok) throw new Error(result.reason);
  return result.map;
};

describe("actions", () => {
  it("adds an open action with its owner and due date, trimmed", () => {
    const map = added(alliance, "  Book a joint account review  ");
    expect(map.actions).toEqual<Action[]>([
      {
        id: "a1",
        text: "Book a joint account review",
        about: { kind: "relationship", id: "priya-daniel" },
        owner: "Priya Raman",
        ownerId: "priya",
        due: "2026-12-15",
        status: "open",
        createdAt: NOW,
      },
    ]);
  });

  it("refuses, with a reason, what cannot be written", () => {
    const about = { kind: "gap", id: "missing-counterpart:sales" } as const;
    const refusal = (input: Parameters<typeof addAction>[1]) => {
      const result = addAction(alliance, input, NOW);
      return result.ok ? undefined : result.reason;
    };
    expect(refusal({ text: "  ", about })).toMatch(/empty/);
    expect(refusal({ text: "Call", about, due: "next week" })).toMatch(/YYYY-MM-DD/);
    expect(refusal({ text: "Call", about, ownerId: "nobody" })).toMatch(/someone on the map/);
    expect(refusal({ text: "x".repeat(LIMITS.maxActionLength + 1), about })).toMatch(/at most/);
    const full = {
      ...alliance,
      actions: Array.from(
        { length: LIMITS.maxActions },
        () => added(alliance).actions[0] as Action,
      ),
    };
    expect(addAction(full, { text: "One more", about }, NOW)).toMatchObject({ ok: false });
  });

  it("marks done with the time, reopens without it, and clears blank fields", () => {
    const map = added(alliance);
    const done = updateAction(map, "a1", { status: "done", due: "" }, LATER);
    if (!done.ok) throw new Error(done.reason);
    expect(done.map.actions[0]).toMatchObject({ status: "done", doneAt: LATER });
    expect(done.map.actions[0]?.due).toBeUndefined();
    const reopened = updateAction(done.map, "a1", { status: "open" }, LATER);
    expect(reopened.ok && reopened.map.actions[0]?.doneAt).toBeUndefined();
  });

  it("changes nothing, and gives back the same map, when nothing changes", () => {
    const map = added(alliance);
    expect(updateAction(map, "a1", { text: "Book a joint account review" }, LATER)).toEqual({
      ok: true,
      map,
    });
    expect(
      completeActions(map, ["elsewhere"], LATER).ok && completeActions(map, [], LATER),
    ).toEqual({ ok: true, map });
    expect(removeActions(map, ["elsewhere"])).toEqual({ ok: true, map });
  });

  it("completes several in one edit and removes them", () => {
    const two = addAction(
      added(alliance),
      { text: "Second", about: { kind: "person", id: "daniel" } },
      NOW,
      "a2",
    );
    if (!two.ok) throw new Error(two.reason);
    const completed = completeActions(two.map, ["a1", "a2"], LATER);
    expect(completed.ok && completed.map.actions.map((a) => a.status)).toEqual(["done", "done"]);
    const removed = removeActions(two.map, ["a1"]);
    expect(removed.ok && removed.map.actions.map((a) => a.id)).toEqual(["a2"]);
  });

  it("follows a copy's new ids: its subject, its gap's tier and person, and its owner", () => {
    const actions: Action[] = [
      {
        id: "x1",
        text: "A",
        about: { kind: "gap", id: "unpaired:sales:priya" },
        ownerId: "daniel",
        status: "open",
        createdAt: NOW,
      },
      {
        id: "x2",
        text: "B",
        about: { kind: "gap", id: "missing-counterpart:sales" },
        status: "open",
        createdAt: NOW,
      },
      {
        id: "x3",
        text: "C",
        about: { kind: "relationship", id: "r1" },
        status: "open",
        createdAt: NOW,
      },
      {
        id: "x4",
        text: "D",
        about: { kind: "person", id: "gone" },
        status: "open",
        createdAt: NOW,
      },
    ];
    const copied = remapActionIds(actions, {
      tiers: new Map([["sales", "t9"]]),
      people: new Map([
        ["priya", "p1"],
        ["daniel", "p2"],
      ]),
      relationships: new Map([["r1", "r9"]]),
    });
    expect(copied.map((a) => a.about.id)).toEqual([
      "unpaired:t9:p1",
      "missing-counterpart:t9",
      "r9",
      "gone",
    ]);
    expect(copied[0]?.ownerId).toBe("p2");
    expect(new Set(copied.map((a) => a.id)).size).toBe(4);
    expect(copied.some((a, i) => a.id === actions[i]?.id)).toBe(false);
  });
});
