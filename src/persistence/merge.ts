/**
 * Merging what another tab saved into the open document. Records this tab has not changed
 * since its last save take the stored version (or go, when deleted there); this tab's pending
 * changes win and are saved afterwards. So concurrent edits to different people or
 * relationships are all kept. Pure.
 */
import { sameItems } from "../domain/equality";
import type { PeerMap, Person, Relationship } from "../domain/model";
import type { HeaderField, MapDiff } from "./diff";
import type { RemoteRecords } from "./remoteRecords";

/** What this tab changed since its last save. */
export interface PendingIds {
  header: ReadonlySet<HeaderField>;
  people: ReadonlySet<string>;
  relationships: ReadonlySet<string>;
}

export const NO_PENDING: PendingIds = {
  header: new Set(),
  people: new Set(),
  relationships: new Set(),
};

export const pendingIdsOf = (diff: MapDiff): PendingIds => ({
  header: new Set(diff.headerFields),
  people: new Set([...diff.putPeople.map((p) => p.id), ...diff.deletePeopleIds]),
  relationships: new Set([
    ...diff.putRelationships.map((r) => r.id),
    ...diff.deleteRelationshipIds,
  ]),
});

const MERGED_HEADER_FIELDS = ["name", "orgs", "tiers", "settings", "actions"] as const;

/** Same JSON: keep the local object so nothing re-renders or re-saves for nothing. */
const sameValue = (p: unknown, q: unknown): boolean =>
  p === q || JSON.stringify(p) === JSON.stringify(q);

function mergeList<T extends { id: string }>(
  local: readonly T[],
  remote: ReadonlyMap<string, T | null>,
  pending: ReadonlySet<string>,
  remoteOrder: readonly string[] | undefined,
): T[] {
  const byId = new Map<string, T>();
  for (const item of local) byId.set(item.id, item);
  for (const [id, record] of remote) {
    if (pending.has(id)) continue;
    if (record === null) byId.delete(id);
    else if (!sameValue(byId.get(id), record)) byId.set(id, record);
  }
  // The stored order first (it is the other tab's latest), then this tab's own additions.
  const out: T[] = [];
  const placed = new Set<string>();
  const place = (id: string) => {
    const item = byId.get(id);
    if (item && !placed.has(id)) {
      placed.add(id);
      out.push(item);
    }
  };
  for (const id of remoteOrder ?? []) place(id);
  for (const item of local) place(item.id);
  for (const id of byId.keys()) place(id);
  return sameItems(out, local) ? (local as T[]) : out;
}

export function mergeExternal(local: PeerMap, remote: RemoteRecords, pending: PendingIds): PeerMap {
  const merged: PeerMap = { ...local };
  const header = remote.header;
  if (header) {
    for (const field of MERGED_HEADER_FIELDS) {
      if (!pending.header.has(field) && !sameValue(local[field], header[field])) {
        // Each field keeps its own type; TypeScript cannot follow that through the loop.
        (merged as unknown as Record<string, unknown>)[field] = header[field];
      }
    }
    if (header.updatedAt > local.updatedAt) merged.updatedAt = header.updatedAt;
  }
  let people: Person[] = mergeList(
    local.people,
    remote.people,
    pending.people,
    header?.peopleOrder,
  );
  let relationships: Relationship[] = mergeList(
    local.relationships,
    remote.relationships,
    pending.relationships,
    header?.relationshipOrder,
  );

  // A pending relationship keeps both its people, even if the other tab deleted one of them;
  // any other relationship to someone no longer here goes.
  const present = new Set(people.map((p) => p.id));
  const localPeople = new Map(local.people.map((p) => [p.id, p]));
  const revived: Person[] = [];
  const keep = relationships.filter((r) => {
    for (const end of [r.source, r.target]) {
      if (present.has(end)) continue;
      const person = localPeople.get(end);
      if (!person || !pending.relationships.has(r.id)) return false;
      present.add(end);
      revived.push(person);
    }
    return true;
  });
  if (keep.length !== relationships.length) relationships = keep;
  if (revived.length > 0) people = [...people, ...revived];

  // Likewise a tier the other tab deleted comes back while someone here is still in it.
  const tierIds = new Set(merged.tiers.map((t) => t.id));
  const missingTiers = local.tiers.filter(
    (t) => !tierIds.has(t.id) && people.some((p) => p.tierId === t.id),
  );
  if (missingTiers.length > 0) merged.tiers = [...merged.tiers, ...missingTiers];

  merged.people = people;
  merged.relationships = relationships;
  return merged;
}
