import { z } from "zod";
import {
  ACTION_STATUSES,
  actionSubject,
  colour,
  id,
  isoDate,
  isoDateTime,
  name,
  normaliseColour,
  optional,
  optionalDateTime,
  optionalId,
  optionalStrength,
  org,
  planned,
  position,
  strength,
  text,
  visible,
} from "./fields";
import { type FORMAT_ID, LIMITS } from "./limits";

/**
 * The one declaration of every record of a map (`records` below) and the field rules it is
 * checked with. Three schemas come from it, differing only in how each kind of field is checked:
 * the file schema (lenient on the way in: trims, normalises, treats blank optional fields as
 * absent), the model schema (checks an in-memory map as it is, limits included) and the sound
 * model schema (storage reads: limits left out). The app's types (src/domain/model.ts) are
 * inferred from the model schema, so a field is declared here once and nowhere else.
 */

/**
 * How each kind of field is checked: the only thing the three schemas disagree on. Optional
 * fields are given without `.optional()`, which `records` adds, so the inferred types mark
 * them optional however each variant checks them.
 */
interface FieldRules {
  /** A required name: of a map, an organisation, a tier, a person. */
  name: z.ZodType<string>;
  title: z.ZodType<string | undefined>;
  email: z.ZodType<string | undefined>;
  notes: z.ZodType<string | undefined>;
  colour: z.ZodType<string>;
  position: z.ZodType<{ x: number; y: number } | undefined>;
  lastContact: z.ZodType<string | undefined>;
  /** What an action asks someone to do: required text, longer than a name. */
  task: z.ZodType<string>;
  /** Whether lists are held to LIMITS. */
  capped: boolean;
}

const list = <T extends z.ZodType>(item: T, max: number, capped: boolean) =>
  capped ? z.array(item).max(max) : z.array(item);

/** Every record of a map, declared once; `rules` says how strictly each field is checked. */
function records(rules: FieldRules) {
  const tier = z.object({ id, name: rules.name });
  const organisation = z.object({
    name: rules.name,
    /** CSS hex colour, e.g. "#2563eb". */
    color: rules.colour,
  });
  const person = z.object({
    id,
    org,
    name: rules.name,
    title: rules.title.optional(),
    tierId: id,
    email: rules.email.optional(),
    notes: rules.notes.optional(),
    /**
     * Relative to the top-left of its cell (organisation × tier); absent while the person is
     * only in the roster, not yet placed on the canvas.
     */
    position: rules.position.optional(),
  });
  const relationship = z.object({
    id,
    source: id,
    target: id,
    strength,
    notes: rules.notes.optional(),
    /** ISO calendar date, YYYY-MM-DD. */
    lastContact: rules.lastContact.optional(),
    /** The strength this relationship should reach (Altify's "desired"); below it is a gap. */
    targetStrength: optionalStrength,
    /** A link that does not exist yet but should: drawn apart, never counted as existing. */
    planned,
  });
  /**
   * A course correction: something someone will do about a gap, a relationship or a person.
   * `owner` is free text; `ownerId`, when set, is the person on the map it names.
   */
  const action = z.object({
    id,
    text: rules.task,
    about: actionSubject,
    owner: rules.title.optional(),
    ownerId: optionalId,
    /** YYYY-MM-DD. */
    due: rules.lastContact.optional(),
    status: z.enum(ACTION_STATUSES),
    createdAt: isoDateTime,
    /** When it was marked done. */
    doneAt: optionalDateTime,
  });
  /** A relationship is healthy when its strength is at least `healthyThreshold`. */
  const settings = z.object({ healthyThreshold: strength });
  const map = z.object({
    id,
    name: rules.name,
    orgs: z.object({ a: organisation, b: organisation }),
    /** Most senior first. */
    tiers: list(tier, LIMITS.maxTiers, rules.capped),
    settings,
    people: list(person, LIMITS.maxPeople, rules.capped),
    relationships: list(relationship, LIMITS.maxRelationships, rules.capped),
    /** Open and done actions, in the order they were added. Absent from version 1 files. */
    actions: list(action, LIMITS.maxActions, rules.capped).default([]),
    /** ISO timestamps. */
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  });
  return { tier, organisation, person, relationship, action, settings, map };
}

/**
 * An in-memory map, limits included. Optional text may be "" here (an editor cleared a field),
 * which is harmless in memory; the serializer drops it.
 */
export const modelRecords = records({
  name: visible(z.string().trim().min(1).max(LIMITS.maxNameLength)),
  title: z.string().max(LIMITS.maxNameLength),
  email: z.string().max(LIMITS.maxEmailLength),
  notes: z.string().max(LIMITS.maxNotesLength),
  colour,
  position,
  lastContact: isoDate,
  task: visible(z.string().trim().min(1).max(LIMITS.maxActionLength)),
  capped: true,
});

/**
 * Only what makes a map unusable (types, required fields, finite coordinates), not LIMITS:
 * storage keeps a record that is merely over a limit (see mapLimits.limitWarnings), because the
 * user may have typed it.
 */
const soundRecords = records({
  name: z.string().trim().min(1),
  title: z.string(),
  email: z.string(),
  notes: z.string(),
  colour,
  position: z.object({ x: z.number(), y: z.number() }),
  lastContact: isoDate,
  task: z.string().trim().min(1),
  capped: false,
});

/** A file on the way in: trimmed, colours normalised, blank optional fields absent. */
const fileRecords = records({
  name,
  title: optional(text(LIMITS.maxNameLength)),
  email: optional(text(LIMITS.maxEmailLength)),
  notes: optional(text(LIMITS.maxNotesLength)),
  colour: colour.transform(normaliseColour),
  position: optional(position),
  lastContact: optional(isoDate),
  task: visible(text(LIMITS.maxActionLength)),
  capped: true,
});

/** The one field whose name differs between the model and the file (users only see the file). */
export const FILE_NAMES = { tierId: "tier" } as const;

/** A model field's name in files. */
export const fileName = <K extends PropertyKey>(
  key: K,
): K | (typeof FILE_NAMES)[keyof typeof FILE_NAMES] =>
  typeof key === "string" && Object.hasOwn(FILE_NAMES, key)
    ? FILE_NAMES[key as keyof typeof FILE_NAMES]
    : key;

type InFile<S> = {
  [K in keyof S as K extends keyof typeof FILE_NAMES ? (typeof FILE_NAMES)[K] : K]: S[K];
};

/** The shape under its file names, in the same order. */
function inFile<S extends z.ZodRawShape>(shape: S): InFile<S> {
  const named = Object.entries(shape).map(([key, field]) => [fileName(key), field]);
  // Object.fromEntries types its keys as string; InFile<S> names the same keys.
  return Object.fromEntries(named) as InFile<S>;
}

/** A map in file form: the model's records with their file names. */
const fileMap = fileRecords.map.extend({
  people: list(z.object(inFile(fileRecords.person.shape)), LIMITS.maxPeople, true),
});

/**
 * A snapshot in a file: a frozen copy of the map at a review, in the same file form and held to
 * the same rules as the map itself. Its map id is the file's map (it is not written again).
 */
const fileSnapshot = z.object({
  id,
  label: name,
  /** The day of the review, YYYY-MM-DD. */
  date: isoDate,
  /** When it was saved. */
  takenAt: isoDateTime,
  map: fileMap,
});

/**
 * The current (version 2) file after `format` and `version` have been checked and migrations
 * run. Unknown keys are stripped so newer files with extra fields still open here.
 */
export const fileSchema = z.object({
  exportedAt: isoDateTime,
  map: fileMap,
  /** Oldest first. Absent from version 1 files (the migration adds an empty list). */
  snapshots: list(fileSnapshot, LIMITS.maxSnapshotsPerMap, true).default([]),
});

export type ParsedFile = z.output<typeof fileSchema>;

/** Every rule of the file format, limits included. */
export const modelSchema = modelRecords.map;
/** Only what makes a map unusable; see soundRecords. */
export const soundModelSchema = soundRecords.map;

/** The file as written by `toMapFile`: canonical, optional fields omitted when absent. */
export type MapFile = { format: typeof FORMAT_ID; version: number } & ParsedFile;
export type MapFilePerson = MapFile["map"]["people"][number];
export type MapFileRelationship = MapFile["map"]["relationships"][number];
export type MapFileSnapshot = MapFile["snapshots"][number];
