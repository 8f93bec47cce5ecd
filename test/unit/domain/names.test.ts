import { describe, expect, it } from "vitest";
import { cleanName, isBlankName } from "../../../src/domain/names";

describe("isBlankName", () => {
  it.each([
    ["empty", ""],
    ["spaces and tabs", " \t "],
    ["zero-width space", "\u200B"],
    ["byte-order mark", "\uFEFF"],
    ["direction marks", "\u200E\u200F"],
    ["word joiner", "\u2060"],
    ["soft hyphen", "\u00AD"],
    ["a mix with spaces", " \u200B \u00AD "],
  ])("treats %s as empty", (_, text) => {
    expect(isBlankName(text)).toBe(true);
    expect(cleanName(text)).toBeUndefined();
  });

  it.each([
    ["a plain name", "Ada", "Ada"],
    ["a name with a zero-width space inside", " Ad\u200Ba ", "Ad\u200Ba"],
    ["an emoji", "🙂", "🙂"],
    ["a single CJK character", "李", "李"],
  ])("keeps %s", (_, text, cleaned) => {
    expect(isBlankName(text)).toBe(false);
    expect(cleanName(text)).toBe(cleaned);
  });
});
