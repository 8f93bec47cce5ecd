import { expect, it } from "vitest";
import { normaliseHex } from "../../../src/panels/settings/colour";

it("turns typed colour codes into #rrggbb", () => {
  expect(normaliseHex("#2563EB")).toBe("#2563eb");
  expect(normaliseHex("2563eb")).toBe("#2563eb");
  expect(normaliseHex(" #abc ")).toBe("#aabbcc");
  expect(normaliseHex("#abcd")).toBeNull();
  expect(normaliseHex("blue")).toBeNull();
  expect(normaliseHex("")).toBeNull();
});
