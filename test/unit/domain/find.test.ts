import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFindIndex, FIND_RESULT_LIMIT, findPeople, normalise } from "../../../src/domain/find";
import type { PeerMap } from "../../../src/domain/model";
import { aMap } from "../builders";

const map = aMap()
  .withOrgs("Springfield Power", "Globex")
  .withTiers("Executive sponsor", "Sales", "Technical / delivery")
  .withPerson("hank", { org: "b", tier: "Executive sponsor", name: "Hank Scorpio", title: "CEO" })
  .withPerson("hanks", { org: "a", tier: "Sales", name: "Hanksworth Scott", title: "Rep" })
  .withPerson("scott", { org: "a", tier: "Sales", name: "Scott Hank", title: "Sales lead" })
  .withPerson("jose", { org: "a", tier: "Sales", name: "José O'Neil", title: "Hankering analyst" })
  .withPerson("frank", { org: "b", tier: "Technical / delivery", name: "Frank Grimes" })
  .build();

const find = (m: PeerMap, query: string) => findPeople(buildFindIndex(m), query).map((r) => r.id);

describe("finding a person", () => {
  it("finds Hank Scorpio from 'hank sc', in any order of the words", () => {
    expect(find(map, "hank sc")[0]).toBe("hank");
    expect(find(map, "sc hank")).toContain("hank");
    expect(find(map, "HANK   Sc")[0]).toBe("hank");
  });

  it("ranks name matches before title, organisation and tier matches", () => {
    // Every one of these has a word starting with "hank"; José only in his title.
    expect(find(map, "hank")).toEqual(["hank", "hanks", "scott", "jose"]);
  });

  it("puts the exact name first, then names starting with the query", () => {
    expect(find(map, "scott hank")[0]).toBe("scott");
    expect(find(map, "hanks")[0]).toBe("hanks");
  });

  it("searches title, organisation and tier", () => {
    expect(find(map, "ceo")).toEqual(["hank"]);
    expect(find(map, "globex")).toEqual(["frank", "hank"]);
    expect(find(map, "technical")).toEqual(["frank"]);
    expect(find(map, "sales lead")).toEqual(["scott"]);
  });

  it("ignores accents, case and apostrophes", () => {
    expect(find(map, "jose oneil")).toEqual(["jose"]);
    expect(find(map, "JOSÉ O'N")).toEqual(["jose"]);
    expect(normalise("  Émile   Zola-Dupont ")).toBe("emile zola dupont");
  });

  it("finds nobody for a blank query or a word nobody's starts with", () => {
    expect(find(map, "")).toEqual([]);
    expect(find(map, "  ")).toEqual([]);
    expect(find(map, "hank zz")).toEqual([]);
    // Word starts only: "corpio" is inside "Scorpio", not the start of it.
    expect(find(map, "corpio")).toEqual([]);
  });

  it("never lists more than the limit", () => {
    let big = aMap();
    for (let i = 0; i < 50; i++) big = big.withPerson(`p${i}`, { org: "a", tier: "Sales" });
    expect(findPeople(buildFindIndex(big.build()), "sales")).toHaveLength(FIND_RESULT_LIMIT);
  });
});

const arbName = fc
  .array(fc.constantFrom("Ann", "Anna", "Bo", "Bob", "Cy", "Dee", "Éva", "O'Hara", "Zed"), {
    minLength: 1,
    maxLength: 3,
  })
  .map((w) => w.join(" "));

const arbPeople = fc.array(fc.record({ name: arbName, title: arbName }), {
  minLength: 1,
  maxLength: 40,
});

const mapOf = (people: { name: string; title: string }[]): PeerMap =>
  people
    .reduce(
      (b, p, i) => b.withPerson(`p${i}`, { org: i % 2 ? "a" : "b", tier: "Sales", ...p }),
      aMap(),
    )
    .build();

describe("finding, for any people", () => {
  it("finds a person first by their exact name (or someone else of that very name)", () => {
    fc.assert(
      fc.property(arbPeople, fc.nat(), (people, pick) => {
        const m = mapOf(people);
        const person = m.people[pick % m.people.length] as { id: string; name: string };
        const first = findPeople(buildFindIndex(m), person.name)[0];
        const same = m.people.filter((p) => normalise(p.name) === normalise(person.name));
        expect(same.map((p) => p.id)).toContain(first?.id);
        if (same.length <= FIND_RESULT_LIMIT) {
          expect(findPeople(buildFindIndex(m), person.name).map((r) => r.id)).toContain(person.id);
        }
      }),
    );
  });

  it("lists only people every query word matches, each once, within the limit", () => {
    fc.assert(
      fc.property(arbPeople, arbName, (people, query) => {
        const m = mapOf(people);
        const results = findPeople(buildFindIndex(m), query);
        expect(results.length).toBeLessThanOrEqual(FIND_RESULT_LIMIT);
        expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
        for (const r of results) {
          const p = m.people.find((x) => x.id === r.id);
          const words = normalise(`${p?.name} ${p?.title} Our company Partner Sales`).split(" ");
          for (const w of normalise(query).split(" ")) {
            expect(words.some((x) => x.startsWith(w))).toBe(true);
          }
        }
      }),
    );
  });
});
