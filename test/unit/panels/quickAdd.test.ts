import { beforeEach, describe, expect, it } from "vitest";
import { slotPosition } from "../../../src/domain/cellPlaces";
import { LIMITS } from "../../../src/domain/format/limits";
import type { PeerMap } from "../../../src/domain/model";
import {
  cellName,
  planList,
  quickAdd,
  quickAddList,
} from "../../../src/panels/quickEntry/quickAdd";
import { undo, useMapStore } from "../../../src/store/mapStore";
import { useToasts } from "../../../src/store/toasts";
import { aMap, tierId } from "../builders";

const SALES = tierId("Sales");
const map = aMap()
  .withOrgs("Acme", "Globex")
  .withTiers("Executive sponsor", "Sales")
  .withPerson("ada", { org: "a", tier: "Sales", name: "Ada", at: slotPosition(0, "a") })
  .build();
const people = () => useMapStore.getState().map?.people ?? [];

beforeEach(() => {
  useMapStore.getState().openMap(map);
  useToasts.setState({ toasts: [] });
});

describe("the shared add-a-person core", () => {
  it("adds one person placed in their cell and says where", () => {
    expect(quickAdd({ org: "b", tierId: SALES, name: " Mia Wong ", title: "CFO" })).toEqual({
      ok: true,
      sentence: "Added Mia Wong to Globex · Sales",
    });
    const mia = people().find((p) => p.name === "Mia Wong");
    expect(mia).toMatchObject({ org: "b", tierId: SALES, title: "CFO" });
    expect(mia?.position).toEqual(slotPosition(0, "b"));
  });

  it("refuses a blank name with the edit's own sentence, and no toast on top", () => {
    expect(quickAdd({ org: "a", tierId: SALES, name: " \u200B " })).toEqual({
      ok: false,
      reason: "Type a name first.",
    });
    expect(people()).toHaveLength(1);
    expect(useToasts.getState().toasts).toEqual([]);
  });

  it("previews a list with one line, or says why it cannot be added", () => {
    const list = [{ name: "Mia" }, { name: "Li", title: "CFO" }];
    expect(planList(map, list, "a", SALES)).toEqual({ question: "Add 2 people to Acme · Sales?" });
    const full: PeerMap = { ...map, people: Array(LIMITS.maxPeople - 1).fill(map.people[0]) };
    expect(planList(full, list, "a", SALES).refused).toMatch(/room for 1 more people/);
    expect(cellName(map, "b", "no such tier")).toBe("Globex");
  });

  it("adds a list in one undo step", () => {
    const list = [{ name: "Mia" }, { name: "Li" }, { name: "Sam" }];
    expect(quickAddList(list, "b", SALES)).toEqual({
      ok: true,
      sentence: "Added 3 people to Globex · Sales",
    });
    expect(people().filter((p) => p.org === "b" && p.position)).toHaveLength(3);
    undo();
    expect(people().map((p) => p.name)).toEqual(["Ada"]);
  });
});
