/** Conversions between the in-memory document and its stored rows. */
import { coverageScore } from "../domain/coverage";
import {
  DEFAULT_ORGS,
  type Organisation,
  type OrgKey,
  type PeerMap,
  type Person,
  type Relationship,
} from "../domain/model";
import type { MapRow, PersonRow, RelationshipRow } from "./db";

/** What the home screen shows for a map, without loading its people. */
export interface MapSummary {
  id: string;
  name: string;
  orgs: Record<OrgKey, Organisation>;
  peopleCount: number;
  relationshipCount: number;
  /** 0..100, see coverageScore; null until both organisations have someone placed. */
  coverage: number | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * The header row of a map, with its summary fields computed from the whole document. Coverage
 * is a full pass over the map: a caller that already has it for this very map (the open map's
 * cached analysis) passes it in.
 */
export function toMapRow(map: PeerMap, coverage: number | null = coverageScore(map)): MapRow {
  return {
    id: map.id,
    name: map.name,
    orgs: map.orgs,
    tiers: map.tiers,
    settings: map.settings,
    actions: map.actions,
    createdAt: map.createdAt,
    updatedAt: map.updatedAt,
    peopleOrder: map.people.map((p) => p.id),
    relationshipOrder: map.relationships.map((r) => r.id),
    peopleCount: map.people.length,
    relationshipCount: map.relationships.length,
    coverage,
  };
}

export const toPersonRow = (mapId: string, person: Person): PersonRow => ({ ...person, mapId });

export const toRelationshipRow = (mapId: string, relationship: Relationship): RelationshipRow => ({
  ...relationship,
  mapId,
});

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A stored record without its storage-only `mapId`. */
export function withoutMapId(row: Record<string, unknown>): Record<string, unknown> {
  const { mapId: _mapId, ...record } = row;
  return record;
}

const text = (value: unknown, fallback: string): string =>
  typeof value === "string" && value.trim() !== "" ? value : fallback;

const count = (value: unknown): number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0;

const orgOf = (value: unknown, fallback: Organisation): Organisation => {
  if (!isObject(value)) return fallback;
  return { name: text(value.name, fallback.name), color: text(value.color, fallback.color) };
};

/**
 * A summary from a header row, tolerant of damage: the home screen must list every map it can
 * name so the user can still open (and repair) or delete it. Rows without an id are skipped.
 */
export function toSummary(row: unknown): MapSummary | undefined {
  if (!isObject(row) || typeof row.id !== "string") return undefined;
  const orgs = isObject(row.orgs) ? row.orgs : {};
  return {
    id: row.id,
    name: text(row.name, "Untitled map"),
    orgs: { a: orgOf(orgs.a, DEFAULT_ORGS.a), b: orgOf(orgs.b, DEFAULT_ORGS.b) },
    peopleCount: count(row.peopleCount),
    relationshipCount: count(row.relationshipCount),
    // Rows saved before coverage could be unmeasured stored 100 for an empty map.
    coverage:
      row.coverage === null || count(row.peopleCount) === 0
        ? null
        : Math.min(100, count(row.coverage)),
    createdAt: text(row.createdAt, ""),
    updatedAt: text(row.updatedAt, ""),
  };
}

/** Newest first; ties by name so the list does not jump around. */
export function sortSummaries(summaries: MapSummary[]): MapSummary[] {
  return summaries.sort((p, q) => {
    if (p.updatedAt !== q.updatedAt) return p.updatedAt < q.updatedAt ? 1 : -1;
    return p.name.localeCompare(q.name);
  });
}
