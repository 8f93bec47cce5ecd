import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serializeMap } from "../../../src/domain/format";
import { nestingDepth } from "../../../src/domain/format/nesting";
import { acmeGlobex, EXPORTED_AT } from "./fixtures";

/** The depth of a parsed value, the slow obvious way, to check the one-pass scan against. */
const depthOf = (value: unknown): number => {
  if (typeof value !== "object" || value === null) return 0;
  const children = Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
};

describe("nestingDepth", () => {
  it("counts levels of objects and lists", () => {
    expect(nestingDepth("42")).toBe(0);
    expect(nestingDepth('"text"')).toBe(0);
    expect(nestingDepth("{}")).toBe(1);
    expect(nestingDepth('[{"a": [1, {"b": []}]}, {}]')).toBe(5);
    expect(nestingDepth(`${"[".repeat(1000)}${"]".repeat(1000)}`)).toBe(1000);
  });

  it("a Peermap file nests five levels: file, map, people, a person, its position", () => {
    expect(nestingDepth(serializeMap(acmeGlobex, EXPORTED_AT))).toBe(5);
  });

  it("ignores brackets inside strings, escaped quotes and backslashes included", () => {
    expect(nestingDepth('{"a": "[[[{{{"}')).toBe(1);
    expect(nestingDepth('["say \\"[[[\\" twice"]')).toBe(1);
    // An escaped backslash does not escape the quote after it: the string ends there.
    expect(nestingDepth('["\\\\", [[]]]')).toBe(3);
    expect(nestingDepth('["\\u005b\\u007b", {}]')).toBe(2);
  });

  it("measures text that is not valid JSON without going below zero", () => {
    expect(nestingDepth("]]]}}}[[")).toBe(2);
    expect(nestingDepth('{"a":'.repeat(5000))).toBe(5000);
    expect(nestingDepth('["never closed')).toBe(1);
  });

  it("agrees with the parsed value's depth for any JSON, however it is spaced", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, "\t"), (value, space) => {
        const text = JSON.stringify(value, null, space);
        expect(nestingDepth(text)).toBe(depthOf(JSON.parse(text)));
      }),
    );
  });
});
