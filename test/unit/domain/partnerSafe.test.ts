import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PeerMap } from "../../../src/domain/model";
import { forThePartnersEyes } from "../../../src/domain/partnerSafe";
import { arbPeerMap } from "../arbitraries";
import { aMap } from "../builders";
import { loadFixture } from "../fixtures";

/** Arbitrary maps whose people and links carry, now and then, notes, emails and dates. */
const arbPrivateMap: fc.Arbitrary<PeerMap> = arbPeerMap({ withDebris: true }).chain((map) =>
  fc
    .record({
      people: fc.array(
        fc.record({
          email: fc.option(fc.emailAddress(), { nil: undefined }),
          notes: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
          title: fc.option(fc.string(), { nil: undefined }),
        }),
        { minLength: map.people.length, maxLength: map.people.length },
      ),
      links: fc.array(
        fc.record({
          notes: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
          lastContact: fc.option(fc.constantFrom("2024-01-02", "2025-12-31"), { nil: undefined }),
        }),
        { minLength: map.relationships.length, maxLength: map.relationships.length },
      ),
    })
    .map(({ people, links }) => ({
      ...map,
      people: map.people.map((p, i) => ({ ...p, ...defined(people[i] ?? {}) })),
      relationships: map.relationships.map((r, i) => ({ ...r, ...defined(links[i] ?? {}) })),
    })),
);

/** `record` without its undefined fields, as the model stores an absent optional field. */
function defined<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

describe("forThePartnersEyes", () => {
  it("leaves no note, no email and no internal link, and keeps everything else", () => {
    fc.assert(
      fc.property(arbPrivateMap, (map) => {
        const shown = forThePartnersEyes(map);
        const orgOf = new Map(map.people.map((p) => [p.id, p.org]));
        // Nothing private is left.
        for (const person of shown.people) {
          expect(person).not.toHaveProperty("email");
          expect(person).not.toHaveProperty("notes");
        }
        for (const r of shown.relationships) {
          expect(r).not.toHaveProperty("notes");
          const [from, to] = [orgOf.get(r.source), orgOf.get(r.target)];
          expect(from).toBeDefined();
          expect(to).toBeDefined();
          expect(from).not.toBe(to);
        }
        // Everything else is kept, in order.
        expect(shown.people).toEqual(map.people.map(({ email: _e, notes: _n, ...rest }) => rest));
        const crossing = map.relationships.filter((r) => {
          const [from, to] = [orgOf.get(r.source), orgOf.get(r.target)];
          return from !== undefined && to !== undefined && from !== to;
        });
        expect(shown.relationships).toEqual(crossing.map(({ notes: _n, ...rest }) => rest));
        const { people: _p, relationships: _r, ...restOfMap } = map;
        const { people: _sp, relationships: _sr, ...restOfShown } = shown;
        expect(restOfShown).toEqual(restOfMap);
      }),
    );
  });

  it("does not change the map it is given", () => {
    fc.assert(
      fc.property(arbPrivateMap, (map) => {
        const before = structuredClone(map);
        forThePartnersEyes(map);
        expect(map).toEqual(before);
      }),
    );
  });

  it("keeps titles, strengths and last contacts of the workshop's cross-organisation links", () => {
    const map = loadFixture("small-workshop");
    const shown = forThePartnersEyes(map);
    const internal = map.relationships.filter((r) => {
      const orgs = [r.source, r.target].map((id) => map.people.find((p) => p.id === id)?.org);
      return orgs[0] === orgs[1];
    });
    expect(internal.length).toBeGreaterThan(0);
    expect(shown.relationships).toHaveLength(map.relationships.length - internal.length);
    expect(shown.relationships.some((r) => r.lastContact)).toBe(true);
    expect(shown.people.map((p) => [p.name, p.title])).toEqual(
      map.people.map((p) => [p.name, p.title]),
    );
  });

  it("drops a link whose other end is not on the map", () => {
    const map = aMap()
      .withPeople("a", "Sales", "ada")
      .withPeople("b", "Sales", "bea")
      .withLink("ada", "bea")
      .withLink("ada", "ghost")
      .build();
    expect(forThePartnersEyes(map).relationships.map((r) => r.id)).toEqual(["ada-bea"]);
  });
});
