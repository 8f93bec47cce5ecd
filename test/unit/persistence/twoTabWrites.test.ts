/**
 * What storage does when two tabs write the same map from their own copies: header fields are
 * merged per field, relationships stay whole (no relationship is stored without its people),
 * and a whole-map write (a replace) is one transaction that a failure leaves undone.
 */
import { describe, expect, it } from "vitest";
import { addAction, removeActions } from "../../../src/domain/actions";
import * as edit from "../../../src/domain/edits";
import * as linkEdit from "../../../src/domain/linkEdits";
import type { PeerMap } from "../../../src/domain/model";
import * as tiers from "../../../src/domain/tiers";
import { dexieBackend, memoryBackend, type StorageBackend } from "../../../src/persistence/backend";
import { changesFor, createMapRepository } from "../../../src/persistence/mapRepository";
import { acmeMap, freshDb } from "./helpers";

const later = (map: PeerMap, minutes: number): PeerMap => ({
  ...map,
  updatedAt: new Date(Date.parse(map.updatedAt) + minutes * 60_000).toISOString(),
});
const ok = (result: edit.EditResult): PeerMap => {
  if (!result.ok) throw new Error(result.reason);
  return result.map;
};

const backends: [string, () => StorageBackend][] = [
  ["IndexedDB", () => dexieBackend(freshDb())],
  ["memory", () => memoryBackend()],
];

describe.each(backends)("two tabs writing one map on %s", (_name, make) => {
  /** A stored map and two tabs' copies of it; `save(tab, next)` writes that tab's changes. */
  async function twoTabs() {
    const repo = createMapRepository(make());
    const stored = acmeMap();
    await repo.saveMap(stored);
    const base = { a: stored, b: stored };
    const save = async (tab: "a" | "b", next: PeerMap) => {
      const changes = changesFor(base[tab], next);
      if (!changes) throw new Error("expected changes");
      const result = await repo.applyChanges(stored.id, changes);
      base[tab] = next;
      return result;
    };
    const load = async () => (await repo.loadMap(stored.id))?.map as PeerMap;
    return { repo, stored, save, load };
  }

  it("keeps a map rename from one tab and a tier rename from the other", async () => {
    const { stored, save, load } = await twoTabs();
    await save("a", later(ok(edit.renameMap(stored, "Renamed in A")), 1));
    await save("b", later(ok(tiers.renameTier(stored, "sales", "Field sales")), 2));
    const map = await load();
    expect(map.name).toBe("Renamed in A");
    expect(map.tiers.map((t) => t.name)).toEqual(["Executive sponsor", "Field sales"]);
  });

  it("keeps a tier rename from one tab and a rating from the other, whichever saves last", async () => {
    const { stored, save, load } = await twoTabs();
    await save("b", later(ok(tiers.renameTier(stored, "sales", "Field sales")), 1));
    await save(
      "a",
      later(ok(linkEdit.updateRelationships(stored, ["ada-grace"], { strength: 1 })), 2),
    );
    const map = await load();
    expect(map.tiers.map((t) => t.name)).toEqual(["Executive sponsor", "Field sales"]);
    expect(map.relationships.find((r) => r.id === "ada-grace")?.strength).toBe(1);
    expect(map.updatedAt).toBe(later(stored, 2).updatedAt);
  });

  it("keeps a map rename from one tab and a rating from the other", async () => {
    const { stored, save, load } = await twoTabs();
    await save("a", later(ok(edit.renameMap(stored, "Renamed in A")), 2));
    // B's edit is older than A's: the newest time stays.
    await save(
      "b",
      later(ok(linkEdit.updateRelationships(stored, ["alan-grace"], { strength: 5 })), 1),
    );
    const map = await load();
    expect(map.name).toBe("Renamed in A");
    expect(map.relationships.find((r) => r.id === "alan-grace")?.strength).toBe(5);
    expect(map.updatedAt).toBe(later(stored, 2).updatedAt);
  });

  it("keeps actions added in both tabs, and a removal only of what that tab removed", async () => {
    const { stored, save, load } = await twoTabs();
    const about = { kind: "gap", id: "missing-counterpart:sales" } as const;
    const withA = ok(addAction(stored, { text: "Call Grace", about }, stored.updatedAt, "a1"));
    await save("a", later(withA, 1));
    const withB = ok(addAction(stored, { text: "Book a dinner", about }, stored.updatedAt, "b1"));
    await save("b", later(withB, 2));
    expect((await load()).actions.map((a) => a.id)).toEqual(["b1", "a1"]);
    // Tab A removes its own action: B's stays.
    await save("a", later(ok(removeActions(withA, ["a1"])), 3));
    expect((await load()).actions.map((a) => a.id)).toEqual(["b1"]);
  });

  it("keeps people added in both tabs in the stored order and counts", async () => {
    const { repo, stored, save, load } = await twoTabs();
    const addA = ok(edit.addPerson(stored, { org: "a", name: "Linus", tierId: "sales" }, "linus"));
    const addB = ok(edit.addPerson(stored, { org: "b", name: "Ken", tierId: "sales" }, "ken"));
    await save("a", later(addA, 1));
    await save("b", later(addB, 2));
    expect((await load()).people.map((p) => p.id)).toEqual([
      "ada",
      "grace",
      "alan",
      "ken",
      "linus",
    ]);
    expect((await repo.listMaps())[0]).toMatchObject({ peopleCount: 5, relationshipCount: 2 });
  });

  it("does not store a rating of a relationship whose person another tab deleted", async () => {
    const { repo, stored, save, load } = await twoTabs();
    // A deletes Alan (and with him his relationship); B, not told yet, rates that relationship.
    expect(await save("a", later(ok(edit.removeItems(stored, ["alan"])), 1))).toEqual({
      droppedRelationships: [],
      deletedRelationships: [],
    });
    const rated = ok(linkEdit.updateRelationships(stored, ["alan-grace"], { strength: 5 }));
    expect(await save("b", later(rated, 2))).toEqual({
      droppedRelationships: ["alan-grace"],
      deletedRelationships: [],
    });
    const rows = await repo.backend.readMap(stored.id);
    expect(rows?.relationships.map((r) => (r as { id: string }).id)).toEqual(["ada-grace"]);
    expect(await repo.loadMap(stored.id)).toMatchObject({ warnings: [] });
    expect((await load()).people.map((p) => p.id)).toEqual(["ada", "grace"]);
    expect((await repo.listMaps())[0]).toMatchObject({ peopleCount: 2, relationshipCount: 1 });
  });

  it("deletes, with a person, the relationships another tab gave them", async () => {
    const { repo, stored, save } = await twoTabs();
    // B links Alan to Ada; A, not told yet, deletes Alan.
    await save("b", later(ok(linkEdit.connect(stored, "alan", "ada", 3, "alan-ada")), 1));
    expect(await save("a", later(ok(edit.removeItems(stored, ["alan"])), 2))).toEqual({
      droppedRelationships: [],
      deletedRelationships: ["alan-ada"],
    });
    const loaded = await repo.loadMap(stored.id);
    expect(loaded?.warnings).toEqual([]);
    expect(loaded?.map.relationships.map((r) => r.id)).toEqual(["ada-grace"]);
    expect((await repo.listMaps())[0]).toMatchObject({ peopleCount: 2, relationshipCount: 1 });
  });
});

describe("replacing a stored map when storage is full", () => {
  it("leaves the old map exactly as it was", async () => {
    const db = freshDb();
    let full = false;
    // Registered before the database opens (Dexie builds its stack then); full from `full` on.
    db.use({
      stack: "dbcore",
      name: "full",
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req) =>
              full && req.type === "put"
                ? Promise.reject(Object.assign(new Error("full"), { name: "QuotaExceededError" }))
                : table.mutate(req),
          };
        },
      }),
    });
    const repo = createMapRepository(dexieBackend(db));
    const old = acmeMap();
    await repo.saveMap(old);
    const before = await repo.backend.readMap(old.id);
    // The write's first put fails, after its deletes were issued.
    full = true;
    const backup = { ...acmeMap(), name: "Backup", relationships: [] };
    await expect(repo.saveMap(backup)).rejects.toMatchObject({ name: "QuotaExceededError" });
    expect(await repo.backend.readMap(old.id)).toEqual(before);
  });
});
