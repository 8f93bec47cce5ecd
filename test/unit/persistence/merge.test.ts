import { describe, expect, it } from "vitest";
import * as edit from "../../../src/domain/edits";
import * as linkEdit from "../../../src/domain/linkEdits";
import type { PeerMap, Person, Relationship } from "../../../src/domain/model";
import { diffMaps } from "../../../src/persistence/diff";
import {
  mergeExternal,
  NO_PENDING,
  type PendingIds,
  pendingIdsOf,
} from "../../../src/persistence/merge";
import { parseRemoteRecords, type RemoteRecords } from "../../../src/persistence/remoteRecords";
import { toMapRow } from "../../../src/persistence/rows";
import { acmeMap } from "./helpers";

const ok = (result: edit.EditResult): PeerMap => {
  if (!result.ok) throw new Error(result.reason);
  return result.map;
};

/** What the other tab's save of `theirs` looks like when read back, for these ids. */
function remoteOf(theirs: PeerMap, people: string[], relationships: string[] = []): RemoteRecords {
  const row = toMapRow(theirs);
  const find = <T extends { id: string }>(list: T[], id: string) => {
    const found = list.find((x) => x.id === id);
    return found ? { ...found, mapId: theirs.id } : undefined;
  };
  return parseRemoteRecords(
    {
      header: row,
      people: people.map((id) => find(theirs.people, id)),
      relationships: relationships.map((id) => find(theirs.relationships, id)),
    },
    people,
    relationships,
  );
}

const pending = (base: PeerMap, mine: PeerMap): PendingIds => pendingIdsOf(diffMaps(base, mine));
const person = (map: PeerMap, id: string): Person | undefined =>
  map.people.find((p) => p.id === id);
const link = (map: PeerMap, id: string): Relationship | undefined =>
  map.relationships.find((r) => r.id === id);

describe("mergeExternal", () => {
  const base = acmeMap();

  it("takes the other tab's version of a record this tab has not touched", () => {
    const theirs = ok(edit.updatePerson(base, "grace", { title: "Admiral" }));
    const merged = mergeExternal(base, remoteOf(theirs, ["grace"]), NO_PENDING);
    expect(person(merged, "grace")?.title).toBe("Admiral");
    expect(merged.people[0]).toBe(base.people[0]); // untouched objects keep their identity
  });

  it("deletes what the other tab deleted", () => {
    const theirs = ok(edit.removeItems(base, ["alan"]));
    const merged = mergeExternal(base, remoteOf(theirs, ["alan"], ["alan-grace"]), NO_PENDING);
    expect(merged.people.map((p) => p.id)).toEqual(["ada", "grace"]);
    expect(merged.relationships.map((r) => r.id)).toEqual(["ada-grace"]);
  });

  it("keeps this tab's pending change to the same record: it wins and is saved after", () => {
    const mine = ok(edit.updatePerson(base, "grace", { title: "Mine" }));
    const theirs = ok(edit.updatePerson(base, "grace", { title: "Theirs" }));
    const merged = mergeExternal(mine, remoteOf(theirs, ["grace"]), pending(base, mine));
    expect(person(merged, "grace")?.title).toBe("Mine");
  });

  it("keeps concurrent edits to different people and relationships from both tabs", () => {
    const mine = ok(
      linkEdit.updateRelationships(
        ok(edit.updatePerson(base, "ada", { title: "Countess" })),
        ["alan-grace"],
        {
          strength: 5,
        },
      ),
    );
    const theirs = ok(
      linkEdit.updateRelationships(
        ok(edit.updatePerson(base, "grace", { title: "Admiral" })),
        ["ada-grace"],
        {
          notes: "Dinner in May",
        },
      ),
    );
    const merged = mergeExternal(
      mine,
      remoteOf(theirs, ["grace"], ["ada-grace"]),
      pending(base, mine),
    );
    expect(person(merged, "ada")?.title).toBe("Countess");
    expect(person(merged, "grace")?.title).toBe("Admiral");
    expect(link(merged, "alan-grace")?.strength).toBe(5);
    expect(link(merged, "ada-grace")?.notes).toBe("Dinner in May");
  });

  it("follows the other tab's order and puts this tab's additions after", () => {
    const mine = ok(edit.addPerson(base, { org: "a", name: "Mine", tierId: "sales" }, "mine"));
    const theirs = ok(
      edit.addPerson(base, { org: "b", name: "Theirs", tierId: "sales" }, "theirs"),
    );
    const merged = mergeExternal(mine, remoteOf(theirs, ["theirs"]), pending(base, mine));
    expect(merged.people.map((p) => p.id)).toEqual(["ada", "grace", "alan", "theirs", "mine"]);
  });

  it("merges the header field by field", () => {
    const mine = ok(edit.setHealthyThreshold(base, 4));
    const theirs = {
      ...ok(edit.renameMap(base, "Renamed there")),
      updatedAt: "2030-01-01T00:00:00.000Z",
    };
    const merged = mergeExternal(mine, remoteOf(theirs, []), pending(base, mine));
    expect(merged.name).toBe("Renamed there");
    expect(merged.settings.healthyThreshold).toBe(4);
    expect(merged.updatedAt).toBe("2030-01-01T00:00:00.000Z");
    const mineRenamed = ok(edit.renameMap(base, "Renamed here"));
    expect(mergeExternal(mineRenamed, remoteOf(theirs, []), pending(base, mineRenamed)).name).toBe(
      "Renamed here",
    );
  });

  it("brings back a person the other tab deleted while this tab was editing a link to them", () => {
    const mine = ok(linkEdit.updateRelationships(base, ["alan-grace"], { strength: 5 }));
    const theirs = ok(edit.removeItems(base, ["alan"]));
    const merged = mergeExternal(
      mine,
      remoteOf(theirs, ["alan"], ["alan-grace"]),
      pending(base, mine),
    );
    expect(link(merged, "alan-grace")?.strength).toBe(5);
    expect(person(merged, "alan")).toEqual(person(base, "alan"));
  });

  it("brings back a tier the other tab deleted while someone here is still in it", () => {
    const mine = ok(edit.addPerson(base, { org: "b", name: "Linus", tierId: "sales" }, "linus"));
    // They delete Sales, moving Alan to the top tier.
    const moved = ok(edit.updatePerson(base, "alan", { tierId: "executive-sponsor" }));
    const theirs = { ...moved, tiers: moved.tiers.filter((t) => t.id !== "sales") };
    const merged = mergeExternal(mine, remoteOf(theirs, ["alan"]), pending(base, mine));
    expect(person(merged, "alan")?.tierId).toBe("executive-sponsor");
    expect(merged.tiers.map((t) => t.id)).toEqual(["executive-sponsor", "sales"]);
  });

  it("ignores a damaged record from storage and keeps the local one", () => {
    const remote = parseRemoteRecords(
      {
        header: toMapRow(base),
        people: [{ mapId: base.id, id: "grace", org: "b" }],
        relationships: [],
      },
      ["grace"],
      [],
    );
    expect(remote.people.size).toBe(0);
    expect(mergeExternal(base, remote, NO_PENDING).people).toBe(base.people);
  });

  it("changes nothing (same arrays) when the stored records equal the local ones", () => {
    const merged = mergeExternal(base, remoteOf(base, ["ada", "grace"], ["ada-grace"]), NO_PENDING);
    expect(merged.people).toBe(base.people);
    expect(merged.relationships).toBe(base.relationships);
    expect(merged.tiers).toBe(base.tiers);
  });

  it("reports a map deleted in the other tab", () => {
    expect(
      parseRemoteRecords({ header: undefined, people: [], relationships: [] }, [], []).mapGone,
    ).toBe(true);
  });
});
