import { describe, expect, it, vi } from "vitest";
import { formatErrorText, LIMITS, parseMapFile, serializeMap } from "../../../src/domain/format";
import { acmeGlobex, acmeGlobexFile, EXPORTED_AT, edited, REMOVE } from "./fixtures";

/** Every reported problem as the user would read it. */
const problems = (text: string): string[] => {
  const result = parseMapFile(text);
  if (result.ok) throw new Error("expected the file to be rejected");
  return result.errors.map(formatErrorText);
};

const valid = serializeMap(acmeGlobex, EXPORTED_AT);

describe("parseMapFile rejects files that are not Peermap JSON", () => {
  it("not JSON, with the line and column", () => {
    expect(problems("{")).toEqual([
      "This file is not valid JSON: Expected property name or '}' (line 1, column 2). It may be damaged or only partly saved.",
    ]);
    const [message] = problems(valid.replace('"name": "Sales"', '"name": "Sales",,'));
    expect(message).toMatch(/^This file is not valid JSON: .+ \(line 29, column 25\)\./);
  });

  it("not JSON, where the engine gives no position", () => {
    const [message] = problems('{"format": "peermap", "version": tru}');
    expect(message).toMatch(/^This file is not valid JSON: Unexpected token/);
    expect(message).not.toContain("is not valid JSON:  ");
  });

  it("an empty file", () => {
    expect(problems("  \n")).toEqual(["This file is empty."]);
  });

  it("JSON that is not a Peermap file", () => {
    expect(problems("[1, 2]")).toEqual([
      'This file is not a Peermap map: it holds a list instead of an object with "format": "peermap".',
    ]);
    expect(problems("42")).toEqual([
      'This file is not a Peermap map: it holds a single number instead of an object with "format": "peermap".',
    ]);
    expect(problems("null")[0]).toContain("it holds null instead");
    expect(problems('{"type": "excalidraw", "elements": []}')).toEqual([
      'This file is not a Peermap map: it has no "format": "peermap" marker.',
    ]);
    expect(problems('{"format": "excalidraw", "version": 2}')).toEqual([
      'This file is not a Peermap map: its "format" is "excalidraw", not "peermap".',
    ]);
    expect(problems('{"format": 7}')).toEqual([
      'This file is not a Peermap map: its "format" is 7, not "peermap".',
    ]);
  });

  it("a file over the size limit, before trying to read it as JSON", () => {
    expect(problems("x".repeat(LIMITS.maxFileChars + 1))).toEqual([
      "This file is too large (5.0 MB); Peermap opens files up to 5 MB.",
    ]);
    expect(problems(valid + " ".repeat(LIMITS.maxFileChars))[0]).toMatch(/too large \(5\.0 MB\)/);
  });

  it.each([
    ["__proto__", '"id": "p-dana"', '"__proto__": {"isAdmin": true}, "id": "p-dana"', "people[0]"],
    [
      "constructor",
      '"name": "Acme Software"',
      '"constructor": {}, "name": "Acme Software"',
      "orgs.a",
    ],
    ["prototype", '"id": "r-1"', '"prototype": 1, "id": "r-1"', "relationships[0]"],
  ])("the dangerous key %s, saying where", (key, find, replacement, path) => {
    expect(problems(valid.replace(find, replacement))).toEqual([
      `${path}: contains the forbidden key "${key}"; Peermap refuses such keys for safety`,
    ]);
  });

  it("a dangerous key at the top level or outside the map", () => {
    expect(problems(`{"__proto__": {}, ${valid.slice(1)}`)).toEqual([
      'This file contains the forbidden key "__proto__"; Peermap refuses such keys for safety.',
    ]);
    expect(
      problems(valid.replace('"map": {', '"extra": {"a b": {"constructor": 1}}, "map": {')),
    ).toEqual([
      'extra["a b"]: contains the forbidden key "constructor"; Peermap refuses such keys for safety',
    ]);
  });
});

describe("parseMapFile refuses deeply nested files before parsing them", () => {
  const deep = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
  /**
   * `valid` with an unknown field "extra" that puts the object `inner` `levels` deep (the file
   * itself is level 1, the value of "extra" level 2), through lists and objects in turn; and
   * the path of that object.
   */
  const extraAt = (levels: number, inner: string) => {
    let extra = inner;
    const segments: string[] = [];
    for (let level = levels - 1; level >= 2; level--) {
      extra = level % 2 ? `[${extra}]` : `{"k": ${extra}}`;
      segments.unshift(level % 2 ? "[0]" : ".k");
    }
    return {
      text: valid.replace('"map": {', `"extra": ${extra}, "map": {`),
      path: `extra${segments.join("")}`,
    };
  };

  it("says how deep the file is and that it is not a Peermap map", () => {
    expect(problems(deep(LIMITS.maxNesting + 1))).toEqual([
      `This file is nested ${LIMITS.maxNesting + 1} levels deep; a Peermap map never nests more than ${LIMITS.maxNesting}. It is not a Peermap map.`,
    ]);
    expect(problems(deep(2_500_000))).toEqual([
      `This file is nested 2,500,000 levels deep; a Peermap map never nests more than ${LIMITS.maxNesting}. It is not a Peermap map.`,
    ]);
  });

  it("never hands such a file to JSON.parse, whole or cut short", () => {
    const parse = vi.spyOn(JSON, "parse");
    try {
      expect(problems(deep(2_500_000))[0]).toMatch(/^This file is nested 2,500,000 levels deep/);
      expect(problems('{"a":'.repeat(1_000_000))[0]).toMatch(/nested 1,000,000 levels deep/);
      const oneTooDeep = extraAt(LIMITS.maxNesting + 1, "{}").text;
      expect(problems(oneTooDeep)[0]).toMatch(/nested 33 levels deep/);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it("reads a file nested exactly to the limit, even in fields it does not know", () => {
    const { text } = extraAt(LIMITS.maxNesting, '{"x": 1}');
    expect(parseMapFile(text)).toMatchObject({ ok: true, map: acmeGlobex });
  });

  it("still finds a dangerous key at every depth a file may have, saying where", () => {
    expect(problems(`{"__proto__": 1, ${valid.slice(1)}`)[0]).toMatch(/^This file contains/);
    for (let levels = 2; levels <= LIMITS.maxNesting; levels++) {
      const { text, path } = extraAt(levels, '{"__proto__": 1}');
      expect(problems(text)).toEqual([
        `${path}: contains the forbidden key "__proto__"; Peermap refuses such keys for safety`,
      ]);
    }
    expect(extraAt(5, "{}").path).toBe("extra.k[0].k");
  });
});

describe("parseMapFile rejects unsupported versions", () => {
  it("a newer version", () => {
    expect(problems(edited({ version: 3 }))).toEqual([
      "This map was made by a newer Peermap (file version 3); this version reads up to version 2. Update Peermap and try again.",
    ]);
  });

  it.each([
    [REMOVE, "version: is required but missing, so Peermap cannot tell how to read this file"],
    [0, "version: must be a whole number from 1 up (it is 0); this file may be damaged"],
    [1.5, "version: must be a whole number from 1 up (it is 1.5); this file may be damaged"],
    ["1", 'version: must be a whole number from 1 up (it is "1"); this file may be damaged'],
    [
      null,
      "version: must be a whole number from 1 up (it is null (empty)); this file may be damaged",
    ],
  ])("version %s", (version, message) => {
    expect(problems(edited({ version }))).toEqual([message]);
  });
});

describe("parseMapFile rejects oversized maps before checking their contents", () => {
  it("more people than the limit", () => {
    const people = Array.from({ length: LIMITS.maxPeople + 1 }, () => ({}));
    const result = parseMapFile(edited({ "map.people": people }));
    expect(result).toEqual({
      ok: false,
      errorCount: 1,
      errors: [
        {
          path: "people",
          message: "this map has 10,001 people; Peermap supports up to 10,000 per map",
        },
      ],
    });
  });

  it("more relationships than the limit", () => {
    const relationships = Array.from({ length: LIMITS.maxRelationships + 1 }, () => 0);
    expect(problems(edited({ "map.relationships": relationships }))).toEqual([
      "relationships: this map has 50,001 relationships; Peermap supports up to 50,000 per map",
    ]);
  });

  it("more tiers than the limit", () => {
    const tiers = Array.from({ length: LIMITS.maxTiers + 1 }, (_, i) => ({
      id: `t${i}`,
      name: "T",
    }));
    expect(problems(edited({ "map.tiers": tiers }))).toEqual([
      "tiers: has too many entries: at most 100 are allowed (it has 101)",
    ]);
  });
});

describe("parseMapFile caps the error list", () => {
  it("reports the first 50 problems and counts all of them", () => {
    const file = acmeGlobexFile();
    file.map.people = Array.from({ length: 60 }, (_, i) => ({
      id: `p${i}`,
      org: "a",
      name: `Person ${i}`,
      tier: "vp",
    }));
    file.map.relationships = [];
    const result = parseMapFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errorCount).toBe(60);
    expect(result.errors).toHaveLength(LIMITS.maxReportedErrors);
    expect(result.errors[49]).toEqual({ path: "people[49].tier", message: 'no tier with id "vp"' });
  });

  it("reports every shape problem of a file at once, in file order", () => {
    expect(
      problems(
        edited({
          "map.name": 5,
          "map.people[2].name": REMOVE,
          "map.relationships[0].strength": 9,
        }),
      ),
    ).toEqual([
      "name: must be text (in double quotes), but it is the number 5",
      "people[2].name: is required but missing",
      "relationships[0].strength: must be a whole number from 1 to 5 (it is 9)",
    ]);
  });
});

describe("formatErrorText", () => {
  it("joins path and message, or gives the message alone for the whole file", () => {
    expect(formatErrorText({ path: "people[3].tier", message: 'no tier with id "vp"' })).toBe(
      'people[3].tier: no tier with id "vp"',
    );
    expect(formatErrorText({ path: "", message: "This file is empty." })).toBe(
      "This file is empty.",
    );
  });
});
