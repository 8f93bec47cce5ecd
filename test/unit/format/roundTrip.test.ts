import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMapFile, serializeMap, validateMap } from "../../../src/domain/format";
import { validMap, validMapWithSnapshots } from "./arbitraries";
import { acmeGlobex, EXPORTED_AT } from "./fixtures";

const parsedMap = (text: string) => {
  const result = parseMapFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.map;
};

describe("round trip", () => {
  it("generated maps are valid", () => {
    fc.assert(
      fc.property(validMap, (map) => {
        expect(validateMap(map)).toEqual([]);
      }),
    );
  });

  it("parse(serialize(m)) deep-equals m", () => {
    fc.assert(
      fc.property(validMap, (map) => {
        expect(parsedMap(serializeMap(map, EXPORTED_AT))).toStrictEqual(map);
      }),
      { numRuns: 300 },
    );
  });

  it("serialize is stable across a parse", () => {
    fc.assert(
      fc.property(validMap, (map) => {
        const once = serializeMap(map, EXPORTED_AT);
        expect(serializeMap(parsedMap(once), EXPORTED_AT)).toBe(once);
      }),
    );
  });

  it("every parsed map passes validateMap", () => {
    fc.assert(
      fc.property(validMap, (map) => {
        expect(validateMap(parsedMap(serializeMap(map, EXPORTED_AT)))).toEqual([]);
      }),
    );
  });

  it("a map and its snapshots come back exactly, and serialize the same again", () => {
    fc.assert(
      fc.property(validMapWithSnapshots, ({ map, snapshots }) => {
        const once = serializeMap(map, EXPORTED_AT, snapshots);
        const result = parseMapFile(once);
        if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
        expect(result.map).toStrictEqual(map);
        expect(result.snapshots).toStrictEqual(snapshots);
        expect(serializeMap(result.map, EXPORTED_AT, result.snapshots)).toBe(once);
      }),
      { numRuns: 100 },
    );
  });

  it("round-trips the realistic example", () => {
    expect(parsedMap(serializeMap(acmeGlobex, EXPORTED_AT))).toStrictEqual(acmeGlobex);
  });
});
