import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyChanges,
  changesBetween,
  invert,
  isEmpty,
  type ListChanges,
  type MapChanges,
} from "../../../src/domain/changes";
import * as edit from "../../../src/domain/edits";
import * as linkEdit from "../../../src/domain/linkEdits";
import { type PeerMap, pairKey } from "../../../src/domain/model";
import * as tiers from "../../../src/domain/tiers";
import { applied, tierId, twoLinksToGrace } from "../builders";
import { arbMap, arbOp, runAll } from "../editOps";

/** What a change set touches, as "record" and "record field" keys ("*": the whole record). */
function touched(changes: MapChanges): Set<string> {
  const keys = new Set<string>();
  const list = (kind: string, c: ListChanges<{ id: string }>) => {
    for (const { value } of [...c.added, ...c.removed]) keys.add(`${kind}:${value.id}:*`);
    for (const u of c.updated)
      for (const f of Object.keys(u.after)) keys.add(`${kind}:${u.id}:${f}`);
    if (c.order) keys.add(`${kind}:order`);
  };
  list("t", changes.tiers);
  list("a", changes.actions);
  list("p", changes.people);
  list("r", changes.relationships);
  // Links and people depend on the people and tiers they name.
  for (const { value } of [...changes.relationships.added, ...changes.relationships.removed]) {
    keys.add(`p:${value.source}:ref`);
    keys.add(`p:${value.target}:ref`);
    keys.add(`pair:${pairKey(value.source, value.target)}`);
  }
  for (const { value } of [...changes.people.added, ...changes.people.removed])
    keys.add(`t:${value.tierId}:ref`);
  for (const u of changes.people.updated)
    for (const id of [u.before.tierId, u.after.tierId]) if (id) keys.add(`t:${id}:ref`);
  if (changes.name) keys.add("name");
  for (const [org, c] of Object.entries(changes.orgs))
    for (const f of Object.keys(c.after)) keys.add(`o:${org}:${f}`);
  if (changes.settings) keys.add("settings");
  return keys;
}

function conflict(left: Set<string>, right: Set<string>): boolean {
  const record = (key: string) => key.split(":").slice(0, 2).join(":");
  const wholes = (keys: Set<string>) =>
    new Set([...keys].filter((k) => k.endsWith(":*")).map(record));
  const [wl, wr] = [wholes(left), wholes(right)];
  for (const key of left) if (right.has(key) || wr.has(record(key))) return true;
  for (const key of right) if (wl.has(record(key))) return true;
  return false;
}

/** Order aside (a record brought back lands where it was, which others may have moved). */
const unordered = (map: PeerMap) => ({
  ...map,
  tiers: [...map.tiers].sort((p, q) => p.id.localeCompare(q.id)),
  people: [...map.people].sort((p, q) => p.id.localeCompare(q.id)),
  relationships: [...map.relationships].sort((p, q) => p.id.localeCompare(q.id)),
  actions: [...map.actions].sort((p, q) => p.id.localeCompare(q.id)),
});

const ops = fc.array(arbOp, { minLength: 1, maxLength: 6 });

describe("record changes for undo and redo", () => {
  it("replays an edit exactly, and its inverse takes the map back exactly", () => {
    fc.assert(
      fc.property(arbMap, ops, (before, steps) => {
        const after = runAll(before, steps);
        const changes = changesBetween(before, after);
        expect(applyChanges(before, changes)).toEqual(after);
        expect(applyChanges(after, invert(changes))).toEqual(before);
        // redo(undo(x)) == x
        expect(applyChanges(applyChanges(after, invert(changes)), changes)).toEqual(after);
        if (isEmpty(changes)) expect(after).toEqual(before);
        else expect(after).not.toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it("undoing our edit keeps what another tab changed meanwhile", () => {
    fc.assert(
      fc.property(arbMap, ops, ops, (base, ours, theirs) => {
        const mine = changesBetween(base, runAll(base, ours));
        const remoteMap = runAll(base, theirs);
        const remote = changesBetween(base, remoteMap);
        fc.pre(!conflict(touched(mine), touched(remote)));
        const both = applyChanges(applyChanges(base, mine), remote);
        const undone = applyChanges(both, invert(mine));
        expect(unordered(undone)).toEqual(unordered(remoteMap));
        // and redo puts our edit back on top of theirs
        const redone = applyChanges(undone, mine);
        expect(unordered(redone)).toEqual(unordered(both));
      }),
      { numRuns: 300 },
    );
  });

  it("always leaves a valid map, whatever another tab did", () => {
    fc.assert(
      fc.property(arbMap, ops, ops, (base, ours, theirs) => {
        const mine = changesBetween(base, runAll(base, ours));
        const now = runAll(runAll(base, ours), theirs);
        for (const result of [applyChanges(now, invert(mine)), applyChanges(now, mine)]) {
          const people = new Set(result.people.map((p) => p.id));
          const tierIds = new Set(result.tiers.map((t) => t.id));
          const pairs = result.relationships.map((r) => pairKey(r.source, r.target));
          expect(new Set(pairs).size).toBe(pairs.length);
          for (const r of result.relationships) {
            expect(people.has(r.source) && people.has(r.target)).toBe(true);
          }
          for (const p of result.people) expect(tierIds.has(p.tierId)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  const SALES = tierId("Sales");
  const workshop = twoLinksToGrace();

  it("undoes a rating without touching a rating made elsewhere on another link", () => {
    const mine = applied(linkEdit.updateRelationships(workshop, ["ada-grace"], { strength: 5 }));
    const theirs = applied(linkEdit.updateRelationships(mine, ["alan-grace"], { strength: 4 }));
    const undone = applyChanges(theirs, invert(changesBetween(workshop, mine)));
    expect(undone.relationships.map((r) => r.strength)).toEqual([2, 4]);
    // Untouched records stay the same objects, so saving writes only the undone one.
    expect(undone.relationships[1]).toBe(theirs.relationships[1]);
    expect(undone.people).toBe(theirs.people);
  });

  it("leaves a field another tab changed after us as that tab left it", () => {
    const mine = applied(
      linkEdit.updateRelationships(workshop, ["ada-grace"], { strength: 5, notes: "Ours" }),
    );
    const theirs = applied(linkEdit.updateRelationships(mine, ["ada-grace"], { notes: "Theirs" }));
    const renamed = { ...theirs, name: "Their name" };
    const undone = applyChanges(renamed, invert(changesBetween(workshop, mine)));
    expect(undone.relationships[0]).toMatchObject({ strength: 2, notes: "Theirs" });
    const ourName = { ...workshop, name: "Our name" };
    expect(applyChanges(renamed, invert(changesBetween(workshop, ourName))).name).toBe(
      "Their name",
    );
  });

  it("does not bring back a person deleted elsewhere, nor a link to them", () => {
    const mine = applied(edit.removeItems(workshop, [], ["ada-grace"]));
    const renamed = edit.updatePerson(mine, "ada", { title: "Countess" });
    if (!renamed.ok) throw new Error(renamed.reason);
    const theirs = applied(edit.removeItems(renamed.map, ["ada"]));
    const undoLink = applyChanges(theirs, invert(changesBetween(workshop, mine)));
    expect(undoLink.relationships.map((r) => r.id)).toEqual(["alan-grace"]);
    const undoTitle = applyChanges(theirs, invert(changesBetween(mine, renamed.map)));
    expect(undoTitle.people.map((p) => p.id)).toEqual(["grace", "alan"]);
  });

  it("keeps a tier people were moved into elsewhere when undoing its creation", () => {
    const added = tiers.addTier(workshop, "Procurement", "procurement");
    if (!added.ok) throw new Error(added.reason);
    const moved = edit.updatePerson(added.map, "grace", { tierId: "procurement" });
    if (!moved.ok) throw new Error(moved.reason);
    const undone = applyChanges(moved.map, invert(changesBetween(workshop, added.map)));
    expect(undone.tiers.map((t) => t.id)).toContain("procurement");
    expect(undone.people.find((p) => p.id === "grace")?.tierId).toBe("procurement");
    expect(undone.people.find((p) => p.id === "ada")?.tierId).toBe(SALES);
  });
});
