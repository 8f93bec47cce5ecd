import { describe, expect, it } from "vitest";
import { CSV_BOM, escapeCsvField, toCsv } from "../../../src/domain/csv/csvText";

describe("escapeCsvField", () => {
  it("quotes every field and doubles inner quotes", () => {
    expect(escapeCsvField("plain")).toBe('"plain"');
    expect(escapeCsvField("")).toBe('""');
    expect(escapeCsvField('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(escapeCsvField("two\nlines")).toBe('"two\nlines"');
  });

  it.each([
    ["=SUM(A1:A9)", '"\'=SUM(A1:A9)"'],
    ["+44 20 7946 0000", '"\'+44 20 7946 0000"'],
    ["-1", '"\'-1"'],
    ["@cmd", '"\'@cmd"'],
    ["\tindent", '"\'\tindent"'],
    ["\rreturn", '"\'\rreturn"'],
  ])("neutralises a formula start in %j", (value, expected) => {
    expect(escapeCsvField(value)).toBe(expected);
  });

  it("leaves harmless starts alone, including the em dash used for nobody", () => {
    expect(escapeCsvField("— ")).toBe('"— "');
    expect(escapeCsvField("a=b")).toBe('"a=b"');
    expect(escapeCsvField("3")).toBe('"3"');
  });
});

describe("toCsv", () => {
  it("starts with a BOM and ends every row with CRLF", () => {
    const text = toCsv([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text).toBe(`${CSV_BOM}"a","b"\r\n"c","d"\r\n`);
  });

  it("is just the BOM for no rows", () => {
    expect(toCsv([])).toBe(CSV_BOM);
  });
});
