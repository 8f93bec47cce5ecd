import { describe, expect, it } from "vitest";
import { formatErrorText, parseMapFile } from "../../../src/domain/format";
import { edited } from "./fixtures";

const problems = (changes: Record<string, unknown>): string[] => {
  const result = parseMapFile(edited(changes));
  return result.ok ? [] : result.errors.map(formatErrorText);
};
const INVISIBLE = "must contain visible characters, not only spaces or invisible ones";

describe("parseMapFile refuses names with nothing visible", () => {
  it.each([
    ["a person's name of a zero-width space", "map.people[0].name", "\u200B", "people[0].name"],
    [
      "a tier name of a byte-order mark and a word joiner",
      "map.tiers[1].name",
      "\uFEFF\u2060",
      "tiers[1].name",
    ],
    ["an organisation name of direction marks", "map.orgs.a.name", "\u200E\u200F", "orgs.a.name"],
    ["the map name of a soft hyphen", "map.name", " \u00AD ", "name"],
  ])("%s", (_, path, value, at) => {
    expect(problems({ [path]: value })).toEqual([`${at}: ${INVISIBLE}`]);
  });

  it("still opens a name with an invisible character beside visible ones", () => {
    const result = parseMapFile(edited({ "map.people[0].name": "Ad\u200Ba" }));
    expect(result.ok && result.map.people[0]?.name).toBe("Ad\u200Ba");
  });
});
