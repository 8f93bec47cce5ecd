import { describe, expect, it } from "vitest";
import { localDate, safeFileName } from "../../../src/export/fileName";

describe("safeFileName", () => {
  it("is <map name>-<YYYY-MM-DD>.<ext>", () => {
    expect(safeFileName("Acme Software x Globex Cloud", "2024-05-14", "json")).toBe(
      "Acme Software x Globex Cloud-2024-05-14.json",
    );
    expect(safeFileName("Map", new Date(2024, 0, 5, 23, 59), ".png")).toBe("Map-2024-01-05.png");
  });

  it.each([
    ['Q3: "Acme/Globex" <draft>?', "Q3-Acme-Globex-draft"],
    ["a\\b|c*d", "a-b-c-d"],
    ["tab\there\nnewline", "tab here newline"],
    ["  ..hidden.  ", "hidden"],
    ["Acme — Globex ✓ Ünïcode", "Acme — Globex ✓ Ünïcode"],
    ["Acme - Globex", "Acme - Globex"],
    ["", "peermap"],
    ["///", "peermap"],
    ["con", "con-map"],
    ["LPT1", "LPT1-map"],
  ])("%j -> %j", (name, stem) => {
    expect(safeFileName(name, "2024-05-14", "csv")).toBe(`${stem}-2024-05-14.csv`);
  });

  it("cuts very long names", () => {
    const name = safeFileName("x".repeat(500), "2024-05-14", "md");
    expect(name).toBe(`${"x".repeat(100)}-2024-05-14.md`);
  });
});

describe("localDate", () => {
  it("formats the local calendar day with leading zeros", () => {
    expect(localDate(new Date(2024, 2, 7))).toBe("2024-03-07");
    expect(localDate(new Date(1999, 11, 31, 23, 59, 59))).toBe("1999-12-31");
  });
});
