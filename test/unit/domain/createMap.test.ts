import { describe, expect, it } from "vitest";
import {
  createMap,
  DEFAULT_MAP_NAME,
  mapNamesProblem,
  namedMap,
} from "../../../src/domain/createMap";
import { DEFAULT_ORGS } from "../../../src/domain/model";
import { validateMap } from "../../../src/domain/validateMap";

describe("namedMap: the New map dialog's names", () => {
  it("takes the names typed, trimmed, keeping the default colours", () => {
    expect(namedMap({ name: " Alliance 2026 ", a: "Contoso", b: " Fabrikam " })).toEqual({
      name: "Alliance 2026",
      orgs: {
        a: { name: "Contoso", color: DEFAULT_ORGS.a.color },
        b: { name: "Fabrikam", color: DEFAULT_ORGS.b.color },
      },
    });
  });

  it("uses the defaults for blank or invisible names", () => {
    expect(namedMap({ name: "  ", a: "\u200b", b: undefined })).toEqual({
      name: DEFAULT_MAP_NAME,
      orgs: { a: DEFAULT_ORGS.a, b: DEFAULT_ORGS.b },
    });
  });

  it("makes a valid map", () => {
    const map = createMap({ ...namedMap({ a: "Contoso" }), now: "2026-01-01T00:00:00.000Z" });
    expect(map.orgs.a.name).toBe("Contoso");
    expect(validateMap(map)).toEqual([]);
  });
});

describe("mapNamesProblem", () => {
  it("accepts different names, and the defaults", () => {
    expect(mapNamesProblem({ a: "Contoso", b: "Fabrikam" })).toBeUndefined();
    expect(mapNamesProblem({})).toBeUndefined();
  });

  it.each([[{ a: "Contoso", b: "contoso" }], [{ a: "Partner" }], [{ a: " Acme ", b: "ACME" }]])(
    "refuses two organisations of the same name: %j",
    (names) => {
      expect(mapNamesProblem(names)).toBe(
        "Give the two organisations different names, so everyone can tell the sides apart.",
      );
    },
  );
});
