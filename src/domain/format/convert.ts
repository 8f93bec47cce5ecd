/**
 * Model form to file form and back, field by field from the one declaration of each record
 * (./schema.ts), so a field added there travels through files without touching this code.
 * Fields are taken in the declaration's order, which fixes the key order of files (two exports
 * of the same map are byte-identical), and only declared fields are taken, so stray in-memory
 * fields stay out of files.
 */
import { z } from "zod";
import type { PeerMap } from "../model";
import { fileName, modelRecords, type ParsedFile } from "./schema";

interface Field {
  key: string;
  fileKey: string;
  /** Optional fields are left out when unset; "" also means unset in the editor. */
  optional: boolean;
  /** The fields of a nested record (a position), taken the same way. */
  nested?: Field[];
}

function fieldsOf(record: z.ZodObject): Field[] {
  return Object.entries(record.shape).map(([key, schema]) => {
    const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
    return {
      key,
      fileKey: fileName(key),
      optional: schema.safeParse(undefined).success,
      ...(inner instanceof z.ZodObject ? { nested: fieldsOf(inner) } : {}),
    };
  });
}

const FIELDS = {
  tier: fieldsOf(modelRecords.tier),
  organisation: fieldsOf(modelRecords.organisation),
  person: fieldsOf(modelRecords.person),
  relationship: fieldsOf(modelRecords.relationship),
  action: fieldsOf(modelRecords.action),
  settings: fieldsOf(modelRecords.settings),
};
type Kind = keyof typeof FIELDS;

function convert(fields: Field[], record: object, toFile: boolean): Record<string, unknown> {
  const from = record as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const { key, fileKey, optional, nested } of fields) {
    const value = from[toFile ? key : fileKey];
    if (value === undefined || (optional && value === "")) continue;
    // A nested record is copied too, so the file and the model never share an object.
    out[toFile ? fileKey : key] =
      nested && typeof value === "object" && value !== null
        ? convert(nested, value, toFile)
        : value;
  }
  return out;
}

type FileMap = ParsedFile["map"];

/**
 * The whole map converted record by record, one way or the other. Each record then has exactly
 * the declared fields under the target's names, which makes the target's types.
 */
function convertMap(map: PeerMap | FileMap, toFile: boolean): Record<string, unknown> {
  const record = (kind: Kind, value: object) => convert(FIELDS[kind], value, toFile);
  return {
    ...header(map),
    orgs: { a: record("organisation", map.orgs.a), b: record("organisation", map.orgs.b) },
    tiers: map.tiers.map((tier) => record("tier", tier)),
    settings: record("settings", map.settings),
    people: map.people.map((person) => record("person", person)),
    relationships: map.relationships.map((r) => record("relationship", r)),
    actions: map.actions.map((action) => record("action", action)),
  };
}

/** The map in file form. */
export const mapToFile = (map: PeerMap): FileMap => convertMap(map, true) as FileMap;

/** The map in model form, from a parsed file. */
export const mapFromFile = (map: FileMap): PeerMap => convertMap(map, false) as PeerMap;

const RECORDS = new Set(["orgs", "tiers", "settings", "people", "relationships", "actions"]);

/**
 * The map's own fields in the declaration's order, with a slot for each kind of record (filled
 * in by the caller, in that slot, so the key order stays the declaration's).
 */
function header(map: PeerMap | FileMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(modelRecords.map.shape))
    out[key] = RECORDS.has(key) ? undefined : (map as Record<string, unknown>)[key];
  return out;
}
