import { describe, expect, it } from "vitest";
import type { Action, PeerMap } from "../../../src/domain/model";
import { dexieBackend } from "../../../src/persistence/backend";
import { createMapRepository } from "../../../src/persistence/mapRepository";
import { acmeMap, freshDb } from "./helpers";

const action = (id: string, extra: Partial<Action> = {}): Action => ({
  id,
  text: `Action ${id}`,
  about: { kind: "relationship", id: "alan-grace" },
  status: "open",
  createdAt: "2026-01-02T03:04:05.000Z",
  ...extra,
});

/** Acme x Globex with a target, a planned link and two actions. */
function withTargetsAndActions(): PeerMap {
  const map = acmeMap();
  const [first, second] = map.relationships;
  if (!first || !second) throw new Error("acmeMap has two links");
  return {
    ...map,
    relationships: [
      { ...first, targetStrength: 5 },
      { ...second, targetStrength: 4, planned: true },
    ],
    actions: [
      action("a1", { owner: "Ada", ownerId: "ada", due: "2026-02-01" }),
      action("a2", { status: "done", doneAt: "2026-01-05T00:00:00.000Z" }),
    ],
  };
}

async function stored(map: PeerMap) {
  const db = freshDb();
  const repo = createMapRepository(dexieBackend(db));
  await repo.saveMap(map);
  return { db, repo };
}

describe("actions and targets in storage", () => {
  it("a map with actions, targets and a planned link saves and reloads exactly", async () => {
    const map = withTargetsAndActions();
    const { repo } = await stored(map);
    const loaded = await repo.loadMap(map.id);
    expect(loaded?.warnings).toEqual([]);
    expect(loaded?.map).toEqual(map);
  });

  it("a header saved before actions existed loads with none, and no warning", async () => {
    const map = acmeMap();
    const { db, repo } = await stored(map);
    const row = await db.maps.get(map.id);
    if (!row) throw new Error("not stored");
    const { actions: _, ...old } = row;
    await db.table("maps").put(old);
    const loaded = await repo.loadMap(map.id);
    expect(loaded?.warnings).toEqual([]);
    expect(loaded?.map.actions).toEqual([]);
    expect(loaded?.map.people).toHaveLength(3);
  });

  it("a damaged action is dropped with a warning and the rest are kept", async () => {
    const map = withTargetsAndActions();
    const { db, repo } = await stored(map);
    const row = await db.maps.get(map.id);
    if (!row) throw new Error("not stored");
    const damaged = { ...action("a3"), status: "someday" };
    await db.table("maps").put({ ...row, actions: [...row.actions, damaged] });
    const loaded = await repo.loadMap(map.id);
    expect(loaded?.warnings.length).toBe(1);
    expect(loaded?.warnings[0]).toMatch(/action/i);
    expect(loaded?.map.actions.map((a) => a.id)).toEqual(["a1", "a2"]);
    expect(loaded?.map.relationships).toEqual(map.relationships);
  });
});
