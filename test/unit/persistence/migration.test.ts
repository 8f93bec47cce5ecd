import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { dexieBackend } from "../../../src/persistence/backend";
import { openPeermapDb, SCHEMA_VERSIONS, type SchemaVersion } from "../../../src/persistence/db";
import { createMapRepository } from "../../../src/persistence/mapRepository";
import { acmeMap, dbName, fakeIdb } from "./helpers";

/** A test-only version 3: people get an `initials` field, and a new index on it. */
const VERSION_3: SchemaVersion = {
  version: 3,
  stores: { people: "[mapId+id], mapId, initials" },
  upgrade: (tx) =>
    tx
      .table("people")
      .toCollection()
      .modify((person: { name: string; initials?: string }) => {
        person.initials = person.name
          .split(/\s+/)
          .map((word) => word[0])
          .join("");
      }),
};

describe("schema versions", () => {
  it("declares version 1 as the first explicit step, then 2 (snapshots)", () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual([1, 2]);
  });

  it("migrates data written at the current version when a version 3 with an upgrade opens it", async () => {
    const name = dbName();
    const factory = new IDBFactory();
    const v2 = openPeermapDb(name, fakeIdb(factory));
    const map = acmeMap();
    await createMapRepository(dexieBackend(v2)).saveMap(map);
    expect(v2.verno).toBe(2);
    v2.close();

    const v3 = openPeermapDb(name, {
      ...fakeIdb(factory),
      versions: [...SCHEMA_VERSIONS, VERSION_3],
    });
    await v3.open();
    expect(v3.verno).toBe(3);
    const people = await v3.table("people").where("initials").equals("AT").toArray();
    expect(people.map((p: { id: string }) => p.id)).toEqual(["alan"]);
    expect(await v3.table("people").get([map.id, "ada"])).toMatchObject({ initials: "AL" });
    // Everything else is untouched and the map still loads (unknown fields are ignored).
    const loaded = await createMapRepository(dexieBackend(v3)).loadMap(map.id);
    expect(loaded?.warnings).toEqual([]);
    expect(loaded?.map.people.map((p) => p.name)).toEqual(map.people.map((p) => p.name));
    v3.close();
  });
});
