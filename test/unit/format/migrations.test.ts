import { describe, expect, it } from "vitest";
import {
  addActionsAndSnapshots,
  CURRENT_FORMAT_VERSION,
  MIGRATIONS,
  type Migration,
  migrateFile,
  parseMapFile,
} from "../../../src/domain/format";
import { acmeGlobex, acmeGlobexFile, EXPORTED_AT, edited, REMOVE } from "./fixtures";

/**
 * A pretend version 2 in which the map's `name` was renamed `title`. Real steps are written the
 * same way: take the old file, return the new shape, leave the version stamp to migrateFile.
 */
const renameNameToTitle: Migration = (file) => {
  const { name, ...map } = file.map as Record<string, unknown>;
  return { ...file, map: { ...map, title: name } };
};

describe("the shipped migrations", () => {
  it("version 2 is current and one step upgrades version 1 to it", () => {
    expect(CURRENT_FORMAT_VERSION).toBe(2);
    expect(MIGRATIONS).toEqual({ 1: addActionsAndSnapshots });
  });

  it("a current file passes through unchanged, without warnings", () => {
    const file = { ...acmeGlobexFile() };
    expect(migrateFile(file)).toEqual({ ok: true, file, fromVersion: 2, warnings: [] });
  });
});

describe("migrateFile", () => {
  const options = { currentVersion: 2, migrations: { 1: renameNameToTitle } };

  it("applies an injected step and stamps the new version", () => {
    const input = { format: "peermap", version: 1, map: { id: "m", name: "Q3 plan" } };
    const result = migrateFile(input, options);
    expect(result).toEqual({
      ok: true,
      fromVersion: 1,
      file: { format: "peermap", version: 2, map: { id: "m", title: "Q3 plan" } },
      warnings: [
        {
          path: "version",
          message:
            "this map was saved in the older file version 1 and has been upgraded to version 2; export it again to save it in the new form",
        },
      ],
    });
    expect(input).toEqual({ format: "peermap", version: 1, map: { id: "m", name: "Q3 plan" } });
  });

  it("runs the steps in order, each from the version it is keyed by", () => {
    const seen: unknown[] = [];
    const step =
      (tag: string): Migration =>
      (file) => {
        seen.push([tag, file.version]);
        return { ...file, trail: `${String(file.trail ?? "")}${tag}` };
      };
    const result = migrateFile(
      { version: 1 },
      { currentVersion: 4, migrations: { 3: step("c"), 1: step("a"), 2: step("b") } },
    );
    expect(seen).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    expect(result.ok && result.file).toEqual({ version: 4, trail: "abc" });
  });

  it("starts from the file's own version", () => {
    const result = migrateFile({ version: 2 }, { currentVersion: 3, migrations: { 2: (f) => f } });
    expect(result.ok && result.fromVersion).toBe(2);
  });

  it("refuses a file older than the oldest step it has", () => {
    expect(migrateFile({ version: 1 }, { currentVersion: 3, migrations: { 2: (f) => f } })).toEqual(
      {
        ok: false,
        errors: [
          {
            path: "version",
            message:
              "file version 1 is too old for this Peermap to read (no upgrade from version 1 to 2)",
          },
        ],
      },
    );
  });

  it("reports a step that fails", () => {
    const broken: Migration = () => {
      throw new Error("people is not a list");
    };
    expect(migrateFile({ version: 1 }, { currentVersion: 2, migrations: { 1: broken } })).toEqual({
      ok: false,
      errors: [
        {
          path: "",
          message: "This map could not be upgraded from file version 1 to 2: people is not a list.",
        },
      ],
    });
    const throwsText: Migration = () => {
      throw "bad";
    };
    const result = migrateFile(
      { version: 1 },
      { currentVersion: 2, migrations: { 1: throwsText } },
    );
    expect(result.ok ? "" : result.errors[0]?.message).toContain("to 2: bad.");
  });

  it("reports a step that returns something other than an object", () => {
    const result = migrateFile({ version: 1 }, { currentVersion: 2, migrations: { 1: () => [] } });
    expect(result.ok ? "" : result.errors[0]?.message).toBe(
      "This map could not be upgraded from file version 1 to 2: the upgrade produced no map.",
    );
  });

  it("refuses a version newer than current", () => {
    expect(migrateFile({ version: 3 }, options)).toEqual({
      ok: false,
      errors: [
        {
          path: "",
          message:
            "This map was made by a newer Peermap (file version 3); this version reads up to version 2. Update Peermap and try again.",
        },
      ],
    });
  });
});

describe("parseMapFile with an injected migration", () => {
  const options = {
    currentVersion: 2,
    migrations: {
      // The reverse of the rename above: a pretend version 1 called the map's name `title`.
      1: ((file) => {
        const { title, ...map } = file.map as Record<string, unknown>;
        return { ...file, map: { ...map, name: title } };
      }) satisfies Migration,
    },
  };

  it("upgrades an old file, then validates it as current, with a warning", () => {
    const oldFile = edited({ version: 1, "map.name": REMOVE, "map.title": acmeGlobex.name });
    const result = parseMapFile(oldFile, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map).toStrictEqual(acmeGlobex);
    expect(result.exportedAt).toBe(EXPORTED_AT);
    expect(result.fromVersion).toBe(1);
    expect(result.warnings?.map((w) => w.path)).toEqual(["version"]);
  });

  it("still validates what the step produced", () => {
    const result = parseMapFile(edited({ "map.name": REMOVE }), options);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: "name", message: "is required but missing" },
    ]);
  });
});
