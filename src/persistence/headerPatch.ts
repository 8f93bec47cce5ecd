/**
 * Writing a map's header without undoing another tab's work. Two tabs on one map each hold a
 * copy of the header (name, organisations, tiers, settings); writing a whole copy would put
 * back whatever the other tab changed since. So a save carries only the header fields its tab
 * changed, and they are laid over the stored row inside the write's own transaction, the way
 * people and relationships are written one record at a time. Pure.
 */
import type { MapRow } from "./db";
import type { HeaderField } from "./diff";

/** The saving tab's header row, and which of its fields that tab changed. */
export interface HeaderPatch {
  row: MapRow;
  fields: readonly HeaderField[];
  /** Actions this tab removed; any other action in the stored row is another tab's, and stays. */
  deletedActions?: readonly string[];
}

/** What storage holds for the map once the write's records are in (the summary's figures). */
export interface StoredFacts {
  people: number;
  relationships: number;
  /** Records this write deleted: they leave the stored order too. */
  deletedPeople: ReadonlySet<string>;
  deletedRelationships: ReadonlySet<string>;
}

/** Fields taken from the tab only when it changed them; otherwise the stored value stays. */
const OWN_FIELDS = ["name", "orgs", "tiers", "settings", "actions", "createdAt"] as const;

/**
 * This tab's order, then what the stored order lists that this tab does not know yet (another
 * tab's additions), minus what this write deleted.
 */
function mergeOrder(ours: readonly string[], stored: unknown, deleted: ReadonlySet<string>) {
  const out = [...ours];
  const seen = new Set(ours);
  if (Array.isArray(stored)) {
    for (const id of stored) {
      if (typeof id === "string" && !seen.has(id) && !deleted.has(id)) {
        seen.add(id);
        out.push(id);
      }
    }
  }
  return out;
}

/** This tab's actions, then those another tab stored meanwhile (this tab never had them). */
function mergeActions(ours: MapRow["actions"], stored: unknown, deleted: ReadonlySet<string>) {
  if (!Array.isArray(stored)) return ours;
  const known = new Set(ours.map((a) => a.id));
  const theirs = stored.filter(
    (a): a is MapRow["actions"][number] =>
      isRecord(a) && typeof a.id === "string" && !known.has(a.id) && !deleted.has(a.id),
  );
  return theirs.length > 0 ? [...ours, ...theirs] : ours;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

const orderOf = (stored: unknown, deleted: ReadonlySet<string>): unknown =>
  Array.isArray(stored) ? stored.filter((id) => !deleted.has(id)) : stored;

/** The header row to store: `stored` with the patch's fields laid over it. */
export function patchHeaderRow(
  stored: Record<string, unknown>,
  patch: HeaderPatch,
  facts: StoredFacts,
): Record<string, unknown> {
  const { row, fields } = patch;
  const changed = new Set(fields);
  const next: Record<string, unknown> = { ...stored, id: row.id };
  for (const field of OWN_FIELDS) if (changed.has(field)) next[field] = row[field];
  if (changed.has("actions"))
    next.actions = mergeActions(row.actions, stored.actions, new Set(patch.deletedActions ?? []));
  // The newest edit of either tab is when the map last changed.
  const storedAt = typeof stored.updatedAt === "string" ? stored.updatedAt : "";
  if (row.updatedAt > storedAt) next.updatedAt = row.updatedAt;
  next.peopleOrder = changed.has("peopleOrder")
    ? mergeOrder(row.peopleOrder, stored.peopleOrder, facts.deletedPeople)
    : orderOf(stored.peopleOrder, facts.deletedPeople);
  next.relationshipOrder = changed.has("relationshipOrder")
    ? mergeOrder(row.relationshipOrder, stored.relationshipOrder, facts.deletedRelationships)
    : orderOf(stored.relationshipOrder, facts.deletedRelationships);
  next.peopleCount = facts.people;
  next.relationshipCount = facts.relationships;
  // Coverage needs the whole document, which only the saving tab has: its figure is the best
  // there is, and the next save in any tab corrects it.
  next.coverage = row.coverage;
  return next;
}
