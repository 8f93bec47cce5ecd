import { describe, expect, it } from "vitest";
import { forThePartnersEyes } from "../../../src/domain/partnerSafe";
import { mapToExport, useAudience } from "../../../src/export/audience";
import { useMapStore } from "../../../src/store/mapStore";
import { loadFixture } from "../fixtures";

describe("mapToExport", () => {
  it("gives the exports the whole map, or with the switch on, what the partner may see", () => {
    const map = loadFixture("small-workshop");
    useMapStore.getState().openMap(map);
    const open = useMapStore.getState().map;
    useAudience.getState().setForPartner(false);
    expect(mapToExport()).toBe(open);
    useAudience.getState().setForPartner(true);
    const shown = mapToExport();
    expect(shown).toEqual(open && forThePartnersEyes(open));
    expect(shown?.relationships.length).toBeLessThan(map.relationships.length);
    expect(shown?.people.some((p) => p.notes || p.email)).toBe(false);
    useAudience.getState().setForPartner(false);
  });
});
