import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ownLinks } from "../../../src/domain/model";
import { arbPeerMap } from "../arbitraries";

describe("a person's own links", () => {
  it("are exactly the relationships with them at one end, in map order, each with its other end", () => {
    fc.assert(
      fc.property(arbPeerMap({ withDebris: true }), fc.nat(), (map, i) => {
        const id = map.people[i % Math.max(1, map.people.length)]?.id ?? "nobody";
        const own = ownLinks(map.relationships, id);
        expect(own.map((link) => link.relationship)).toEqual(
          map.relationships.filter((r) => r.source === id || r.target === id),
        );
        for (const { relationship, otherId } of own) {
          expect([relationship.source, relationship.target].sort()).toEqual([id, otherId].sort());
        }
      }),
    );
  });

  it("name the other end whichever way the link was drawn", () => {
    const links = [
      { id: "r1", source: "ada", target: "grace", strength: 3 as const },
      { id: "r2", source: "linus", target: "ada", strength: 4 as const },
      { id: "r3", source: "grace", target: "linus", strength: 2 as const },
    ];
    expect(ownLinks(links, "ada").map((link) => [link.relationship.id, link.otherId])).toEqual([
      ["r1", "grace"],
      ["r2", "linus"],
    ]);
    expect(ownLinks(links, "nobody")).toEqual([]);
  });
});
