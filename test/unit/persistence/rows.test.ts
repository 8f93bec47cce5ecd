import { describe, expect, it } from "vitest";
import { coverageScore } from "../../../src/domain/coverage";
import { toMapRow, toSummary } from "../../../src/persistence/rows";
import { analysisOf } from "../../../src/store/analysis";
import { GRAPHS, generateMap } from "../../bench/generate";
import { acmeMap } from "./helpers";

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

describe("toMapRow's coverage", () => {
  // Autosave takes the header's coverage from the open map's cached analysis (session.ts):
  // that is only sound while the two agree.
  it("is the coverage the gap analysis gives, unless the caller passes its own", () => {
    for (const map of [acmeMap(), generateMap(GRAPHS.workshop), generateMap(GRAPHS.medium)]) {
      expect(toMapRow(map).coverage).toBe(analysisOf(map).coverage);
      expect(toMapRow(map).coverage).toBe(coverageScore(map));
    }
    expect(toMapRow(acmeMap(), 7).coverage).toBe(7);
  });
});
