import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseMapFile, serializeMap, toMapFile } from "../../../src/domain/format";
import type { PeerMap } from "../../../src/domain/model";
import { acmeGlobex, acmeKickOff, EXPORTED_AT } from "./fixtures";

const tiny: PeerMap = {
  id: "m1",
  name: "Tiny",
  orgs: { a: { name: "Our company", color: "#2563eb" }, b: { name: "Partner", color: "#c2410c" } },
  settings: { healthyThreshold: 3 },
  createdAt: "2025-01-01T00:00:00.000Z",
  updatedAt: "2025-01-01T00:00:00.000Z",
  tiers: [{ id: "t1", name: "Exec" }],
  people: [
    {
      id: "p1",
      org: "a",
      name: "Ann",
      tierId: "t1",
      notes: "Met at summit",
      position: { x: 1, y: 2 },
    },
    { id: "p2", org: "b", name: "Bo", title: "CTO", tierId: "t1", email: "bo@example.com" },
  ],
  relationships: [{ id: "r1", source: "p2", target: "p1", strength: 5, lastContact: "2025-01-02" }],
  actions: [],
};

describe("serializeMap", () => {
  it("writes keys in spec order, omits unset fields, indents by 2 and ends with a newline", () => {
    expect(serializeMap(tiny, "2025-01-03T00:00:00.000Z")).toBe(`{
  "format": "peermap",
  "version": 2,
  "exportedAt": "2025-01-03T00:00:00.000Z",
  "map": {
    "id": "m1",
    "name": "Tiny",
    "orgs": {
      "a": {
        "name": "Our company",
        "color": "#2563eb"
      },
      "b": {
        "name": "Partner",
        "color": "#c2410c"
      }
    },
    "tiers": [
      {
        "id": "t1",
        "name": "Exec"
      }
    ],
    "settings": {
      "healthyThreshold": 3
    },
    "people": [
      {
        "id": "p1",
        "org": "a",
        "name": "Ann",
        "tier": "t1",
        "notes": "Met at summit",
        "position": {
          "x": 1,
          "y": 2
        }
      },
      {
        "id": "p2",
        "org": "b",
        "name": "Bo",
        "title": "CTO",
        "tier": "t1",
        "email": "bo@example.com"
      }
    ],
    "relationships": [
      {
        "id": "r1",
        "source": "p2",
        "target": "p1",
        "strength": 5,
        "lastContact": "2025-01-02"
      }
    ],
    "actions": [],
    "createdAt": "2025-01-01T00:00:00.000Z",
    "updatedAt": "2025-01-01T00:00:00.000Z"
  },
  "snapshots": []
}
`);
  });

  it("does not depend on the model's key order or carry stray in-memory fields", () => {
    const shuffled = {
      updatedAt: tiny.updatedAt,
      actions: tiny.actions,
      relationships: tiny.relationships.map((r) => ({ ...r, selected: true })),
      people: tiny.people.map(({ position, ...rest }) => ({
        ...(position ? { position: { y: position.y, x: position.x } } : {}),
        ...rest,
        dragging: false,
      })),
      settings: tiny.settings,
      tiers: tiny.tiers,
      orgs: { b: tiny.orgs.b, a: tiny.orgs.a },
      name: tiny.name,
      id: tiny.id,
      createdAt: tiny.createdAt,
    } satisfies PeerMap;
    expect(serializeMap(shuffled, EXPORTED_AT)).toBe(serializeMap(tiny, EXPORTED_AT));
  });

  it("leaves out optional text that is empty", () => {
    const map: PeerMap = {
      ...tiny,
      people: [{ id: "p1", org: "a", name: "Ann", tierId: "t1", title: "", email: "", notes: "" }],
      relationships: [],
    };
    expect(toMapFile(map, EXPORTED_AT).map.people).toEqual([
      { id: "p1", org: "a", name: "Ann", tier: "t1" },
    ]);
  });

  it("keeps tiers, people and relationships in document order", () => {
    const file = toMapFile(acmeGlobex, EXPORTED_AT);
    expect(file.map.tiers.map((t) => t.id)).toEqual(acmeGlobex.tiers.map((t) => t.id));
    expect(file.map.people.map((p) => p.id)).toEqual(acmeGlobex.people.map((p) => p.id));
    expect(file.map.relationships.map((r) => r.id)).toEqual(["r-1", "r-2", "r-3", "r-4"]);
  });
});

describe("docs/file-format.md", () => {
  const doc = readFileSync(new URL("../../../docs/file-format.md", import.meta.url), "utf8");
  const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";

  it("shows exactly what Peermap writes for the example map", () => {
    expect(example).toBe(serializeMap(acmeGlobex, EXPORTED_AT, [acmeKickOff]));
  });

  it("shows a file Peermap reads back", () => {
    const result = parseMapFile(example);
    expect(result.ok && result.map).toStrictEqual(acmeGlobex);
    expect(result.ok && result.snapshots).toStrictEqual([acmeKickOff]);
  });
});
