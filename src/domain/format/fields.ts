/**
 * The field types a map's records are built from (schema.ts puts them together): ids, names,
 * colours, strengths, positions, dates, and how a file's blank optional fields read.
 */
import { z } from "zod";
import { isBlankName } from "../names";
import { describeValue, showValue } from "./errors";
import { LIMITS } from "./limits";

/** Both organisations, ours ("a") first: handy for loops that treat the two sides alike. */
export const ORG_KEYS = ["a", "b"] as const;
export const STRENGTHS = [1, 2, 3, 4, 5] as const;

/** #rgb or #rrggbb. Alpha forms are refused: the org colour is a solid brand colour. */
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Half of a UTF-16 surrogate pair on its own: JSON can carry one, no address or text can. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Ids end up in pair keys joined by U+0000 and in DOM attributes; control characters break both. */
const hasControlCharacter = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
};

/** Expands #rgb so `<input type="color">`, which only takes #rrggbb, can show every stored colour. */
export const normaliseColour = (colour: string): string => {
  const hex = colour.toLowerCase();
  if (hex.length !== 4) return hex;
  const [, r = "", g = "", b = ""] = hex;
  return `#${r}${r}${g}${g}${b}${b}`;
};

/** A message only for values that are there: missing ones get the generic "required" wording. */
const unlessMissing =
  (explain: (input: unknown) => string) =>
  (issue: { input?: unknown }): string | undefined =>
    issue.input === undefined ? undefined : explain(issue.input);

export const id = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.maxIdLength)
  .refine((s) => !hasControlCharacter(s), {
    error: "must not contain line breaks, tabs or other control characters",
  })
  // A map's id goes into its address: half a surrogate pair cannot be written in one.
  .refine((s) => !LONE_SURROGATE.test(s), { error: "must be readable text" });

export const text = (max: number) => z.string().trim().min(1).max(max);

/** A name must show something: spaces and invisible characters alone do not count ("" is min(1)'s). */
export const visible = <T extends z.ZodString>(schema: T) =>
  schema.refine((s) => s === "" || !isBlankName(s), {
    error: "must contain visible characters, not only spaces or invisible ones",
  });
export const name = visible(text(LIMITS.maxNameLength));

export const colour = z
  .string()
  .trim()
  .regex(HEX_COLOUR, {
    error: unlessMissing(
      (input) => `must be a hex colour such as "#2563eb" or "#25e" (it is ${showValue(input)})`,
    ),
  });

export const strength = z.literal(STRENGTHS, {
  error: unlessMissing((input) => `must be a whole number from 1 to 5 (it is ${showValue(input)})`),
});

export const org = z.enum(ORG_KEYS, {
  error: unlessMissing(
    (input) => `must be "a" (your organisation) or "b" (the partner), not ${describeValue(input)}`,
  ),
});

const coordinate = z.number().min(-LIMITS.maxCoordinate).max(LIMITS.maxCoordinate);
export const position = z.object({ x: coordinate, y: coordinate });

export const isoDateTime = z
  .string()
  .trim()
  .pipe(z.iso.datetime({ offset: true }));
export const isoDate = z.string().trim().pipe(z.iso.date());
/** A real calendar date written YYYY-MM-DD, as a relationship's last contact must be. */
export const isCalendarDate = (text: string): boolean => isoDate.safeParse(text).success;

/** Blank and null optional fields mean "not set", which is how people hand-edit files. */
const blankToUndefined = (value: unknown): unknown =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional());

export const optionalStrength = z.preprocess(blankToUndefined, strength.optional());
export const optionalId = z.preprocess(blankToUndefined, id.optional());
export const optionalDateTime = z.preprocess(blankToUndefined, isoDateTime.optional());
/** Stored only when true: `false` (how a hand-edited file may say "not planned") is absent. */
export const planned = z.preprocess(
  (value) => (value === false ? undefined : blankToUndefined(value)),
  z.literal(true).optional(),
);

export const ACTION_STATUSES = ["open", "done"] as const;
export const ACTION_SUBJECTS = ["gap", "relationship", "person"] as const;

/** What an action is about. A gap id is longer than a record id: its kind and one or two ids. */
export const actionSubject = z.object({
  kind: z.enum(ACTION_SUBJECTS),
  id: z
    .string()
    .trim()
    .min(1)
    .max(LIMITS.maxIdLength * 3),
});
