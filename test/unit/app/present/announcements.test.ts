import { describe, expect, it } from "vitest";
import { ratingAnnouncement } from "../../../../src/app/present/announcements";
import { updateRelationships } from "../../../../src/domain/linkEdits";
import { addedSentence } from "../../../../src/panels/quickEntry/quickAdd";
import { aMap, applied } from "../../builders";

const map = aMap()
  .withOrgs("Acme", "Globex")
  .withTiers("Sales")
  .withPerson("ada", { org: "a", tier: "Sales", name: "Ada Lovelace" })
  .withPerson("ben", { org: "b", tier: "Sales", name: "Ben Ng" })
  .withPerson("cy", { org: "b", tier: "Sales", name: "Cy Young" })
  .withLink("ada", "ben", 2)
  .withLink("ada", "cy", 2)
  .build();
const [first, second] = map.relationships.map((r) => r.id);

describe("what present mode announces", () => {
  it("names the two people and the new rating when one relationship is rated", () => {
    const after = applied(updateRelationships(map, [first ?? ""], { strength: 5 }));
    expect(ratingAnnouncement(map, after)).toBe("Ada Lovelace and Ben Ng: now 5 Trusted");
    // Undone: said too, so the room sees the rating go back.
    expect(ratingAnnouncement(after, map)).toBe("Ada Lovelace and Ben Ng: now 2 Weak");
  });

  it("names our side first, whichever way the link was drawn", () => {
    const drawnBack = {
      ...map,
      relationships: map.relationships.map((r) => ({ ...r, source: r.target, target: r.source })),
    };
    const after = applied(updateRelationships(drawnBack, [first ?? ""], { strength: 5 }));
    expect(ratingAnnouncement(drawnBack, after)).toBe("Ada Lovelace and Ben Ng: now 5 Trusted");
  });

  it("counts several relationships rated at once", () => {
    const after = applied(updateRelationships(map, [first ?? "", second ?? ""], { strength: 4 }));
    expect(ratingAnnouncement(map, after)).toMatch(/^2 relationships: now 4 /);
  });

  it("says nothing when no rating changed", () => {
    expect(ratingAnnouncement(map, map)).toBeNull();
    expect(ratingAnnouncement(map, { ...map, name: "Renamed" })).toBeNull();
    expect(ratingAnnouncement(map, { ...map, relationships: [...map.relationships] })).toBeNull();
  });

  it("says who was added where (the sentence the quick-entry bar and the N form share)", () => {
    expect(addedSentence(" Ada ", "Acme · Sales")).toBe("Added Ada to Acme · Sales");
  });
});
