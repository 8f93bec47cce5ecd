import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/domain/format";
import { requireName, withinLimit } from "../../../src/panels/shared/fieldRules";

describe("field rules say what the edit would refuse, before it is tried", () => {
  const tierName = requireName("A tier needs a name.", "A tier name");

  it("a name with nothing visible is empty", () => {
    expect(tierName("\u200B ")).toBe("A tier needs a name.");
    expect(tierName("Sales")).toBeNull();
  });

  it("a name over the limit says so; one at it is fine", () => {
    expect(tierName("x".repeat(LIMITS.maxNameLength))).toBeNull();
    expect(tierName("x".repeat(LIMITS.maxNameLength + 1))).toBe(
      "A tier name can be at most 200 characters; this has 201. Shorten it and try again.",
    );
  });

  it("a stored note still over the limit has to be shortened below it", () => {
    const notes = withinLimit("Notes", LIMITS.maxNotesLength);
    expect(notes("n".repeat(LIMITS.maxNotesLength))).toBeNull();
    expect(notes("n".repeat(LIMITS.maxNotesLength + 999))).toMatch(/^Notes can be at most 5,000/);
  });
});
