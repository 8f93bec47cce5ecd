import { describe, expect, it } from "vitest";
import { LIMITS, parseMapFile, serializeMap, toMapFile } from "../../../src/domain/format";
import { acmeGlobex, EXPORTED_AT, edited, REMOVE } from "./fixtures";

const parsed = (text: string) => {
  const result = parseMapFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result;
};

describe("parseMapFile accepts", () => {
  it("the realistic Acme × Globex example", () => {
    const result = parsed(serializeMap(acmeGlobex, EXPORTED_AT));
    expect(result.map).toStrictEqual(acmeGlobex);
    expect(result.exportedAt).toBe(EXPORTED_AT);
    expect(result.fromVersion).toBe(2);
    expect(result.warnings).toBeUndefined();
  });

  it("compact JSON and a leading byte-order mark", () => {
    const compact = JSON.stringify(toMapFile(acmeGlobex, EXPORTED_AT));
    expect(parsed(compact).map).toStrictEqual(acmeGlobex);
    expect(parsed(`\uFEFF${compact}`).map).toStrictEqual(acmeGlobex);
  });

  it("ignores unknown keys at every level, without copying them", () => {
    const { map } = parsed(
      edited({
        generator: "Some CRM export 2.1",
        "map.theme": "dark",
        "map.orgs.c": { name: "Initech", color: "#000000" },
        "map.orgs.a.logo": "acme.png",
        "map.tiers[0].colour": "#ff0000",
        "map.settings.showLegend": true,
        "map.people[0].linkedIn": "https://example.com/dana",
        "map.people[0].position.z": 3,
        "map.relationships[0].channel": "email",
      }),
    );
    expect(map).toStrictEqual(acmeGlobex);
  });

  it("trims text, including ids and the references to them", () => {
    const { map } = parsed(
      edited({
        "map.name": "  Acme × Globex alliance 2025\n",
        "map.tiers[0].id": " t-exec ",
        "map.people[0].id": "\tp-dana",
        "map.people[0].name": " Dana Whitfield ",
        "map.people[0].tier": "t-exec  ",
        "map.relationships[0].source": " p-dana",
        "map.relationships[0].lastContact": " 2025-02-20 ",
        "map.createdAt": " 2025-01-08T09:15:00.000Z ",
      }),
    );
    expect(map).toStrictEqual(acmeGlobex);
  });

  it("measures length limits after trimming", () => {
    const name = "x".repeat(LIMITS.maxNameLength);
    const { map } = parsed(edited({ "map.people[0].name": `   ${name}   ` }));
    expect(map.people[0]?.name).toBe(name);
  });

  it("treats empty, blank and null optional fields as absent", () => {
    const { map } = parsed(
      edited({
        "map.people[0].title": "",
        "map.people[0].email": "   ",
        "map.people[0].notes": null,
        "map.people[0].position": null,
        "map.relationships[1].notes": "",
        "map.relationships[1].lastContact": "",
      }),
    );
    expect(map.people[0]).toStrictEqual({
      id: "p-dana",
      org: "a",
      name: "Dana Whitfield",
      tierId: "t-exec",
    });
    expect(map.relationships[1]).toStrictEqual({
      id: "r-2",
      source: "p-priya",
      target: "p-ruth",
      strength: 5,
    });
  });

  it("normalises colours to lowercase #rrggbb", () => {
    const { map } = parsed(edited({ "map.orgs.a.color": "#2563EB", "map.orgs.b.color": " #C41 " }));
    expect(map.orgs).toStrictEqual({
      a: { name: "Acme Software", color: "#2563eb" },
      b: { name: "Globex Cloud", color: "#cc4411" },
    });
  });

  it("keeps timestamps with a UTC offset as written", () => {
    const { map, exportedAt } = parsed(
      edited({ exportedAt: "2025-03-14T17:20:00+01:00", "map.updatedAt": "2025-03-14T17:18:42Z" }),
    );
    expect(exportedAt).toBe("2025-03-14T17:20:00+01:00");
    expect(map.updatedAt).toBe("2025-03-14T17:18:42Z");
  });

  it("accepts a map with no people or relationships yet", () => {
    const { map } = parsed(edited({ "map.people": [], "map.relationships": [] }));
    expect(map.people).toEqual([]);
  });

  it("accepts a person who is not placed yet and negative or fractional positions", () => {
    const { map } = parsed(
      edited({ "map.people[0].position": REMOVE, "map.people[1].position": { x: -12.5, y: 0.25 } }),
    );
    expect(map.people[0]?.position).toBeUndefined();
    expect(map.people[1]?.position).toEqual({ x: -12.5, y: 0.25 });
  });

  it("accepts a file of exactly the size limit", () => {
    const text = serializeMap(acmeGlobex, EXPORTED_AT);
    const padded = text + " ".repeat(LIMITS.maxFileChars - text.length);
    expect(padded).toHaveLength(LIMITS.maxFileChars);
    expect(parsed(padded).map).toStrictEqual(acmeGlobex);
  });
});
