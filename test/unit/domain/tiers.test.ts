import { describe, expect, it } from "vitest";
import { slotPosition } from "../../../src/domain/cellPlaces";
import type { EditResult } from "../../../src/domain/edits";
import type { PeerMap } from "../../../src/domain/model";
import { addTier, deleteTier, moveTier, peopleInTier, renameTier } from "../../../src/domain/tiers";
import { aMap, tierId } from "../builders";

function ok(result: EditResult): PeerMap {
  if (!result.ok) throw new Error(`edit refused: ${result.reason}`);
  return result.map;
}

const SALES = tierId("Sales");
const MARKETING = tierId("Marketing");
const map = aMap()
  .withPerson("ada", { org: "a", tier: "Sales", at: slotPosition(0, "a") })
  .withPerson("mo", { org: "a", tier: "Marketing", at: slotPosition(0, "a") })
  .withPerson("roster", { org: "b", tier: "Sales" })
  .build();

describe("tiers", () => {
  it("adds a tier at the bottom and renames one", () => {
    const added = addTier(map, " Procurement ", "proc");
    expect(ok(added).tiers.at(-1)).toEqual({ id: "proc", name: "Procurement" });
    expect(ok(renameTier(map, SALES, "Field sales")).tiers[2]?.name).toBe("Field sales");
    expect(addTier(map, " ").ok).toBe(false);
    expect(renameTier(map, SALES, "").ok).toBe(false);
  });

  it("moves a tier up or down, and not past either end", () => {
    expect(
      ok(moveTier(map, SALES, -1))
        .tiers.map((t) => t.id)
        .slice(1, 3),
    ).toEqual([SALES, tierId("Alliance management")]);
    expect(ok(moveTier(map, map.tiers[0]?.id ?? "", -1))).toBe(map);
    expect(ok(moveTier(map, map.tiers.at(-1)?.id ?? "", 1))).toBe(map);
    expect(ok(moveTier(map, "nope", 1))).toBe(map);
  });

  it("deletes an empty tier at once", () => {
    expect(ok(deleteTier(map, tierId("Operations / support"))).tiers).toHaveLength(5);
  });

  it("asks where the people of a tier go, and moves them into free spots there", () => {
    expect(deleteTier(map, SALES)).toEqual({
      ok: false,
      reason: "Choose the tier its people move to.",
    });
    expect(deleteTier(map, SALES, SALES).ok).toBe(false);
    const merged = ok(deleteTier(map, SALES, MARKETING));
    expect(peopleInTier(merged, MARKETING).map((p) => p.id)).toEqual(["ada", "mo", "roster"]);
    const ada = merged.people.find((p) => p.id === "ada");
    expect(ada?.position).toEqual(slotPosition(3, "a"));
    expect(merged.people.find((p) => p.id === "roster")?.position).toBeUndefined();
  });

  it("never deletes the last tier", () => {
    const single = aMap().withTiers("Everyone").build();
    expect(deleteTier(single, single.tiers[0]?.id ?? "").ok).toBe(false);
  });
});
