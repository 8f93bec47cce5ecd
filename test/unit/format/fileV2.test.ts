import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  addActionsAndSnapshots,
  LIMITS,
  parseMapFile,
  serializeMap,
  toMapFile,
} from "../../../src/domain/format";
import { nestingDepth } from "../../../src/domain/format/nesting";
import { acmeGlobex, acmeKickOff, EXPORTED_AT, edited } from "./fixtures";

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8");

/** The example file with its snapshot, as an object to edit. */
const withSnapshots = (count = 1) => {
  const file = structuredClone(toMapFile(acmeGlobex, EXPORTED_AT, [acmeKickOff]));
  const first = file.snapshots[0];
  if (!first) throw new Error("the example has a snapshot");
  file.snapshots = Array.from({ length: count }, (_, i) => ({
    ...structuredClone(first),
    id: `s-${i}`,
  }));
  return file;
};

const problems = (text: string) => {
  const result = parseMapFile(text);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
};

describe("the 1 → 2 migration", () => {
  it("adds empty actions and snapshots and changes nothing else", () => {
    const v1 = JSON.parse(fixture("small-workshop.peermap.json"));
    const frozen = structuredClone(v1);
    const v2 = addActionsAndSnapshots(v1) as Record<string, unknown>;
    expect(v1).toEqual(frozen);
    expect(v2).toEqual({ ...v1, map: { ...v1.map, actions: [] }, snapshots: [] });
  });

  it("keeps actions a version 1 file already carries, and ignores a stray snapshots key", () => {
    const v1 = { format: "peermap", version: 1, map: { actions: [{ id: "a" }] }, snapshots: 7 };
    expect(addActionsAndSnapshots(v1)).toEqual({ ...v1, snapshots: [] });
  });

  it.each(["small-workshop.peermap.json", "lopsided-alliance.peermap.json", "empty.peermap.json"])(
    "a real version 1 file (%s) opens with no actions and no snapshots",
    (name) => {
      const text = fixture(name);
      expect(JSON.parse(text).version).toBe(1);
      const result = parseMapFile(text);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.fromVersion).toBe(1);
      expect(result.map.actions).toEqual([]);
      expect(result.snapshots).toEqual([]);
      expect(result.map.people.length).toBe(JSON.parse(text).map.people.length);
      expect(result.warnings?.map((w) => w.path)).toEqual(["version"]);
    },
  );

  it("the documented example, written as version 1 (no actions, targets or snapshots), opens", () => {
    const { actions: _, ...rest } = toMapFile(acmeGlobex, EXPORTED_AT).map;
    const map = {
      ...rest,
      relationships: rest.relationships.map(({ targetStrength: _t, planned: _p, ...r }) => r),
    };
    const result = parseMapFile(
      JSON.stringify({ format: "peermap", version: 1, exportedAt: EXPORTED_AT, map }),
    );
    expect(result.ok && result.map.actions).toEqual([]);
    expect(result.ok && result.snapshots).toEqual([]);
  });
});

describe("version 2 files", () => {
  it("a newer version 3 is refused with the update message", () => {
    expect(problems(edited({ version: 3 }))).toEqual([
      ": This map was made by a newer Peermap (file version 3); this version reads up to version 2. Update Peermap and try again.",
    ]);
  });

  it("a file without snapshots opens with none", () => {
    const file = withSnapshots();
    const { snapshots: _, ...rest } = file;
    const result = parseMapFile(JSON.stringify(rest));
    expect(result.ok && result.snapshots).toEqual([]);
  });

  it("the example with a snapshot nests 7 levels, well within the limit", () => {
    const depth = nestingDepth(serializeMap(acmeGlobex, EXPORTED_AT, [acmeKickOff]));
    expect(depth).toBe(7);
    expect(depth).toBeLessThan(LIMITS.maxNesting);
  });

  it("a bad snapshot refuses the whole file, with a path from the top of the file", () => {
    const file = withSnapshots(3);
    const third = file.snapshots[2];
    if (!third?.map.people[0]) throw new Error("fixture");
    third.map.people[0].tier = "t-gone";
    expect(problems(JSON.stringify(file))).toEqual([
      'snapshots[2].map.people[0].tier: no tier with id "t-gone"',
    ]);
    third.map.people[0].tier = "";
    expect(problems(JSON.stringify(file))).toEqual([
      "snapshots[2].map.people[0].tier: must not be empty",
    ]);
  });

  it.each([
    ["snapshots[0].label", "   ", "snapshots[0].label: must not be empty"],
    [
      "snapshots[0].label",
      "x".repeat(LIMITS.maxNameLength + 1),
      "snapshots[0].label: is too long: at most 200 characters are allowed (it has 201)",
    ],
    [
      "snapshots[0].date",
      "2025-02-30",
      'snapshots[0].date: must be a calendar date written YYYY-MM-DD, such as "2024-03-15" (it is "2025-02-30")',
    ],
    [
      "snapshots[0].takenAt",
      "yesterday",
      'snapshots[0].takenAt: must be a date and time in ISO 8601 form, such as "2024-03-15T09:30:00Z" (it is "yesterday")',
    ],
    [
      "snapshots[0].id",
      "a\nb",
      "snapshots[0].id: must not contain line breaks, tabs or other control characters",
    ],
    [
      "snapshots[0].map",
      "a map",
      'snapshots[0].map: must be an object ({ … }), but it is the text "a map"',
    ],
    ["snapshots", {}, "snapshots: must be a list ([ … ]), but it is an object"],
  ])("%s = %j is refused", (path, value, message) => {
    expect(problems(edited({ [path]: value }, withSnapshots()))).toEqual([message]);
  });

  it("two snapshots with one id are refused", () => {
    const file = withSnapshots(2);
    const second = file.snapshots[1];
    if (second) second.id = "s-0";
    expect(problems(JSON.stringify(file))).toEqual([
      'snapshots[1].id: the snapshot id "s-0" is already used by snapshots[0]; ids must be unique',
    ]);
  });

  it(`at most ${LIMITS.maxSnapshotsPerMap} snapshots`, () => {
    expect(parseMapFile(JSON.stringify(withSnapshots(LIMITS.maxSnapshotsPerMap))).ok).toBe(true);
    expect(problems(JSON.stringify(withSnapshots(LIMITS.maxSnapshotsPerMap + 1)))).toEqual([
      "snapshots: has too many entries: at most 200 are allowed (it has 201)",
    ]);
  });

  it("a snapshot's map over the people limit is refused before its people are read", () => {
    const file = withSnapshots();
    const snapshot = file.snapshots[0];
    if (!snapshot) throw new Error("fixture");
    snapshot.map.people = Array.from({ length: LIMITS.maxPeople + 1 }, () => 0) as never;
    expect(problems(JSON.stringify(file))).toEqual([
      "snapshots[0].map.people: this map has 10,001 people; Peermap supports up to 10,000 per map",
    ]);
  });

  it.each([
    [
      "map.actions[0].text",
      "x".repeat(LIMITS.maxActionLength + 1),
      "actions[0].text: is too long: at most 1,000 characters are allowed (it has 1,001)",
    ],
    [
      "map.actions[0].status",
      "maybe",
      'actions[0].status: must be "open" or "done" (it is "maybe")',
    ],
    [
      "map.actions[0].due",
      "2025-13-01",
      'actions[0].due: must be a calendar date written YYYY-MM-DD, such as "2024-03-15" (it is "2025-13-01")',
    ],
    [
      "map.actions[1].id",
      "a-1",
      'actions[1].id: the action id "a-1" is already used by actions[0]; ids must be unique',
    ],
    [
      "map.relationships[0].targetStrength",
      6,
      "relationships[0].targetStrength: must be a whole number from 1 to 5 (it is 6)",
    ],
    ["map.relationships[0].planned", "yes", 'relationships[0].planned: must be true (it is "yes")'],
  ])("%s = %j is refused", (path, value, message) => {
    expect(problems(edited({ [path]: value }))).toEqual([message]);
  });
});
