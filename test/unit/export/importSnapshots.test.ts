import { describe, expect, it } from "vitest";
import type { PeerMap } from "../../../src/domain/model";
import type { Snapshot } from "../../../src/domain/snapshots";
import { validateMap } from "../../../src/domain/validateMap";
import { storeImportedMap } from "../../../src/export/importMap";
import { acmeGlobex, acmeKickOff } from "../format/fixtures";

/** A stored map plus snapshots, as the storage functions would see them. */
function fakeStorage() {
  const maps: PeerMap[] = [];
  const snapshots: Snapshot[] = [];
  return {
    maps,
    snapshots,
    storage: {
      importStoredMap: async (map: PeerMap) => {
        maps.push(map);
        return map.id;
      },
      replaceStoredMap: async (map: PeerMap) => {
        maps.push(map);
        return map.id;
      },
      importSnapshots: async (list: readonly Snapshot[]) => {
        snapshots.push(...list);
      },
    },
  };
}

describe("importing a map with its snapshots", () => {
  it("a new map keeps its ids, and its snapshots are stored for it", async () => {
    const { storage, maps, snapshots } = fakeStorage();
    const id = await storeImportedMap(acmeGlobex, false, "copy", storage, [acmeKickOff]);
    expect(id).toBe(acmeGlobex.id);
    expect(maps).toEqual([acmeGlobex]);
    expect(snapshots).toEqual([acmeKickOff]);
  });

  it("a copy moves the map, its actions and its snapshots to new ids consistently", async () => {
    const { storage, maps, snapshots } = fakeStorage();
    const id = await storeImportedMap(acmeGlobex, true, "copy", storage, [acmeKickOff]);
    const [copy] = maps;
    const [snapshot] = snapshots;
    if (!copy || !snapshot) throw new Error("nothing stored");
    expect(id).toBe(copy.id);
    expect(id).not.toBe(acmeGlobex.id);
    expect(validateMap(copy)).toEqual([]);
    expect(snapshot.id).not.toBe(acmeKickOff.id);
    expect(snapshot.mapId).toBe(copy.id);
    expect(snapshot.map.id).toBe(copy.id);
    // The same person has the same new id in the map and in the snapshot.
    const idOf = (map: PeerMap, name: string) => map.people.find((p) => p.name === name)?.id;
    for (const person of acmeKickOff.map.people) {
      expect(idOf(snapshot.map, person.name)).toBe(idOf(copy, person.name));
      expect(idOf(copy, person.name)).not.toBe(person.id);
    }
    const linkIds = new Set(copy.relationships.map((r) => r.id));
    expect(snapshot.map.relationships.every((r) => linkIds.has(r.id))).toBe(true);
    // Actions follow: about the copied link, owned by the copied Priya.
    const open = copy.actions.find((a) => a.status === "open");
    const marco = idOf(copy, "Marco Álvarez");
    const link = copy.relationships.find((r) => r.source === marco);
    expect(open?.about).toEqual({ kind: "relationship", id: link?.id });
    expect(open?.ownerId).toBe(idOf(copy, "Priya Nair"));
    const tech = copy.tiers.find((t) => t.name === "Technical / delivery")?.id;
    expect(copy.actions.find((a) => a.status === "done")?.about.id).toBe(
      `missing-peer-link:${tech}`,
    );
  });

  it("replacing keeps the map's ids, and the file's snapshots are added", async () => {
    const { storage, maps, snapshots } = fakeStorage();
    await storeImportedMap(acmeGlobex, true, "replace", storage, [acmeKickOff]);
    expect(maps).toEqual([acmeGlobex]);
    expect(snapshots).toEqual([acmeKickOff]);
  });
});
