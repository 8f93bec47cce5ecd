/**
 * Keeping a map's relationships whole when two tabs write it: a relationship is stored only
 * while both its people are. Used inside a write's transaction by both backends. Pure.
 */
import { isObject } from "./rows";

/** What a write changed beyond what it was asked to. */
export interface WriteResult {
  /** Relationships not written because one of their people is not stored (deleted elsewhere). */
  droppedRelationships: string[];
  /** Stored relationships deleted along with one of their people (added in another tab). */
  deletedRelationships: string[];
}

export const nothingExtra = (): WriteResult => ({
  droppedRelationships: [],
  deletedRelationships: [],
});

const ends = (row: unknown): string[] =>
  isObject(row) ? [row.source, row.target].filter((id) => typeof id === "string") : [];

const idOf = (row: unknown): string => (isObject(row) && typeof row.id === "string" ? row.id : "");

/** The people the relationship rows refer to, each once. */
export const peopleLinkedBy = (rows: readonly unknown[]): string[] => [
  ...new Set(rows.flatMap(ends)),
];

/** The relationship rows that touch one of `people`. */
export const rowsTouching = (rows: readonly unknown[], people: ReadonlySet<string>): unknown[] =>
  rows.filter((row) => ends(row).some((id) => people.has(id)));

/** Splits relationship rows into those whose people are all stored and the ids of the rest. */
export function withStoredPeople(
  rows: readonly unknown[],
  isStored: (personId: string) => boolean,
): { keep: unknown[]; dropped: string[] } {
  const keep: unknown[] = [];
  const dropped: string[] = [];
  for (const row of rows) {
    const both = ends(row);
    if (both.length === 2 && both.every(isStored)) keep.push(row);
    else dropped.push(idOf(row));
  }
  return { keep, dropped };
}

export { idOf as rowId };

/** Every relationship a write deletes: those asked for and those deleted with their person. */
export const deletedRelationshipIds = (
  asked: readonly (readonly [string, string])[] | undefined,
  extra: WriteResult,
): Set<string> => new Set([...(asked ?? []).map(([, id]) => id), ...extra.deletedRelationships]);
