import { describe, expect, it } from "vitest";
import * as edit from "../../../src/domain/edits";
import * as linkEdit from "../../../src/domain/linkEdits";
import type { PeerMap } from "../../../src/domain/model";
import { validateMap } from "../../../src/domain/validateMap";
import { dexieBackend, memoryBackend, type StorageBackend } from "../../../src/persistence/backend";
import {
  changesFor,
  createMapRepository,
  type MapRepository,
} from "../../../src/persistence/mapRepository";
import { applied } from "../builders";
import { acmeMap, freshDb, logWrites } from "./helpers";

const later = (map: PeerMap, minutes: number): PeerMap => ({
  ...map,
  updatedAt: new Date(Date.parse(map.updatedAt) + minutes * 60_000).toISOString(),
});

const backends: [string, () => { backend: StorageBackend; db?: ReturnType<typeof freshDb> }][] = [
  [
    "IndexedDB",
    () => {
      const db = freshDb();
      return { backend: dexieBackend(db), db };
    },
  ],
  ["memory", () => ({ backend: memoryBackend() })],
];

describe.each(backends)("map repository on %s", (_name, make) => {
  const setUp = (): MapRepository => createMapRepository(make().backend);

  it("round-trips a map exactly, order included", async () => {
    const repo = setUp();
    const map = acmeMap();
    await repo.saveMap(map);
    expect(await repo.loadMap(map.id)).toEqual({ map, warnings: [] });
  });

  it("keeps the roster order, which is not the id order", async () => {
    const repo = setUp();
    const base = acmeMap();
    const map = { ...base, people: [...base.people].reverse() };
    await repo.saveMap(map);
    expect((await repo.loadMap(map.id))?.map.people.map((p) => p.id)).toEqual([
      "alan",
      "grace",
      "ada",
    ]);
  });

  it("says undefined for a map that is not there", async () => {
    expect(await setUp().loadMap("nope")).toBeUndefined();
  });

  it("lists summaries, most recently changed first", async () => {
    const repo = setUp();
    // Coverage is measured only once both sides have someone on the board: place everyone.
    const onBoard = (map: PeerMap): PeerMap => ({
      ...map,
      people: map.people.map((p) => ({ ...p, position: p.position ?? { x: 16, y: 16 } })),
    });
    const old = { ...onBoard(acmeMap()), id: "old", name: "Old" };
    const fresh = later({ ...onBoard(acmeMap()), id: "new", name: "New", relationships: [] }, 5);
    const planned = later({ ...acmeMap(), id: "planned", name: "Planned" }, 1);
    await repo.saveMap(old);
    await repo.saveMap(fresh);
    await repo.saveMap(planned);
    const list = await repo.listMaps();
    expect(list.map((s) => s.id)).toEqual(["new", "planned", "old"]);
    expect(list[2]).toMatchObject({
      name: "Old",
      orgs: { a: { name: "Acme" }, b: { name: "Globex" } },
      peopleCount: 3,
      relationshipCount: 2,
      // The top tier has a healthy link; Sales has nobody at Globex: 1 of 2 staffed tiers.
      coverage: 50,
    });
    // Without relationships neither tier is covered.
    expect(list[0]).toMatchObject({ relationshipCount: 0, coverage: 0 });
    // Only Ada is on the board (Grace waits in the roster): nothing measured, never 100.
    expect(list[1]).toMatchObject({ name: "Planned", coverage: null });
  });

  it("applies a batch of changes", async () => {
    const repo = setUp();
    const map = acmeMap();
    await repo.saveMap(map);
    let next = applied(edit.removeItems(map, ["alan"]));
    const added = edit.addPerson(next, { org: "b", name: "Linus", tierId: "sales" }, "linus");
    if (!added.ok) throw new Error(added.reason);
    next = later(
      applied(linkEdit.updateRelationships(added.map, ["ada-grace"], { strength: 5 })),
      1,
    );
    const changes = changesFor(map, next);
    if (!changes) throw new Error("expected changes");
    await repo.applyChanges(map.id, changes);
    expect((await repo.loadMap(map.id))?.map).toEqual(next);
  });

  it("refuses changes for a map that is gone, so a half map is never written", async () => {
    const repo = setUp();
    const map = acmeMap();
    const changes = changesFor(map, later(map, 1));
    if (!changes) throw new Error("expected changes");
    await expect(repo.applyChanges(map.id, changes)).rejects.toThrow(/no longer in storage/);
    expect(await repo.listMaps()).toEqual([]);
  });

  it("deletes a map with its records, and restores it exactly", async () => {
    const repo = setUp();
    const map = acmeMap();
    const other = { ...acmeMap(), id: "other" };
    await repo.saveMap(map);
    await repo.saveMap(other);
    const snapshot = await repo.deleteMap(map.id);
    expect(await repo.loadMap(map.id)).toBeUndefined();
    expect((await repo.listMaps()).map((s) => s.id)).toEqual(["other"]);
    expect(snapshot).toBeDefined();
    if (snapshot) await repo.restoreMap(snapshot);
    expect((await repo.loadMap(map.id))?.map).toEqual(map);
    expect((await repo.loadMap("other"))?.map).toEqual(other);
  });

  it("duplicates with new ids everywhere and every reference remapped", async () => {
    const repo = setUp();
    const map = acmeMap();
    await repo.saveMap(map);
    const id = await repo.duplicateMap(map.id, "Copy", "2024-06-01T00:00:00.000Z");
    const copy = id ? (await repo.loadMap(id))?.map : undefined;
    if (!copy) throw new Error("no copy");
    expect(copy.id).not.toBe(map.id);
    expect(copy.name).toBe("Copy");
    expect(copy.createdAt).toBe("2024-06-01T00:00:00.000Z");
    expect(validateMap(copy)).toEqual([]);
    const oldIds = new Set([...map.tiers, ...map.people, ...map.relationships].map((x) => x.id));
    for (const x of [...copy.tiers, ...copy.people, ...copy.relationships])
      expect(oldIds.has(x.id)).toBe(false);
    // Same shape: names, tiers and links line up one for one.
    const byId = new Map(copy.people.map((p) => [p.id, p]));
    expect(copy.people.map((p) => p.name)).toEqual(map.people.map((p) => p.name));
    expect(
      copy.relationships.map((r) => [
        byId.get(r.source)?.name,
        byId.get(r.target)?.name,
        r.strength,
      ]),
    ).toEqual([
      ["Ada Lovelace", "Grace Hopper", 4],
      ["Alan Turing", "Grace Hopper", 2],
    ]);
    expect(copy.people.map((p) => copy.tiers.findIndex((t) => t.id === p.tierId))).toEqual([
      0, 0, 1,
    ]);
    expect((await repo.loadMap(map.id))?.map).toEqual(map);
  });

  it("renames", async () => {
    const repo = setUp();
    const map = acmeMap();
    await repo.saveMap(map);
    expect(await repo.renameMap(map.id, "  Renamed ", "2024-06-01T00:00:00.000Z")).toBe(true);
    expect(await repo.renameMap(map.id, "  ")).toBe(false);
    expect(await repo.renameMap("nope", "X")).toBe(false);
    expect((await repo.loadMap(map.id))?.map).toMatchObject({
      name: "Renamed",
      updatedAt: "2024-06-01T00:00:00.000Z",
    });
  });
});

describe("applyChanges on IndexedDB", () => {
  it("writes only the records that changed, plus the header, in one transaction", async () => {
    const db = freshDb();
    const log = logWrites(db); // Before the database opens: Dexie builds its stack then.
    const repo = createMapRepository(dexieBackend(db));
    const map = acmeMap();
    await repo.saveMap(map);
    log.clear();
    const moved = edit.placePerson(map, "grace", "executive-sponsor", { x: 232, y: 16 });
    if (!moved.ok) throw new Error(moved.reason);
    const next = applied(edit.removeItems(later(moved.map, 1), [], ["alan-grace"]));
    const changes = changesFor(map, next);
    if (!changes) throw new Error("expected changes");
    await repo.applyChanges(map.id, changes);
    expect(log.entries.sort()).toEqual([
      `maps put ${map.id}`,
      "people put grace",
      `relationships delete ${JSON.stringify([map.id, "alan-grace"])}`,
    ]);
  });
});
