import { describe, expect, it } from "vitest";
import { exportText, LIMITS, parseMapFile, toMapFile } from "../../../src/domain/format";
import { newId } from "../../../src/domain/ids";
import type { PeerMap, Person, Relationship, Strength } from "../../../src/domain/model";
import { EXPORTED_AT } from "./fixtures";

/** A map at the people and relationship limits, with app-style random ids. */
function largestMap(): PeerMap {
  const tiers = ["Executive", "Alliance", "Sales", "Marketing", "Technical", "Support"].map(
    (name) => ({ id: newId("t"), name }),
  );
  const people: Person[] = Array.from({ length: LIMITS.maxPeople }, (_, i) => ({
    id: newId("p"),
    org: i % 2 === 0 ? "a" : "b",
    name: `Person ${i}`,
    tierId: tiers[i % tiers.length]?.id ?? "",
    ...(i % 3 === 0 ? { position: { x: (i % 7) * 180, y: 24 } } : {}),
  }));
  // Each person links to the next five: 50,000 distinct pairs, no self-links.
  const relationships: Relationship[] = [];
  for (let offset = 1; offset <= 5; offset++) {
    people.forEach((person, i) => {
      relationships.push({
        id: newId("r"),
        source: person.id,
        target: people[(i + offset) % people.length]?.id ?? "",
        strength: ((i % 5) + 1) as Strength,
      });
    });
  }
  return {
    id: newId("m"),
    name: "Largest supported map",
    orgs: { a: { name: "Acme", color: "#2563eb" }, b: { name: "Globex", color: "#c2410c" } },
    tiers,
    people,
    relationships,
    actions: [],
    settings: { healthyThreshold: 3 },
    createdAt: EXPORTED_AT,
    updatedAt: EXPORTED_AT,
  };
}

describe("a map at the count limits", () => {
  const map = largestMap();

  // Compact, because serializeMap's indented form of this map (~8.5 MB) is over the 5 MB file
  // limit; see "Large maps" in docs/file-format.md.
  it("parses from compact JSON", () => {
    const text = JSON.stringify(toMapFile(map, EXPORTED_AT));
    expect(text.length).toBeLessThanOrEqual(LIMITS.maxFileChars);
    const result = parseMapFile(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.map.relationships).toHaveLength(LIMITS.maxRelationships);
  });

  it("exports to a file Peermap imports back: compact, since indented is over the limit", () => {
    const file = exportText(map, EXPORTED_AT);
    expect(file.text.startsWith('{"format":"peermap"')).toBe(true);
    expect(file.importable).toBe(true);
    expect(file.bytes).toBeLessThanOrEqual(LIMITS.maxFileChars);
    expect(parseMapFile(file.text).ok).toBe(true);
  });

  it("with a snapshot of itself the file is too large, and the export says so", () => {
    const snapshot = { id: "s1", mapId: map.id, label: "Kick-off", date: "2025-01-15" };
    const file = exportText(map, EXPORTED_AT, [{ ...snapshot, takenAt: EXPORTED_AT, map }]);
    expect(file.importable).toBe(false);
    expect(file.bytes).toBeGreaterThan(LIMITS.maxFileChars);
    expect(parseMapFile(file.text).ok).toBe(false);
  });
});
