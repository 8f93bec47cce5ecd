import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareMaps, type MapComparison, nothingChanged } from "../../../src/domain/compare";
import * as edit from "../../../src/domain/edits";
import { findGaps } from "../../../src/domain/gaps";
import * as linkEdit from "../../../src/domain/linkEdits";
import type { PeerMap, Person, Relationship } from "../../../src/domain/model";
import { sampleAlliance } from "../../../src/domain/sampleAlliance";
import { applied, FIXED_NOW } from "../builders";
import { arbMap, arbOp, runAll } from "../editOps";

const ops = fc.array(arbOp, { minLength: 1, maxLength: 8 });
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id).sort();

/** Where each person is and what each link joins and says: what a comparison speaks about. */
const peopleOf = (people: readonly Person[]) =>
  Object.fromEntries(people.map((p) => [p.id, `${p.org}/${p.tierId}`]));
const linksOf = (links: readonly Relationship[]) =>
  Object.fromEntries(links.map((r) => [r.id, `${r.source}>${r.target}@${r.strength}`]));

/** `before` with the listed changes applied, reduced to what a comparison speaks about. */
function replay(before: PeerMap, c: MapComparison) {
  const people = peopleOf(before.people);
  for (const p of c.people.left) delete people[p.id];
  for (const p of c.people.joined) people[p.id] = `${p.org}/${p.tierId}`;
  for (const m of c.people.moved) people[m.person.id] = `${m.to.org}/${m.to.tierId}`;
  const links = linksOf(before.relationships);
  for (const r of c.relationships.removed) delete links[r.id];
  for (const r of c.relationships.added) links[r.id] = `${r.source}>${r.target}@${r.strength}`;
  for (const { relationship: r, to } of c.relationships.rated)
    links[r.id] = `${r.source}>${r.target}@${to}`;
  return { people, links };
}

describe("compareMaps", () => {
  it("finds nothing between a map and itself", () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        const c = compareMaps(map, map);
        expect(nothingChanged(c)).toBe(true);
        expect(c.coverage.after).toBe(c.coverage.before);
      }),
    );
  });

  it("reads the same changes backwards when the dates are swapped", () => {
    fc.assert(
      fc.property(arbMap, ops, (a, steps) => {
        const b = runAll(a, steps);
        const forth = compareMaps(a, b);
        const back = compareMaps(b, a);
        expect(ids(back.people.joined)).toEqual(ids(forth.people.left));
        expect(ids(back.people.left)).toEqual(ids(forth.people.joined));
        expect(back.people.moved.map((m) => [m.person.id, m.to, m.from]).sort()).toEqual(
          forth.people.moved.map((m) => [m.person.id, m.from, m.to]).sort(),
        );
        expect(ids(back.relationships.added)).toEqual(ids(forth.relationships.removed));
        expect(ids(back.relationships.removed)).toEqual(ids(forth.relationships.added));
        const rated = (c: MapComparison, flip: boolean) =>
          c.relationships.rated
            .map((r) => [r.relationship.id, flip ? r.to : r.from, flip ? r.from : r.to])
            .sort();
        expect(rated(back, true)).toEqual(rated(forth, false));
        expect(ids(back.gaps.opened)).toEqual(ids(forth.gaps.closed));
        expect(ids(back.gaps.closed)).toEqual(ids(forth.gaps.opened));
        expect(back.coverage).toEqual({
          before: forth.coverage.after,
          after: forth.coverage.before,
        });
      }),
    );
  });

  it("lists every change needed to turn the earlier map's people and links into the later's", () => {
    fc.assert(
      fc.property(arbMap, ops, (a, steps) => {
        const b = runAll(a, steps);
        expect(replay(a, compareMaps(a, b))).toEqual({
          people: peopleOf(b.people),
          links: linksOf(b.relationships),
        });
      }),
    );
  });

  it("can fail: a comparison that forgets re-ratings does not replay", () => {
    const before = sampleAlliance(FIXED_NOW);
    const link = before.relationships[0];
    if (!link) throw new Error("the sample alliance has links");
    const after = applied(
      linkEdit.updateRelationships(before, [link.id], { strength: link.strength === 5 ? 1 : 5 }),
    );
    const c = compareMaps(before, after);
    const forgetful = { ...c, relationships: { ...c.relationships, rated: [] } };
    expect(replay(before, forgetful).links).not.toEqual(linksOf(after.relationships));
  });

  it("on the sample alliance: a re-rated link, a link closing a gap, a person who left", () => {
    const before = sampleAlliance(FIXED_NOW);
    const [first] = before.relationships;
    const gap = findGaps(before).find((g) => g.kind === "unpaired");
    const lonely = before.people.find((p) => p.id === gap?.personIds[0]);
    const peer = before.people.find((p) => p.tierId === lonely?.tierId && p.org !== lonely?.org);
    if (!first || !gap || !lonely || !peer) throw new Error("the sample alliance has these");

    let after = applied(linkEdit.updateRelationships(before, [first.id], { strength: 5 }));
    after = applied(linkEdit.connect(after, lonely.id, peer.id, 4, "new-link"));
    const leaving = after.people.find((p) => p.id !== lonely.id && p.id !== peer.id);
    if (!leaving) throw new Error("the sample alliance has more people");
    after = applied(edit.removeItems(after, [leaving.id]));
    const c = compareMaps(before, after);

    expect(c.people.left.map((p) => p.name)).toEqual([leaving.name]);
    expect(c.relationships.added.map((r) => r.id)).toEqual(["new-link"]);
    const theirs = before.relationships.filter(
      (r) => r.source === leaving.id || r.target === leaving.id,
    );
    expect(ids(c.relationships.removed)).toEqual(ids(theirs));
    if (!theirs.some((r) => r.id === first.id)) {
      expect(c.relationships.rated).toEqual([
        { relationship: expect.objectContaining({ id: first.id }), from: first.strength, to: 5 },
      ]);
    }
    expect(c.gaps.closed.map((g) => g.id)).toContain(gap.id);
  });
});
