import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/domain/format";
import { readImportFile } from "../../../src/export/importFile";
import { loadFixture } from "../fixtures";

const fixtureText = readFileSync(
  new URL("../../fixtures/small-workshop.peermap.json", import.meta.url),
  "utf8",
);
const map = loadFixture("small-workshop");

describe("readImportFile", () => {
  it("reads a Peermap map file", async () => {
    const result = await readImportFile(new File([fixtureText], "workshop.json"), null);
    expect(result.kind).toBe("map");
    if (result.kind === "map") {
      expect(result.map).toEqual(map);
      expect(result.exportedAt).toBe("2024-05-14T16:46:03.000Z");
    }
  });

  it("explains a broken map file with paths", async () => {
    const broken = fixtureText.replace('"tier": "sales"', '"tier": "vp"');
    const result = await readImportFile(new File([broken], "bad.JSON"), null);
    expect(result).toMatchObject({
      kind: "error",
      message: '"bad.JSON" cannot be opened.',
      errors: [{ path: "people[2].tier", message: 'no tier with id "vp"' }],
      errorCount: 1,
    });
  });

  it("refuses a file over 5 MB without reading it", async () => {
    const file = new File(["x"], "huge.json");
    Object.defineProperty(file, "size", { value: LIMITS.maxFileChars + 1 });
    Object.defineProperty(file, "text", {
      value: () => Promise.reject(new Error("must not be read")),
    });
    const result = await readImportFile(file, null);
    expect(result).toMatchObject({ kind: "error", message: expect.stringMatching(/too large/) });
  });

  it("refuses a map file nested deeper than any Peermap map, saying so", async () => {
    const levels = 2_500_000;
    const text = `${"[".repeat(levels)}${"]".repeat(levels)}`;
    const result = await readImportFile(new File([text], "deep.json"), map);
    expect(result).toEqual({
      kind: "error",
      message: '"deep.json" cannot be opened.',
      errors: [
        {
          path: "",
          message: `This file is nested 2,500,000 levels deep; a Peermap map never nests more than ${LIMITS.maxNesting}. It is not a Peermap map.`,
        },
      ],
      errorCount: 1,
    });
  });

  it("refuses other kinds of file", async () => {
    const result = await readImportFile(new File(["hi"], "notes.txt"), map);
    expect(result).toMatchObject({
      kind: "error",
      message: expect.stringMatching(/^"notes\.txt" is not a file Peermap can import/),
    });
  });

  it("reads a roster against the open map", async () => {
    const csv = "Name;Organisation;Tier\nZoe;Globex Cloud;Sales\n";
    const result = await readImportFile(new File([csv], "people.csv"), map);
    expect(result.kind).toBe("roster");
    if (result.kind === "roster") expect(result.preview.rows[0]).toMatchObject({ org: "b" });
  });

  it("reads a Windows-1252 spreadsheet", async () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode("name,org,tier\nRen"),
      0xe9, // é in Windows-1252, invalid alone in UTF-8
      ...new TextEncoder().encode(",a,Sales\n"),
    ]);
    const result = await readImportFile(new File([bytes], "excel.csv"), map);
    expect(result.kind === "roster" && result.preview.rows[0]?.name).toBe("René");
  });

  it("needs an open map for a roster", async () => {
    const result = await readImportFile(new File(["name,org,tier"], "people.csv"), null);
    expect(result).toMatchObject({ kind: "error", message: expect.stringMatching(/^Open a map/) });
  });

  it("turns a roster's whole-file problem into an error", async () => {
    const result = await readImportFile(new File(["name,org,tier\n"], "people.csv"), map);
    expect(result).toMatchObject({
      kind: "error",
      errors: [{ path: "", message: "This file has headers but no people." }],
    });
  });

  it("previews a roster with unknown headers, asking for the columns it needs", async () => {
    const result = await readImportFile(new File(["title\nCTO"], "people.csv"), map);
    expect(result).toMatchObject({
      kind: "roster",
      preview: {
        headers: ["title"],
        errors: [expect.stringMatching(/^Choose the column that holds each person's name/)],
      },
    });
  });
});
