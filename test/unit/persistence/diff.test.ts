import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as edit from "../../../src/domain/edits";
import * as linkEdit from "../../../src/domain/linkEdits";
import type { PeerMap } from "../../../src/domain/model";
import * as tiers from "../../../src/domain/tiers";
import { memoryBackend } from "../../../src/persistence/backend";
import { diffMaps, isEmptyDiff } from "../../../src/persistence/diff";
import { changesFor, createMapRepository } from "../../../src/persistence/mapRepository";
import { arbPeerMap } from "../arbitraries";
import { acmeMap } from "./helpers";

const ok = (result: edit.EditResult): PeerMap => {
  if (!result.ok) throw new Error(result.reason);
  return result.map;
};

describe("diffMaps", () => {
  it("finds nothing between a map and itself", () => {
    const map = acmeMap();
    expect(isEmptyDiff(diffMaps(map, map))).toBe(true);
    expect(isEmptyDiff(diffMaps(map, { ...map }))).toBe(true);
  });

  it("finds the one person an edit touched", () => {
    const map = acmeMap();
    const next = ok(edit.updatePerson(map, "grace", { title: "Rear Admiral" }));
    expect(diffMaps(map, next)).toEqual({
      header: false,
      headerFields: [],
      putPeople: [next.people[1]],
      deletePeopleIds: [],
      putRelationships: [],
      deleteRelationshipIds: [],
      deleteActionIds: [],
    });
  });

  it("reports an added person with the order change it makes", () => {
    const map = acmeMap();
    const next = ok(edit.addPerson(map, { org: "b", name: "Linus", tierId: "sales" }, "linus"));
    const diff = diffMaps(map, next);
    expect(diff.putPeople.map((p) => p.id)).toEqual(["linus"]);
    expect(diff.headerFields).toEqual(["peopleOrder"]);
  });

  it("reports a deleted person with their relationships", () => {
    const map = acmeMap();
    const diff = diffMaps(map, ok(edit.removeItems(map, ["grace"])));
    expect(diff.deletePeopleIds).toEqual(["grace"]);
    expect(diff.deleteRelationshipIds).toEqual(["ada-grace", "alan-grace"]);
    expect(diff.putPeople).toEqual([]);
    expect(diff.headerFields).toEqual(["peopleOrder", "relationshipOrder"]);
  });

  it("reports header fields by what changed", () => {
    const map = acmeMap();
    const renamed = ok(edit.renameMap(map, "New name"));
    expect(diffMaps(map, renamed).headerFields).toEqual(["name"]);
    const tiered = ok(tiers.renameTier(map, "sales", "Field sales"));
    expect(diffMaps(map, tiered).headerFields).toEqual(["tiers"]);
    const moved = ok(tiers.moveTier(map, "sales", -1));
    expect(diffMaps(map, moved)).toMatchObject({
      header: true,
      headerFields: ["tiers"],
      putPeople: [],
    });
    expect(diffMaps(map, ok(edit.setHealthyThreshold(map, 4))).headerFields).toEqual(["settings"]);
  });

  it("sees a relationship change after an undo back to older objects", () => {
    const map = acmeMap();
    const rated = ok(linkEdit.updateRelationships(map, ["ada-grace"], { strength: 1 }));
    // Undo restores the earlier map: its relationship objects differ from the saved ones.
    expect(diffMaps(rated, map).putRelationships).toEqual([map.relationships[0]]);
  });

  it("applying the changes to the stored version always gives the new one (property)", async () => {
    await fc.assert(
      fc.asyncProperty(arbPeerMap(), arbPeerMap(), fc.boolean(), async (prev, other, keepSome) => {
        // Build `next` from prev: keep some of prev's objects, take others from another map.
        const people = keepSome
          ? [...prev.people.slice(0, 3), ...other.people.slice(3)]
          : other.people;
        const present = new Set(people.map((p) => p.id));
        // Storage refuses a relationship without its people (the editor never makes one), so
        // `next` keeps only relationships whose people it has, as every real map does.
        const next: PeerMap = {
          ...other,
          id: prev.id,
          people,
          relationships: (keepSome
            ? [...other.relationships.slice(0, 2), ...prev.relationships.slice(2)]
            : other.relationships
          ).filter((r) => present.has(r.source) && present.has(r.target)),
        };
        const repo = createMapRepository(memoryBackend());
        await repo.saveMap(prev);
        const changes = changesFor(prev, next);
        if (changes) await repo.applyChanges(prev.id, changes);
        const rows = await repo.backend.readMap(prev.id);
        const byId = (list: readonly unknown[]) =>
          [...list]
            .map((row) => {
              const { mapId: _mapId, ...record } = row as { mapId?: string; id: string };
              return record;
            })
            .sort((p, q) => p.id.localeCompare(q.id));
        expect(byId(rows?.people ?? [])).toEqual(byId(next.people));
        expect(byId(rows?.relationships ?? [])).toEqual(byId(next.relationships));
        expect(rows?.header.peopleOrder).toEqual(next.people.map((p) => p.id));
      }),
      { numRuns: 60 },
    );
  });
});
