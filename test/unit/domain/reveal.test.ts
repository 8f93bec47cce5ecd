import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  firstReveal,
  hideLast,
  revealedCount,
  revealNext,
  revealTiers,
} from "../../../src/domain/reveal";
import { arbPeerMap } from "../arbitraries";
import { aMap } from "../builders";

const workshop = () =>
  aMap()
    .withOrgs("Acme", "Globex")
    .withTiers("Executive sponsor", "Sales", "Marketing")
    .withPerson("ada", { org: "a", tier: "Executive sponsor", at: { x: 0, y: 16 } })
    .withPerson("ben", { org: "b", tier: "Executive sponsor", at: { x: 0, y: 16 } })
    .withPerson("cy", { org: "a", tier: "Sales", at: { x: 0, y: 16 } })
    .withPerson("di", { org: "b", tier: "Marketing", at: { x: 0, y: 16 } })
    .withLink("ada", "ben", 4)
    .withLink("ada", "cy", 3)
    .withLink("cy", "di", 2)
    .build();

const names = (ids: readonly { name: string }[]) => ids.map((p) => p.name);

describe("revealTiers", () => {
  it("keeps the first tiers, their people and only the links between shown people", () => {
    const map = workshop();
    const two = revealTiers(map, 2);
    expect(two.tiers.map((t) => t.name)).toEqual(["Executive sponsor", "Sales"]);
    expect(names(two.people)).toEqual(["Ada", "Ben", "Cy"]);
    expect(two.relationships).toHaveLength(2);
    expect(two.relationships.every((r) => r.source !== "di" && r.target !== "di")).toBe(true);

    const one = revealTiers(map, 1);
    expect(names(one.people)).toEqual(["Ada", "Ben"]);
    expect(one.relationships).toHaveLength(1);

    const none = revealTiers(map, 0);
    expect(none.tiers).toEqual([]);
    expect(none.people).toEqual([]);
    expect(none.relationships).toEqual([]);
    expect(none.orgs).toBe(map.orgs);
  });

  it("returns the very map when every tier is shown", () => {
    const map = workshop();
    expect(revealTiers(map, null)).toBe(map);
    expect(revealTiers(map, 3)).toBe(map);
    expect(revealTiers(map, 9)).toBe(map);
  });

  it("never leaves a link with a hidden end, and never drops a shown person (any map, any step)", () => {
    fc.assert(
      fc.property(arbPeerMap(), fc.nat(8), (map, k) => {
        const shown = revealTiers(map, k);
        const tierIds = new Set(shown.tiers.map((t) => t.id));
        const ids = new Set(shown.people.map((p) => p.id));
        for (const r of shown.relationships) {
          expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
        }
        const hidden = new Set(map.tiers.slice(k).map((t) => t.id));
        for (const person of map.people) {
          expect(ids.has(person.id)).toBe(!hidden.has(person.tierId) || k >= map.tiers.length);
        }
        expect(shown.tiers.length).toBe(Math.min(k, map.tiers.length));
        for (const person of shown.people) {
          if (map.tiers.some((t) => t.id === person.tierId))
            expect(tierIds.has(person.tierId)).toBe(true);
        }
      }),
    );
  });
});

describe("reveal steps", () => {
  it("start at the top tier, go one tier at a time and end with all shown", () => {
    expect(firstReveal(3)).toBe(1);
    expect(firstReveal(1)).toBeNull();
    expect(revealNext(1, 3)).toBe(2);
    expect(revealNext(2, 3)).toBeNull();
    expect(revealNext(null, 3)).toBeNull();
  });

  it("hide the last tier shown, down to none", () => {
    expect(hideLast(null, 3)).toBe(2);
    expect(hideLast(2, 3)).toBe(1);
    expect(hideLast(1, 3)).toBe(0);
    expect(hideLast(0, 3)).toBe(0);
    // A tier deleted meanwhile: the step counts what is there.
    expect(hideLast(5, 3)).toBe(2);
  });

  it("count what is on screen", () => {
    expect(revealedCount(null, 4)).toBe(4);
    expect(revealedCount(2, 4)).toBe(2);
    expect(revealedCount(6, 4)).toBe(4);
  });
});
