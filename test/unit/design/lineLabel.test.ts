import { describe, expect, it } from "vitest";
import { lineLabel } from "../../../src/design/strokes";

describe("a line's label", () => {
  it("says the strength alone when no target is set", () => {
    expect(lineLabel({ strength: 2 })).toBe("2 Weak");
  });
  it("shows how far a link is from its target", () => {
    expect(lineLabel({ strength: 2, targetStrength: 4 })).toBe("2 Weak → target 4 Strong");
    expect(lineLabel({ strength: 4, targetStrength: 4 })).toBe("4 Strong · target 4 Strong");
  });
  it("calls a planned link planned, with its target, never by a strength it does not have", () => {
    expect(lineLabel({ strength: 3, planned: true, targetStrength: 4 })).toBe(
      "Planned · target 4 Strong",
    );
    expect(lineLabel({ strength: 3, planned: true })).toBe("Planned");
  });
});
