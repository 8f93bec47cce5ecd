import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapHref, parseRoute } from "../../../src/app/router";

/** Any text a map id may be: every code point, but no half of a surrogate pair. */
const wellFormed = fc
  .string({ minLength: 1, unit: "binary" })
  .filter((s) => !/\p{Surrogate}/u.test(s));

describe("parseRoute", () => {
  it("opens the map an address names", () => {
    expect(parseRoute("#/map/m7q2k9x4acme")).toEqual({ name: "map", id: "m7q2k9x4acme" });
    expect(parseRoute("#/map/a%20b%2Fc")).toEqual({ name: "map", id: "a b/c" });
  });

  it("shows the home screen for any other address", () => {
    for (const hash of ["", "#", "#/", "#/map/", "#/map", "#/maps/x", "#/map/x/y", "#/map/x?y"])
      expect(parseRoute(hash), hash).toEqual({ name: "home" });
  });

  it("an id that cannot be decoded names no map, instead of throwing", () => {
    for (const hash of ["#/map/%", "#/map/%E0%A4%A", "#/map/%zz", "#/map/%C0%80", "#/map/abc%"])
      expect(parseRoute(hash), hash).toEqual({ name: "no-such-map" });
  });

  it("reads back every map's own address, and never throws on any address", () => {
    fc.assert(
      fc.property(wellFormed, (id) => {
        expect(parseRoute(mapHref(id))).toEqual({ name: "map", id });
      }),
    );
    // Half a surrogate pair (stored before files were checked for it): an address, no crash.
    expect(parseRoute(mapHref("m\ud800"))).toEqual({ name: "map", id: "m\ufffd" });
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: "binary" }), (raw, text) => {
        expect(() => parseRoute(`#/map/${raw}`)).not.toThrow();
        expect(() => parseRoute(text)).not.toThrow();
      }),
    );
  });
});
