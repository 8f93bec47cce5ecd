import { describe, expect, it } from "vitest";
import { toSummary } from "../../../src/persistence/rows";

const row = (fields: Record<string, unknown>) => ({ id: "m1", name: "Map", ...fields });

describe("toSummary's coverage", () => {
  it("keeps a measured figure, capped at 100", () => {
    expect(toSummary(row({ peopleCount: 4, coverage: 66 }))?.coverage).toBe(66);
    expect(toSummary(row({ peopleCount: 4, coverage: 250 }))?.coverage).toBe(100);
  });

  it("is unmeasured (null, shown as —) when stored so", () => {
    expect(toSummary(row({ peopleCount: 4, coverage: null }))?.coverage).toBeNull();
  });

  it("never shows an old row's 100% for a map with nobody on it", () => {
    expect(toSummary(row({ peopleCount: 0, coverage: 100 }))?.coverage).toBeNull();
  });
});
