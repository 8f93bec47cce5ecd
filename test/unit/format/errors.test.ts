import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeValue, formatPath, plainErrorMap } from "../../../src/domain/format/errors";
import { jsonErrorMessage } from "../../../src/domain/format/parseMapFile";

const messageFor = (schema: z.ZodType, value: unknown): string | undefined =>
  schema.safeParse(value, { error: plainErrorMap }).error?.issues[0]?.message;

describe("formatPath", () => {
  it("writes indexes in brackets and quotes keys that are not plain names", () => {
    expect(formatPath(["people", 3, "tier"])).toBe("people[3].tier");
    expect(formatPath([0, "a b", "x"])).toBe('[0]["a b"].x');
    expect(formatPath([])).toBe("");
  });
});

describe("plainErrorMap", () => {
  it("words the generic cases plainly", () => {
    expect(messageFor(z.literal("x"), "y")).toBe('must be "x" (it is "y")');
    expect(messageFor(z.array(z.number()).min(2), [1])).toBe("must be at least 2 (it is a list)");
    expect(messageFor(z.number().max(3), 4)).toBe("must be at most 3 (it is 4)");
    expect(messageFor(z.boolean(), "yes")).toBe('must be true or false, but it is the text "yes"');
  });

  it("leaves zod's message where it has nothing better to say", () => {
    expect(messageFor(z.email(), "nope")).toBe("Invalid email address");
    expect(
      messageFor(
        z.string().refine(() => false),
        "a",
      ),
    ).toBe("Invalid input");
  });
});

describe("describeValue", () => {
  it("names each kind of JSON value", () => {
    expect(describeValue(undefined)).toBe("missing");
    expect(describeValue([1])).toBe("a list");
    expect(describeValue({})).toBe("an object");
    expect(describeValue(false)).toBe("false (a yes/no value)");
    expect(describeValue(1n)).toBe("bigint");
  });
});

describe("jsonErrorMessage", () => {
  const tail = ". It may be damaged or only partly saved.";
  it("words Firefox's line and column like V8's offset", () => {
    const firefox = new SyntaxError(
      "JSON.parse: expected property name or '}' at line 3 column 5 of the JSON data",
    );
    expect(jsonErrorMessage(firefox, "")).toBe(
      `This file is not valid JSON: expected property name or '}' (line 3, column 5)${tail}`,
    );
  });

  it("words Safari's message, which has no position", () => {
    expect(jsonErrorMessage(new SyntaxError("JSON Parse error: Expected '}'"), "")).toBe(
      `This file is not valid JSON: Expected '}'${tail}`,
    );
  });

  it("turns a V8 offset into a line and column", () => {
    const source = '{\n  "a": 1,\n}';
    const v8 = new SyntaxError("Expected double-quoted property name in JSON at position 12");
    expect(jsonErrorMessage(v8, source)).toBe(
      `This file is not valid JSON: Expected double-quoted property name (line 3, column 1)${tail}`,
    );
    expect(jsonErrorMessage("odd", "")).toBe(`This file is not valid JSON: odd${tail}`);
  });
});
