import { describe, expect, it } from "vitest";
import type { PeerMap } from "../../../src/domain/model";
import {
  importedCopy,
  type MapImportStorage,
  storeImportedMap,
} from "../../../src/export/importMap";
import { loadFixture } from "../fixtures";

/** A fake storage: maps by id, and a log of what was called. */
function fakeStorage(initial: PeerMap[], failImport = false) {
  const maps = new Map(initial.map((m) => [m.id, m]));
  const log: string[] = [];
  const storage: MapImportStorage = {
    importStoredMap: async (map) => {
      log.push(`import ${map.id}`);
      if (failImport) throw new Error("disk full");
      maps.set(map.id, map);
      return map.id;
    },
    // One step, as storage does it: a failure leaves the stored map as it was.
    replaceStoredMap: async (map) => {
      log.push(`replace ${map.id}`);
      if (failImport) throw new Error("disk full");
      maps.set(map.id, map);
      return map.id;
    },
  };
  return { maps, log, storage };
}

describe("storeImportedMap", () => {
  const map = loadFixture("small-workshop");
  const edited = { ...map, name: "Edited" };

  it("stores a map whose id is free as it is", async () => {
    const { maps, storage } = fakeStorage([]);
    expect(await storeImportedMap(map, false, "copy", storage)).toBe(map.id);
    expect(maps.get(map.id)).toBe(map);
  });

  it("stores a copy beside the existing map", async () => {
    const { maps, storage } = fakeStorage([edited]);
    const id = await storeImportedMap(map, true, "copy", storage);
    expect(id).not.toBe(map.id);
    expect(maps.get(map.id)).toBe(edited);
    expect(maps.get(id)?.name).toBe("Acme Software x Globex Cloud (copy)");
    expect(maps.get(id)?.people).toHaveLength(map.people.length);
  });

  it("replaces the existing map", async () => {
    const { maps, log, storage } = fakeStorage([edited]);
    expect(await storeImportedMap(map, true, "replace", storage)).toBe(map.id);
    expect(maps.get(map.id)).toBe(map);
    expect(log).toEqual([`replace ${map.id}`]);
  });

  it("keeps the old map when the replacement cannot be stored", async () => {
    const { maps, log, storage } = fakeStorage([edited], true);
    await expect(storeImportedMap(map, true, "replace", storage)).rejects.toThrow("disk full");
    expect(maps.get(map.id)).toBe(edited);
    // Never a delete first: a delete that commits before the write fails loses the map.
    expect(log).toEqual([`replace ${map.id}`]);
  });
});

describe("importedCopy", () => {
  it("keeps the name within the limit", () => {
    const map = { ...loadFixture("small-workshop"), name: "x".repeat(200) };
    const copy = importedCopy(map);
    expect(copy.name).toHaveLength(200);
    expect(copy.name.endsWith("x (copy)")).toBe(true);
  });
});
