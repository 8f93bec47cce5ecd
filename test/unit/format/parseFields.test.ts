import { describe, expect, it } from "vitest";
import { formatErrorText, parseMapFile } from "../../../src/domain/format";
import { acmeGlobexFile, edited, REMOVE } from "./fixtures";

/** Parses the example file with `changes` applied and returns the problems as users read them. */
const problems = (changes: Record<string, unknown>): string[] => {
  const result = parseMapFile(edited(changes));
  if (result.ok) throw new Error("expected the file to be rejected");
  return result.errors.map(formatErrorText);
};

type Case = [string, Record<string, unknown>, string];

const long = (n: number) => "x".repeat(n);

describe("parseMapFile rejects wrong types and missing fields", () => {
  it.each<Case>([
    ["missing map", { map: REMOVE }, "map: is required but missing"],
    ["map not an object", { map: [] }, "map: must be an object ({ … }), but it is a list"],
    ["missing exportedAt", { exportedAt: REMOVE }, "exportedAt: is required but missing"],
    [
      "people not a list",
      { "map.people": {} },
      "people: must be a list ([ … ]), but it is an object",
    ],
    [
      "person not an object",
      { "map.people[1]": "Priya" },
      'people[1]: must be an object ({ … }), but it is the text "Priya"',
    ],
    [
      "missing person name",
      { "map.people[2].name": REMOVE },
      "people[2].name: is required but missing",
    ],
    [
      "missing tier reference",
      { "map.people[2].tier": REMOVE },
      "people[2].tier: is required but missing",
    ],
    [
      "number as name",
      { "map.tiers[1].name": 7 },
      "tiers[1].name: must be text (in double quotes), but it is the number 7",
    ],
    [
      "boolean as title",
      { "map.people[0].title": true },
      "people[0].title: must be text (in double quotes), but it is true (a yes/no value)",
    ],
    [
      "text as coordinate",
      { "map.people[0].position.x": "40" },
      'people[0].position.x: must be a number, but it is the text "40"',
    ],
    [
      "missing coordinate",
      { "map.people[0].position.y": REMOVE },
      "people[0].position.y: is required but missing",
    ],
    ["missing settings", { "map.settings": REMOVE }, "settings: is required but missing"],
    ["missing org", { "map.orgs.b": REMOVE }, "orgs.b: is required but missing"],
    [
      "unknown org key",
      { "map.people[0].org": "c" },
      'people[0].org: must be "a" (your organisation) or "b" (the partner), not the text "c"',
    ],
    ["missing org key", { "map.people[0].org": REMOVE }, "people[0].org: is required but missing"],
  ])("%s", (_, changes, problem) => {
    expect(problems(changes)).toEqual([problem]);
  });
});

describe("parseMapFile rejects values out of range", () => {
  it.each<Case>([
    [
      "strength 0",
      { "map.relationships[0].strength": 0 },
      "relationships[0].strength: must be a whole number from 1 to 5 (it is 0)",
    ],
    [
      "strength 6",
      { "map.relationships[2].strength": 6 },
      "relationships[2].strength: must be a whole number from 1 to 5 (it is 6)",
    ],
    [
      "fractional strength",
      { "map.relationships[0].strength": 2.5 },
      "relationships[0].strength: must be a whole number from 1 to 5 (it is 2.5)",
    ],
    [
      "strength as text",
      { "map.relationships[0].strength": "3" },
      'relationships[0].strength: must be a whole number from 1 to 5 (it is "3")',
    ],
    [
      "missing strength",
      { "map.relationships[0].strength": REMOVE },
      "relationships[0].strength: is required but missing",
    ],
    [
      "healthyThreshold 0",
      { "map.settings.healthyThreshold": 0 },
      "settings.healthyThreshold: must be a whole number from 1 to 5 (it is 0)",
    ],
    [
      "healthyThreshold 7",
      { "map.settings.healthyThreshold": 7 },
      "settings.healthyThreshold: must be a whole number from 1 to 5 (it is 7)",
    ],
    [
      "coordinate too far",
      { "map.people[1].position.x": 1e7 },
      "people[1].position.x: must be at most 1,000,000 (it is 10000000)",
    ],
    [
      "coordinate too far left",
      { "map.people[1].position.y": -1e7 },
      "people[1].position.y: must be at least -1,000,000 (it is -10000000)",
    ],
  ])("%s", (_, changes, problem) => {
    expect(problems(changes)).toEqual([problem]);
  });
});

describe("parseMapFile rejects bad text", () => {
  const tooLong = (limit: number) =>
    `is too long: at most ${limit.toLocaleString("en-US")} characters are allowed (it has ${(limit + 1).toLocaleString("en-US")})`;
  it.each<Case>([
    ["long map name", { "map.name": long(201) }, `name: ${tooLong(200)}`],
    ["long org name", { "map.orgs.a.name": long(201) }, `orgs.a.name: ${tooLong(200)}`],
    ["long tier name", { "map.tiers[0].name": long(201) }, `tiers[0].name: ${tooLong(200)}`],
    ["long person name", { "map.people[0].name": long(201) }, `people[0].name: ${tooLong(200)}`],
    ["long title", { "map.people[0].title": long(201) }, `people[0].title: ${tooLong(200)}`],
    [
      "long email",
      { "map.people[0].email": `${long(309)}@example.com` },
      `people[0].email: ${tooLong(320)}`,
    ],
    [
      "long person notes",
      { "map.people[1].notes": long(5001) },
      `people[1].notes: ${tooLong(5000)}`,
    ],
    [
      "long relationship notes",
      { "map.relationships[1].notes": long(5001) },
      `relationships[1].notes: ${tooLong(5000)}`,
    ],
    ["long id", { "map.id": long(101) }, `id: ${tooLong(100)}`],
    ["empty person name", { "map.people[0].name": "   " }, "people[0].name: must not be empty"],
    ["empty map name", { "map.name": "" }, "name: must not be empty"],
    ["empty org name", { "map.orgs.b.name": "\n" }, "orgs.b.name: must not be empty"],
    ["empty tier id", { "map.tiers[0].id": " " }, "tiers[0].id: must not be empty"],
    [
      "control character in an id",
      { "map.people[0].id": "p\u0000dana" },
      "people[0].id: must not contain line breaks, tabs or other control characters",
    ],
    ["half a surrogate pair in an id", { "map.id": "m\ud800" }, "id: must be readable text"],
    [
      "colour name",
      { "map.orgs.a.color": "blue" },
      'orgs.a.color: must be a hex colour such as "#2563eb" or "#25e" (it is "blue")',
    ],
    [
      "colour with alpha",
      { "map.orgs.a.color": "#2563ebff" },
      'orgs.a.color: must be a hex colour such as "#2563eb" or "#25e" (it is "#2563ebff")',
    ],
    [
      "colour of five digits",
      { "map.orgs.b.color": "#c2410" },
      'orgs.b.color: must be a hex colour such as "#2563eb" or "#25e" (it is "#c2410")',
    ],
    ["missing colour", { "map.orgs.b.color": REMOVE }, "orgs.b.color: is required but missing"],
    [
      "written date",
      { "map.relationships[0].lastContact": "20/02/2025" },
      'relationships[0].lastContact: must be a calendar date written YYYY-MM-DD, such as "2024-03-15" (it is "20/02/2025")',
    ],
    [
      "impossible date",
      { "map.relationships[0].lastContact": "2025-02-29" },
      'relationships[0].lastContact: must be a calendar date written YYYY-MM-DD, such as "2024-03-15" (it is "2025-02-29")',
    ],
    [
      "vague timestamp",
      { "map.createdAt": "yesterday" },
      'createdAt: must be a date and time in ISO 8601 form, such as "2024-03-15T09:30:00Z" (it is "yesterday")',
    ],
    [
      "timestamp without zone",
      { exportedAt: "2025-03-14T16:20:00" },
      'exportedAt: must be a date and time in ISO 8601 form, such as "2024-03-15T09:30:00Z" (it is "2025-03-14T16:20:00")',
    ],
  ])("%s", (_, changes, problem) => {
    expect(problems(changes)).toEqual([problem]);
  });

  it("quotes at most 40 characters of a bad value", () => {
    const [problem] = problems({ "map.orgs.a.color": `#${long(60)}` });
    expect(problem).toBe(
      `orgs.a.color: must be a hex colour such as "#2563eb" or "#25e" (it is "#${long(39)}…")`,
    );
  });
});

describe("parseMapFile rejects broken references and duplicates", () => {
  it.each<Case>([
    ["unknown tier", { "map.people[3].tier": "vp" }, 'people[3].tier: no tier with id "vp"'],
    [
      "unknown source",
      { "map.relationships[1].source": "p-nobody" },
      'relationships[1].source: no person with id "p-nobody"',
    ],
    [
      "unknown target",
      { "map.relationships[3].target": "p-ghost" },
      'relationships[3].target: no person with id "p-ghost"',
    ],
    [
      "duplicate tier id",
      { "map.tiers[4]": { id: "t-exec", name: "Board" } },
      'tiers[4].id: the tier id "t-exec" is already used by tiers[0]; ids must be unique',
    ],
    [
      "duplicate person id",
      { "map.people[7].id": "p-marco" },
      'people[7].id: the person id "p-marco" is already used by people[2]; ids must be unique',
    ],
    [
      "duplicate relationship id",
      { "map.relationships[3].id": "r-1" },
      'relationships[3].id: the relationship id "r-1" is already used by relationships[0]; ids must be unique',
    ],
    [
      "self-link",
      { "map.relationships[0].target": "p-dana" },
      'relationships[0].target: is the same person as the source ("p-dana"); a relationship must link two different people',
    ],
    [
      "same pair twice",
      { "map.relationships[3].target": "p-ruth" },
      'relationships[3]: links the same two people ("p-priya" and "p-ruth") as relationships[1]; keep one relationship per pair',
    ],
    [
      "same pair reversed",
      { "map.relationships[3].source": "p-ruth", "map.relationships[3].target": "p-priya" },
      'relationships[3]: links the same two people ("p-ruth" and "p-priya") as relationships[1]; keep one relationship per pair',
    ],
  ])("%s", (_, changes, problem) => {
    expect(problems(changes)).toEqual([problem]);
  });

  it("a duplicated person also breaks no references to the first one", () => {
    const file = acmeGlobexFile();
    const dana = file.map.people[0];
    if (dana) file.map.people.push({ ...dana, name: "Dana W. (copy)" });
    const result = parseMapFile(JSON.stringify(file));
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: "people[8].id",
        message: 'the person id "p-dana" is already used by people[0]; ids must be unique',
      },
    ]);
  });

  it("reports every cross-record problem at once", () => {
    expect(
      problems({
        "map.people[3].tier": "vp",
        "map.people[4].tier": "cxo",
        "map.relationships[2].source": "p-tom",
      }),
    ).toEqual([
      'people[3].tier: no tier with id "vp"',
      'people[4].tier: no tier with id "cxo"',
      'relationships[2].target: is the same person as the source ("p-tom"); a relationship must link two different people',
    ]);
  });
});
