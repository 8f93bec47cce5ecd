import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/domain/format/limits";
import type { PeerMap } from "../../../src/domain/model";
import type { Snapshot } from "../../../src/domain/snapshots";
import { dexieBackend, memoryBackend, type StorageBackend } from "../../../src/persistence/backend";
import { openPeermapDb, SCHEMA_VERSIONS } from "../../../src/persistence/db";
import { createMapRepository } from "../../../src/persistence/mapRepository";
import { toMapRow, toPersonRow, toRelationshipRow } from "../../../src/persistence/rows";
import { SnapshotLimitError } from "../../../src/persistence/snapshotStore";
import { acmeMap, dbName, fakeIdb, freshDb } from "./helpers";

const snapshotOf = (map: PeerMap, id: string, label = "Kick-off"): Snapshot => ({
  id,
  mapId: map.id,
  label,
  date: "2026-03-12",
  takenAt: "2026-03-12T10:00:00.000Z",
  map,
});

describe("schema version 2: snapshots", () => {
  it("upgrades a database written at version 1 with every map intact and snapshots usable", async () => {
    const name = dbName();
    const factory = new IDBFactory();
    const before = SCHEMA_VERSIONS.filter((step) => step.version === 1);
    const v1 = openPeermapDb(name, { ...fakeIdb(factory), versions: before });
    const map = acmeMap();
    // Written the way version 1 stores a map (this code's backend needs version 2's tables).
    await v1.transaction("rw", ["maps", "people", "relationships"], async () => {
      await v1.table("maps").put(toMapRow(map));
      await v1.table("people").bulkPut(map.people.map((p) => toPersonRow(map.id, p)));
      await v1
        .table("relationships")
        .bulkPut(map.relationships.map((r) => toRelationshipRow(map.id, r)));
    });
    expect(v1.verno).toBe(1);
    v1.close();

    const v2 = openPeermapDb(name, fakeIdb(factory));
    await v2.open();
    expect(v2.verno).toBe(2);
    const backend = dexieBackend(v2);
    const loaded = await createMapRepository(backend).loadMap(map.id);
    expect(loaded?.warnings).toEqual([]);
    expect(loaded?.map).toEqual(map);

    await backend.snapshots.add(snapshotOf(map, "s1"));
    expect(await backend.snapshots.get("s1")).toEqual(snapshotOf(map, "s1"));
    expect(await backend.snapshots.list(map.id)).toEqual([
      expect.objectContaining({ id: "s1", label: "Kick-off", people: 3, links: 2 }),
    ]);
    v2.close();
  });
});

const backends: [string, () => StorageBackend][] = [
  ["IndexedDB", () => dexieBackend(freshDb())],
  ["memory", () => memoryBackend()],
];

describe.each(backends)("snapshots in %s", (_, makeBackend) => {
  it("renames, deletes and puts back a snapshot", async () => {
    const backend = makeBackend();
    const map = acmeMap();
    await backend.snapshots.add(snapshotOf(map, "s1"));
    expect(await backend.snapshots.rename("s1", "QBR Q3 2026")).toBe(true);
    expect((await backend.snapshots.get("s1"))?.label).toBe("QBR Q3 2026");
    const row = await backend.snapshots.remove("s1");
    expect(await backend.snapshots.list(map.id)).toEqual([]);
    await backend.snapshots.restore(row);
    expect((await backend.snapshots.get("s1"))?.label).toBe("QBR Q3 2026");
  });

  it("deletes a map's snapshots with the map, and Undo brings them back", async () => {
    const backend = makeBackend();
    const repository = createMapRepository(backend);
    const map = acmeMap();
    await repository.saveMap(map);
    await backend.snapshots.add(snapshotOf(map, "s1"));
    await backend.snapshots.add({ ...snapshotOf(map, "other"), mapId: "another-map" });
    const deleted = await repository.deleteMap(map.id);
    expect(await backend.snapshots.list(map.id)).toEqual([]);
    expect(await backend.snapshots.list("another-map")).toHaveLength(1);
    if (!deleted) throw new Error("the map was not deleted");
    await repository.restoreMap(deleted);
    expect((await backend.snapshots.list(map.id)).map((s) => s.id)).toEqual(["s1"]);
  });

  it(`refuses snapshot ${LIMITS.maxSnapshotsPerMap + 1} of a map with a message`, async () => {
    const backend = makeBackend();
    const map = acmeMap();
    for (let i = 0; i < LIMITS.maxSnapshotsPerMap; i++) {
      await backend.snapshots.add(snapshotOf(map, `s${i}`));
    }
    const refused = backend.snapshots.add(snapshotOf(map, "one-too-many"));
    await expect(refused).rejects.toBeInstanceOf(SnapshotLimitError);
    await expect(refused).rejects.toThrow(/Delete an old one in History/);
    expect(await backend.snapshots.list(map.id)).toHaveLength(LIMITS.maxSnapshotsPerMap);
  });
});
