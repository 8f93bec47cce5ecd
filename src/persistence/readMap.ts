/**
 * Turns stored rows back into a document, keeping everything that is sound. A damaged record
 * (missing fields, wrong types, a tier or person that does not exist, a strength out of range)
 * is skipped with a warning naming it; a damaged header field is reset to its default. The
 * rules themselves are validateMap's: this file only decides what to drop or repair.
 * Being over a limit (too many tiers, notes too long) is not damage: the user may have typed
 * it, so it is kept and a warning says so. A card far outside its cell is brought back in.
 */

import { keepInCellRange } from "../domain/cellPlaces";
import { limitWarnings } from "../domain/mapLimits";
import {
  DEFAULT_HEALTHY_THRESHOLD,
  DEFAULT_ORGS,
  ORG_KEYS,
  type PeerMap,
  type Person,
  type Relationship,
  type Tier,
} from "../domain/model";
import { validateMap } from "../domain/validateMap";
import type { RawMapRows } from "./backend";
import { isObject, withoutMapId } from "./rows";

export interface LoadedMap {
  map: PeerMap;
  /** One sentence per thing skipped or repaired, for the user. */
  warnings: string[];
}

const MAX_PASSES = 8;
/** Only damage is repaired or skipped here; limits are reported, see limitWarnings. */
const damage = (map: PeerMap) => validateMap(map, { withinLimits: false });
const RECORD_PATH = /^(people|relationships)\[(\d+)\](.*)$/;

const idText = (record: unknown): string =>
  isObject(record) && typeof record.id === "string" && record.id !== "" ? record.id : "no id";

/** Records in their stored order; anything the order does not list goes last, by id. */
function inOrder(records: unknown[], order: unknown): Record<string, unknown>[] {
  const rank = new Map<string, number>();
  if (Array.isArray(order)) {
    order.forEach((id: unknown, i) => {
      if (typeof id === "string") rank.set(id, i);
    });
  }
  const keyed = records.filter(isObject).map(withoutMapId);
  const at = (r: Record<string, unknown>) =>
    typeof r.id === "string"
      ? (rank.get(r.id) ?? Number.MAX_SAFE_INTEGER)
      : Number.MAX_SAFE_INTEGER;
  return keyed.sort((p, q) => at(p) - at(q) || String(p.id).localeCompare(String(q.id)));
}

interface Header {
  name: unknown;
  orgs: unknown;
  tiers: unknown;
  settings: unknown;
  actions: unknown;
  createdAt: unknown;
  updatedAt: unknown;
}

const blankHeader = (now: string): Header => ({
  name: "Untitled map",
  orgs: { a: { ...DEFAULT_ORGS.a }, b: { ...DEFAULT_ORGS.b } },
  tiers: [],
  settings: { healthyThreshold: DEFAULT_HEALTHY_THRESHOLD },
  actions: [],
  createdAt: now,
  updatedAt: now,
});

/** Resets header fields validateMap objects to, so that the records can still be used. */
function repairHeader(id: string, raw: Record<string, unknown>, people: unknown[], now: string) {
  const header: Header = {
    name: raw.name,
    orgs: isObject(raw.orgs) ? { ...raw.orgs } : raw.orgs,
    tiers: raw.tiers,
    settings: raw.settings,
    // Rows saved before actions existed have none.
    actions: raw.actions ?? [],
    createdAt: raw.createdAt,
    updatedAt: raw.updatedAt,
  };
  const repaired = new Set<string>();
  if (!Array.isArray(header.tiers)) {
    repaired.add("tiers");
    // Without its tier list every person would dangle: rebuild one from the people.
    const ids = new Set(
      people.flatMap((p) => (isObject(p) && typeof p.tierId === "string" ? [p.tierId] : [])),
    );
    header.tiers = [...ids].map((tierId, i) => ({ id: tierId, name: `Tier ${i + 1}` }));
  }
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const probe = { id, ...header, people: [], relationships: [] } as unknown as PeerMap;
    const errors = damage(probe);
    if (errors.length === 0) break;
    const dropTiers = new Set<number>();
    const dropActions = new Set<number>();
    for (const { path } of errors) {
      const action = /^actions\[(\d+)\]/.exec(path);
      const tier = /^tiers\[(\d+)\](\.name)?/.exec(path);
      if (action) {
        dropActions.add(Number(action[1]));
        repaired.add("actions");
      } else if (tier && Array.isArray(header.tiers)) {
        const index = Number(tier[1]);
        const value: unknown = header.tiers[index];
        if (tier[2] && isObject(value) && pass === 0) {
          header.tiers[index] = { id: value.id, name: "Unnamed tier" };
        } else dropTiers.add(index);
        repaired.add("tiers");
      } else if (path.startsWith("orgs")) {
        const org = ORG_KEYS.find((key) => path.startsWith(`orgs.${key}`));
        const orgs = isObject(header.orgs) ? header.orgs : {};
        header.orgs = org ? { ...orgs, [org]: { ...DEFAULT_ORGS[org] } } : { ...DEFAULT_ORGS };
        repaired.add("organisations");
      } else if (path.startsWith("settings")) {
        header.settings = { healthyThreshold: DEFAULT_HEALTHY_THRESHOLD };
        repaired.add("settings");
      } else if (path === "name") {
        header.name = "Untitled map";
        repaired.add("name");
      } else if (path === "createdAt" || path === "updatedAt") {
        header[path] = now;
        repaired.add("dates");
      } else if (path === "tiers") {
        header.tiers = [];
        repaired.add("tiers");
      } else if (path === "actions") {
        header.actions = [];
        repaired.add("actions");
      }
    }
    if (dropTiers.size > 0 && Array.isArray(header.tiers)) {
      header.tiers = header.tiers.filter((_, i) => !dropTiers.has(i));
    }
    if (dropActions.size > 0 && Array.isArray(header.actions)) {
      header.actions = header.actions.filter((_, i) => !dropActions.has(i));
    }
    if (pass === MAX_PASSES - 1) {
      // Something no rule above understood: fall back to a blank header rather than open junk.
      Object.assign(header, blankHeader(now));
      repaired.add("everything");
    }
  }
  return {
    header: header as Omit<PeerMap, "id" | "people" | "relationships">,
    repaired: [...repaired],
  };
}

/** Drops (or, for a bad position, un-places) each record validateMap objects to, until none. */
function dropDamaged(map: PeerMap, warn: (text: string) => void): PeerMap {
  let current = map;
  // Each pass removes or repairs at least one record, so this always ends; usually in 2 or 3.
  const passes = map.people.length + map.relationships.length + 1;
  for (let pass = 0; pass < passes; pass++) {
    const bad = { people: new Map<number, string[]>(), relationships: new Map<number, string[]>() };
    for (const { path } of damage(current)) {
      const match = RECORD_PATH.exec(path);
      if (!match) continue;
      const list = bad[match[1] as "people" | "relationships"];
      const index = Number(match[2]);
      list.set(index, [...(list.get(index) ?? []), match[3] ?? ""]);
    }
    if (bad.people.size === 0 && bad.relationships.size === 0) return current;
    const people: Person[] = [];
    current.people.forEach((person, i) => {
      const problems = bad.people.get(i);
      if (!problems) people.push(person);
      else if (problems.every((rest) => rest.startsWith(".position"))) {
        const { position: _position, ...unplaced } = person;
        people.push(unplaced);
        warn(
          `Moved a person (${idText(person)}) with a damaged canvas position to the roster in "${map.name}".`,
        );
      } else warn(`Skipped a damaged person (${idText(person)}) in "${map.name}".`);
    });
    const relationships = current.relationships.filter((relationship, i) => {
      if (!bad.relationships.has(i)) return true;
      warn(`Skipped a damaged relationship (${idText(relationship)}) in "${map.name}".`);
      return false;
    });
    current = { ...current, people, relationships };
  }
  return current;
}

/**
 * The document stored for map `id`, as much of it as is sound. `now` stands in for a
 * damaged timestamp.
 */
export function assembleMap(id: string, rows: RawMapRows, now: string): LoadedMap {
  const warnings: string[] = [];
  const notObjects = (list: unknown[]) => list.filter((row) => !isObject(row)).length;
  const { header, repaired } = repairHeader(id, rows.header, rows.people, now);
  const name = header.name;
  if (repaired.length > 0) {
    warnings.push(`Reset damaged map details (${repaired.join(", ")}) in "${name}".`);
  }
  const lost = notObjects(rows.people) + notObjects(rows.relationships);
  if (lost > 0)
    warnings.push(`Skipped ${lost} unreadable record${lost === 1 ? "" : "s"} in "${name}".`);

  // Unchecked casts: validateMap below checks every field and dropDamaged removes what fails.
  const candidate: PeerMap = {
    id,
    ...header,
    tiers: header.tiers as Tier[],
    people: inOrder(rows.people, rows.header.peopleOrder) as unknown as Person[],
    relationships: inOrder(
      rows.relationships,
      rows.header.relationshipOrder,
    ) as unknown as Relationship[],
  };
  const sound = dropDamaged(candidate, (text) => warnings.push(text));
  const { map, moved } = keepInCellRange(sound);
  if (moved.length > 0) {
    const cards = moved.length === 1 ? "a card" : `${moved.length} cards`;
    warnings.push(
      `Moved ${cards} that lay far outside ${moved.length === 1 ? "its" : "their"} lane back into it in "${name}".`,
    );
  }
  warnings.push(...limitWarnings(map));
  return { map, warnings };
}
