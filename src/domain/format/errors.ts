import type { z } from "zod";

/**
 * One problem found in a map file or an in-memory map. `path` points at the offending field in
 * the file's vocabulary, relative to the map object (`people[3].tier`); the envelope fields
 * (`format`, `version`, `exportedAt`, `map`) keep their own names, and problems with the file as
 * a whole have an empty path. `message` is a plain sentence fragment meant to follow the path.
 */
export interface FormatError {
  path: string;
  message: string;
}

/** Something the reader fixed up on the way in; the map loaded, but the user may want to know. */
export type FormatWarning = FormatError;

/** "people[3].tier: no tier with id \"vp\"", or just the message for whole-file problems. */
export function formatErrorText(error: FormatError): string {
  return error.path === "" ? error.message : `${error.path}: ${error.message}`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Turns `["people", 3, "tier"]` into `people[3].tier`, quoting keys that are not identifiers. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else {
      const key = String(segment);
      if (IDENTIFIER.test(key)) path += path === "" ? key : `.${key}`;
      else path += `[${JSON.stringify(key)}]`;
    }
  }
  return path;
}

/**
 * Drops the leading `map` so paths read like the spec (`people[3].tier`), which is also what
 * `validateMap` reports for an in-memory map; a problem with `map` itself keeps the name.
 */
export function filePath(segments: readonly PropertyKey[]): string {
  return formatPath(segments.length > 1 && segments[0] === "map" ? segments.slice(1) : segments);
}

const MAX_SHOWN_TEXT = 40;

/** Shows a value the way a non-developer would describe it: `the text "abc"`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null (empty)";
  if (typeof value === "string") return `the text ${quote(value)}`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value} (a yes/no value)`;
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : typeof value;
}

/** A short quoted excerpt, so one huge value cannot swamp the message list. */
export function quote(text: string): string {
  const shown = text.length > MAX_SHOWN_TEXT ? `${text.slice(0, MAX_SHOWN_TEXT)}…` : text;
  return JSON.stringify(shown);
}

/** A value as it appears after "(it is …)": bare numbers, quoted text. */
export function showValue(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return quote(value);
  return describeValue(value);
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: "text (in double quotes)",
  number: "a number",
  int: "a whole number",
  array: "a list ([ … ])",
  object: "an object ({ … })",
  boolean: "true or false",
};

const amount = (n: number | bigint): string => Number(n).toLocaleString("en-US");

/**
 * The one place zod's developer-facing messages become plain English. Schemas only carry their
 * own message where the generic one would be vague (colours, strengths, organisation keys).
 */
export const plainErrorMap: z.core.$ZodErrorMap = (issue) => {
  const input = issue.input;
  if (input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) {
    return "is required but missing";
  }
  switch (issue.code) {
    case "invalid_type":
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, but it is ${describeValue(input)}`;
    case "too_big":
      if (issue.origin === "string" && typeof input === "string") {
        return `is too long: at most ${amount(issue.maximum)} characters are allowed (it has ${amount(input.length)})`;
      }
      if (issue.origin === "array" && Array.isArray(input)) {
        return `has too many entries: at most ${amount(issue.maximum)} are allowed (it has ${amount(input.length)})`;
      }
      return `must be at most ${amount(issue.maximum)} (it is ${showValue(input)})`;
    case "too_small":
      if (issue.origin === "string") return "must not be empty";
      return `must be at least ${amount(issue.minimum)} (it is ${showValue(input)})`;
    case "invalid_format":
      if (issue.format === "date") {
        return `must be a calendar date written YYYY-MM-DD, such as "2024-03-15" (it is ${showValue(input)})`;
      }
      if (issue.format === "datetime") {
        return `must be a date and time in ISO 8601 form, such as "2024-03-15T09:30:00Z" (it is ${showValue(input)})`;
      }
      return undefined;
    case "invalid_value":
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(" or ")} (it is ${showValue(input)})`;
    default:
      return undefined;
  }
};

/** Zod issues as FormatErrors, with paths in file vocabulary. */
export function issuesToErrors(
  issues: readonly z.core.$ZodIssue[],
  rename: (segments: readonly PropertyKey[]) => string = filePath,
): FormatError[] {
  return issues.map((issue) => ({ path: rename(issue.path), message: issue.message }));
}
