/**
 * Records another tab just saved, read back from storage and checked one by one (with the
 * model schema storage reads use: sound, limits not applied) before they may replace anything
 * in the open document.
 */
import { soundModelSchema as modelSchema } from "../domain/format/schema";
import type { PeerMap, Person, Relationship } from "../domain/model";
import type { RawRecords } from "./backend";
import { isObject, withoutMapId } from "./rows";

export type RemoteHeader = Pick<
  PeerMap,
  "name" | "orgs" | "tiers" | "settings" | "actions" | "createdAt" | "updatedAt"
> & {
  peopleOrder?: string[];
  relationshipOrder?: string[];
};

export interface RemoteRecords {
  /** The map has no header in storage any more: it was deleted in another tab. */
  mapGone: boolean;
  /** Absent when the stored header is damaged (the local one is kept). */
  header?: RemoteHeader;
  /** null: deleted. A damaged record is left out, so the local version stays. */
  people: Map<string, Person | null>;
  relationships: Map<string, Relationship | null>;
}

const headerSchema = modelSchema.pick({
  name: true,
  orgs: true,
  tiers: true,
  settings: true,
  actions: true,
  createdAt: true,
  updatedAt: true,
});
const personSchema = modelSchema.shape.people.element;
const relationshipSchema = modelSchema.shape.relationships.element;

const ids = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((id) => typeof id === "string") ? value : undefined;

function checked<T>(
  asked: string[],
  rows: unknown[],
  schema: { safeParse: (value: unknown) => { success: boolean } },
): Map<string, T | null> {
  const out = new Map<string, T | null>();
  asked.forEach((id, i) => {
    const row = rows[i];
    if (row === undefined || row === null) out.set(id, null);
    else if (isObject(row)) {
      const record = withoutMapId(row);
      // The schema checked every field of the record, so it is a T.
      if (record.id === id && schema.safeParse(record).success) out.set(id, record as T);
    }
  });
  return out;
}

export function parseRemoteRecords(
  raw: RawRecords,
  personIds: string[],
  relationshipIds: string[],
): RemoteRecords {
  const records: RemoteRecords = {
    mapGone: !isObject(raw.header),
    people: checked<Person>(personIds, raw.people, personSchema),
    relationships: checked<Relationship>(relationshipIds, raw.relationships, relationshipSchema),
  };
  const parsed = isObject(raw.header) ? headerSchema.safeParse(raw.header) : undefined;
  if (isObject(raw.header) && parsed?.success) {
    const row = raw.header;
    // Checked by headerSchema just above.
    const header = { ...(row as unknown as RemoteHeader) };
    const peopleOrder = ids(row.peopleOrder);
    const relationshipOrder = ids(row.relationshipOrder);
    records.header = {
      name: header.name,
      orgs: header.orgs,
      tiers: header.tiers,
      settings: header.settings,
      // Parsed, not raw: a row saved before actions existed has none, which parses to [].
      actions: parsed.data.actions,
      createdAt: header.createdAt,
      updatedAt: header.updatedAt,
      ...(peopleOrder && { peopleOrder }),
      ...(relationshipOrder && { relationshipOrder }),
    };
  }
  return records;
}
