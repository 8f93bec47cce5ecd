import { describe, expect, it } from "vitest";
import { createMap } from "../../../src/domain/createMap";
import { checkMapInvariants, validateMap } from "../../../src/domain/format";
import type { PeerMap, Strength } from "../../../src/domain/model";
import { acmeGlobex } from "./fixtures";

const copy = (): PeerMap => structuredClone(acmeGlobex);

/** Stands in for a record read back from storage that no longer matches the type. */
const corrupt = (value: unknown): PeerMap => value as PeerMap;

describe("validateMap", () => {
  it("accepts the example and a fresh map", () => {
    expect(validateMap(acmeGlobex)).toEqual([]);
    expect(validateMap(createMap({ now: "2025-03-14T16:20:00.000Z" }))).toEqual([]);
  });

  it("tolerates what an editor may leave in memory", () => {
    const map = copy();
    map.name = " Padded name ";
    map.orgs.a.color = "#ABC";
    Object.assign(map.people[0] ?? {}, { title: "", email: "", notes: "" });
    Object.assign(map.relationships[0] ?? {}, { notes: "" });
    expect(validateMap(map)).toEqual([]);
  });

  it("does not throw on garbage and says what is wrong", () => {
    expect(validateMap(corrupt(null))).toEqual([
      { path: "", message: "must be an object ({ … }), but it is null (empty)" },
    ]);
    const errors = validateMap(corrupt({ ...copy(), people: "none", tiers: undefined }));
    expect(errors).toEqual([
      { path: "tiers", message: "is required but missing" },
      { path: "people", message: 'must be a list ([ … ]), but it is the text "none"' },
    ]);
  });

  it("reports shape problems with file field names", () => {
    const map = copy();
    Object.assign(map.people[1] ?? {}, { tierId: 42, title: null });
    Object.assign(map.relationships[0] ?? {}, { strength: 0 });
    map.orgs.b.color = "orange";
    expect(validateMap(map)).toEqual([
      {
        path: "orgs.b.color",
        message: 'must be a hex colour such as "#2563eb" or "#25e" (it is "orange")',
      },
      {
        path: "people[1].title",
        message: "must be text (in double quotes), but it is null (empty)",
      },
      {
        path: "people[1].tier",
        message: "must be text (in double quotes), but it is the number 42",
      },
      {
        path: "relationships[0].strength",
        message: "must be a whole number from 1 to 5 (it is 0)",
      },
    ]);
  });

  it("reports broken references, duplicates, self-links and repeated pairs", () => {
    const map = copy();
    map.tiers.push({ id: "t-sales", name: "Sales again" });
    Object.assign(map.people[0] ?? {}, { tierId: "t-gone" });
    map.relationships.push(
      { id: "r-5", source: "p-ruth", target: "p-priya", strength: 3 },
      { id: "r-1", source: "p-sophie", target: "p-sophie", strength: 3 },
      { id: "r-7", source: "p-x", target: "p-x", strength: 3 },
    );
    expect(validateMap(map)).toEqual([
      {
        path: "tiers[4].id",
        message: 'the tier id "t-sales" is already used by tiers[2]; ids must be unique',
      },
      { path: "people[0].tier", message: 'no tier with id "t-gone"' },
      {
        path: "relationships[5].id",
        message:
          'the relationship id "r-1" is already used by relationships[0]; ids must be unique',
      },
      {
        path: "relationships[4]",
        message:
          'links the same two people ("p-ruth" and "p-priya") as relationships[1]; keep one relationship per pair',
      },
      {
        path: "relationships[5].target",
        message:
          'is the same person as the source ("p-sophie"); a relationship must link two different people',
      },
      { path: "relationships[6].source", message: 'no person with id "p-x"' },
      { path: "relationships[6].target", message: 'no person with id "p-x"' },
      {
        path: "relationships[6].target",
        message:
          'is the same person as the source ("p-x"); a relationship must link two different people',
      },
    ]);
  });

  it("skips the pair check when a relationship's people are missing", () => {
    const map = copy();
    map.relationships.push({ id: "r-5", source: "p-dana", target: "p-nobody", strength: 3 });
    map.relationships.push({ id: "r-6", source: "p-nobody", target: "p-dana", strength: 3 });
    expect(validateMap(map).map((e) => e.path)).toEqual([
      "relationships[4].target",
      "relationships[5].source",
    ]);
  });
});

describe("checkMapInvariants", () => {
  it("checks strengths itself, for callers that skip the shape check", () => {
    const map = copy();
    map.settings.healthyThreshold = 6 as Strength;
    Object.assign(map.relationships[2] ?? {}, { strength: 2.5 });
    expect(checkMapInvariants(map)).toEqual([
      {
        path: "settings.healthyThreshold",
        message: "must be a whole number from 1 to 5 (it is 6)",
      },
      {
        path: "relationships[2].strength",
        message: "must be a whole number from 1 to 5 (it is 2.5)",
      },
    ]);
  });
});
