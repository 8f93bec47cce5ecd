import { describe, expect, it } from "vitest";
import { validateMap } from "../../../src/domain/validateMap";
import { dexieBackend } from "../../../src/persistence/backend";
import type { PeermapDb } from "../../../src/persistence/db";
import { createMapRepository } from "../../../src/persistence/mapRepository";
import { acmeMap, freshDb } from "./helpers";

async function stored(): Promise<{
  db: PeermapDb;
  repo: ReturnType<typeof createMapRepository>;
  id: string;
}> {
  const db = freshDb();
  const repo = createMapRepository(dexieBackend(db));
  const map = acmeMap();
  await repo.saveMap(map);
  return { db, repo, id: map.id };
}

// Damaged rows are written straight into the tables, as a bug or an old version might have.
type Row = Record<string, unknown>;
const putPerson = (db: PeermapDb, row: Row) => db.table("people").put(row);
const putRelationship = (db: PeermapDb, row: Row) => db.table("relationships").put(row);

describe("loading damaged records", () => {
  it("skips a relationship with a bad strength, naming it, and opens the rest", async () => {
    const { db, repo, id } = await stored();
    await putRelationship(db, {
      mapId: id,
      id: "alan-grace",
      source: "alan",
      target: "grace",
      strength: 9,
    });
    const loaded = await repo.loadMap(id);
    expect(loaded?.warnings).toEqual([
      'Skipped a damaged relationship (alan-grace) in "Acme x Globex".',
    ]);
    expect(loaded?.map.relationships.map((r) => r.id)).toEqual(["ada-grace"]);
    expect(loaded?.map.people).toHaveLength(3);
  });

  it("skips a half-written person and the relationships that point to them", async () => {
    const { db, repo, id } = await stored();
    await putPerson(db, { mapId: id, id: "alan", org: "a" }); // no name, no tier
    const loaded = await repo.loadMap(id);
    expect(loaded?.warnings).toEqual([
      'Skipped a damaged person (alan) in "Acme x Globex".',
      'Skipped a damaged relationship (alan-grace) in "Acme x Globex".',
    ]);
    expect(loaded?.map.people.map((p) => p.id)).toEqual(["ada", "grace"]);
    expect(loaded && validateMap(loaded.map)).toEqual([]);
  });

  it("skips a person in a tier that does not exist, and a relationship to nobody", async () => {
    const { db, repo, id } = await stored();
    await putPerson(db, { mapId: id, id: "zed", org: "b", name: "Zed", tierId: "gone" });
    await putRelationship(db, {
      mapId: id,
      id: "r-ghost",
      source: "ada",
      target: "ghost",
      strength: 3,
    });
    const loaded = await repo.loadMap(id);
    expect(loaded?.warnings).toEqual([
      'Skipped a damaged person (zed) in "Acme x Globex".',
      'Skipped a damaged relationship (r-ghost) in "Acme x Globex".',
    ]);
    expect(loaded?.map).toEqual(acmeMap());
  });

  it("keeps a person whose only damage is the canvas position, in the roster", async () => {
    const { db, repo, id } = await stored();
    await putPerson(db, { ...acmeMap().people[0], mapId: id, position: { x: "left", y: 16 } });
    const loaded = await repo.loadMap(id);
    expect(loaded?.warnings).toEqual([
      'Moved a person (ada) with a damaged canvas position to the roster in "Acme x Globex".',
    ]);
    expect(loaded?.map.people[0]).toEqual({
      id: "ada",
      org: "a",
      name: "Ada Lovelace",
      tierId: "executive-sponsor",
    });
  });

  it("resets damaged header fields instead of losing the map", async () => {
    const { db, repo, id } = await stored();
    await db.table("maps").update(id, {
      name: 42,
      settings: { healthyThreshold: 0 },
      orgs: { a: null, b: { name: "Globex", color: "#c2410c" } },
    });
    const loaded = await repo.loadMap(id);
    expect(loaded?.warnings).toEqual([
      'Reset damaged map details (name, organisations, settings) in "Untitled map".',
    ]);
    expect(loaded?.map).toMatchObject({
      name: "Untitled map",
      orgs: { a: { name: "Our company" }, b: { name: "Globex" } },
      settings: { healthyThreshold: 3 },
    });
    expect(loaded?.map.people).toHaveLength(3);
    expect(loaded && validateMap(loaded.map)).toEqual([]);
  });

  it("rebuilds a lost tier list from the people, so nobody is dropped", async () => {
    const { db, repo, id } = await stored();
    await db.table("maps").update(id, { tiers: "oops" });
    const loaded = await repo.loadMap(id);
    expect(loaded?.map.tiers.map((t) => t.id)).toEqual(["executive-sponsor", "sales"]);
    expect(loaded?.map.people).toHaveLength(3);
    expect(loaded?.map.relationships).toHaveLength(2);
    expect(loaded?.warnings).toEqual(['Reset damaged map details (tiers) in "Acme x Globex".']);
  });

  it("still lists a map whose header is damaged, so it can be opened or deleted", async () => {
    const { db, repo, id } = await stored();
    await db.table("maps").update(id, { name: "", orgs: 7, peopleCount: "many" });
    expect(await repo.listMaps()).toEqual([
      expect.objectContaining({
        id,
        name: "Untitled map",
        peopleCount: 0,
        orgs: { a: expect.any(Object), b: expect.any(Object) },
      }),
    ]);
  });
});
