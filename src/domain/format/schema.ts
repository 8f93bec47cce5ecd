import { z } from "zod";
import { type OrgKey, STRENGTHS, type Strength } from "../model";
import { isBlankName } from "../names";
import { describeValue, showValue } from "./errors";
import { LIMITS } from "./limits";

/**
 * Field rules shared by the file schema (lenient on the way in: trims, normalises, treats
 * blank optional fields as absent) and the model schema (checks an in-memory map as it is).
 * Keeping the limits and messages here means the two can never disagree.
 */

/** #rgb or #rrggbb. Alpha forms are refused: the org colour is a solid brand colour. */
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

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

const id = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.maxIdLength)
  .refine((s) => !hasControlCharacter(s), {
    error: "must not contain line breaks, tabs or other control characters",
  });

const text = (max: number) => z.string().trim().min(1).max(max);

/** A name must show something: spaces and invisible characters alone do not count ("" is min(1)'s). */
const visible = <T extends z.ZodString>(schema: T) =>
  schema.refine((s) => s === "" || !isBlankName(s), {
    error: "must contain visible characters, not only spaces or invisible ones",
  });
const name = visible(text(LIMITS.maxNameLength));

const colour = z
  .string()
  .trim()
  .regex(HEX_COLOUR, {
    error: unlessMissing(
      (input) => `must be a hex colour such as "#2563eb" or "#25e" (it is ${showValue(input)})`,
    ),
  });

const strength = z.literal(STRENGTHS, {
  error: unlessMissing((input) => `must be a whole number from 1 to 5 (it is ${showValue(input)})`),
});

const org = z.enum(["a", "b"] satisfies OrgKey[], {
  error: unlessMissing(
    (input) => `must be "a" (your organisation) or "b" (the partner), not ${describeValue(input)}`,
  ),
});

const coordinate = z.number().min(-LIMITS.maxCoordinate).max(LIMITS.maxCoordinate);
const position = z.object({ x: coordinate, y: coordinate });

const isoDateTime = z
  .string()
  .trim()
  .pipe(z.iso.datetime({ offset: true }));
const isoDate = z.string().trim().pipe(z.iso.date());
/** A real calendar date written YYYY-MM-DD, as a relationship's last contact must be. */
export const isCalendarDate = (text: string): boolean => isoDate.safeParse(text).success;

const orgs = (organisation: z.ZodType<{ name: string; color: string }>) =>
  z.object({ a: organisation, b: organisation });

const tier = z.object({ id, name });
const settings = z.object({ healthyThreshold: strength });
const tiers = z.array(tier).max(LIMITS.maxTiers);

/** Blank and null optional fields mean "not set", which is how people hand-edit files. */
const blankToUndefined = (value: unknown): unknown =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional());

const filePerson = z.object({
  id,
  org,
  name,
  title: optional(text(LIMITS.maxNameLength)),
  tier: id,
  email: optional(text(LIMITS.maxEmailLength)),
  notes: optional(text(LIMITS.maxNotesLength)),
  position: optional(position),
});

const fileRelationship = z.object({
  id,
  source: id,
  target: id,
  strength,
  notes: optional(text(LIMITS.maxNotesLength)),
  lastContact: optional(isoDate),
});

const fileOrganisation = z.object({
  name,
  color: colour.transform(normaliseColour),
});

/**
 * The current (version 1) file after `format` and `version` have been checked and migrations
 * run. Unknown keys are stripped so newer files with extra fields still open here.
 */
export const fileSchema = z.object({
  exportedAt: isoDateTime,
  map: z.object({
    id,
    name,
    orgs: orgs(fileOrganisation),
    tiers,
    settings,
    people: z.array(filePerson).max(LIMITS.maxPeople),
    relationships: z.array(fileRelationship).max(LIMITS.maxRelationships),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  }),
});

export type ParsedFile = z.output<typeof fileSchema>;

/**
 * Checks an in-memory map without changing it. Optional text may be "" here (an editor cleared a
 * field), which is harmless in memory; the serializer drops it.
 *
 * `withinLimits: false` checks only that the map is sound (types, required fields, finite
 * coordinates), not LIMITS: storage keeps a record that is merely over a limit (see
 * mapLimits.limitWarnings), because the user may have typed it.
 */
function modelSchemaWith(withinLimits: boolean) {
  const capped = <T extends z.ZodString | z.ZodArray>(schema: T, max: number): T =>
    // Both kinds have .max(n) returning their own kind.
    withinLimits ? (schema.max(max) as T) : schema;
  const required = (max: number) => {
    const sound = z.string().trim().min(1);
    return withinLimits ? visible(sound.max(max)) : sound;
  };
  const optionalText = (max: number) => capped(z.string(), max).optional();
  const coordinate = withinLimits ? position : z.object({ x: z.number(), y: z.number() });
  return z.object({
    id,
    name: required(LIMITS.maxNameLength),
    orgs: orgs(z.object({ name: required(LIMITS.maxNameLength), color: colour })),
    tiers: capped(z.array(z.object({ id, name: required(LIMITS.maxNameLength) })), LIMITS.maxTiers),
    settings,
    people: capped(
      z.array(
        z.object({
          id,
          org,
          name: required(LIMITS.maxNameLength),
          title: optionalText(LIMITS.maxNameLength),
          tierId: id,
          email: optionalText(LIMITS.maxEmailLength),
          notes: optionalText(LIMITS.maxNotesLength),
          position: coordinate.optional(),
        }),
      ),
      LIMITS.maxPeople,
    ),
    relationships: capped(
      z.array(
        z.object({
          id,
          source: id,
          target: id,
          strength,
          notes: optionalText(LIMITS.maxNotesLength),
          lastContact: isoDate.optional(),
        }),
      ),
      LIMITS.maxRelationships,
    ),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  });
}

/** Every rule of the file format, limits included. */
export const modelSchema = modelSchemaWith(true);
/** Only what makes a map unusable; see modelSchemaWith. */
export const soundModelSchema = modelSchemaWith(false);

/** The version-1 file as written by `toMapFile`: canonical, optional fields omitted when absent. */
export interface MapFile {
  format: "peermap";
  version: number;
  exportedAt: string;
  map: {
    id: string;
    name: string;
    orgs: Record<OrgKey, { name: string; color: string }>;
    tiers: { id: string; name: string }[];
    settings: { healthyThreshold: Strength };
    people: MapFilePerson[];
    relationships: MapFileRelationship[];
    createdAt: string;
    updatedAt: string;
  };
}

export interface MapFilePerson {
  id: string;
  org: OrgKey;
  name: string;
  title?: string;
  tier: string;
  email?: string;
  notes?: string;
  position?: { x: number; y: number };
}

export interface MapFileRelationship {
  id: string;
  source: string;
  target: string;
  strength: Strength;
  notes?: string;
  lastContact?: string;
}
