import { describe, expect, it } from "vitest";
import { patchHeaderRow } from "../../../src/persistence/headerPatch";
import { toMapRow } from "../../../src/persistence/rows";
import { acmeMap } from "./helpers";

const none = new Set<string>();
const facts = { people: 3, relationships: 2, deletedPeople: none, deletedRelationships: none };

describe("patchHeaderRow", () => {
  const mine = toMapRow({ ...acmeMap(), name: "Mine", updatedAt: "2024-06-01T00:00:00.000Z" });
  const stored: Record<string, unknown> = {
    ...toMapRow(acmeMap()),
    name: "Theirs",
    tiers: [{ id: "sales", name: "Theirs" }],
    updatedAt: "2024-07-01T00:00:00.000Z",
    peopleOrder: ["grace", "ada", "alan", "ken"],
  };

  it("takes only the fields this tab changed and keeps the stored rest", () => {
    const row = patchHeaderRow(stored, { row: mine, fields: ["name", "updatedAt"] }, facts);
    expect(row.name).toBe("Mine");
    expect(row.tiers).toEqual([{ id: "sales", name: "Theirs" }]);
    expect(row.settings).toEqual(stored.settings);
    // The other tab's edit is newer.
    expect(row.updatedAt).toBe("2024-07-01T00:00:00.000Z");
  });

  it("keeps the newest time, the stored counts and this tab's coverage", () => {
    const newer = { ...mine, updatedAt: "2024-08-01T00:00:00.000Z", coverage: 77 };
    const row = patchHeaderRow(stored, { row: newer, fields: ["updatedAt"] }, facts);
    expect(row).toMatchObject({
      name: "Theirs",
      updatedAt: "2024-08-01T00:00:00.000Z",
      peopleCount: 3,
      relationshipCount: 2,
      coverage: 77,
    });
  });

  it("writes this tab's order, then what only storage lists, minus what this write deleted", () => {
    const reordered = { ...mine, peopleOrder: ["alan", "ada"] };
    const row = patchHeaderRow(
      stored,
      { row: reordered, fields: ["peopleOrder"] },
      { ...facts, deletedPeople: new Set(["grace"]) },
    );
    expect(row.peopleOrder).toEqual(["alan", "ada", "ken"]);
    // An order this tab did not change stays as stored, minus deletions.
    const kept = patchHeaderRow(
      stored,
      { row: mine, fields: [] },
      {
        ...facts,
        deletedPeople: new Set(["ada"]),
      },
    );
    expect(kept.peopleOrder).toEqual(["grace", "alan", "ken"]);
    expect(kept.name).toBe("Theirs");
  });
});
