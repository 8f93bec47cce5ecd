/**
 * What one edit changed, record by record and field by field, so that undo and redo can be
 * replayed onto a map that other tabs have changed since: only the records and fields the
 * edit touched move, everything else stays as it is now.
 */
import { sameItems, sameValue } from "./equality";
import {
  type Action,
  type MapSettings,
  ORG_KEYS,
  type Organisation,
  type OrgKey,
  type PeerMap,
  type Person,
  pairKey,
  type Relationship,
  type Tier,
} from "./model";

interface Item {
  readonly id: string;
}

/** The fields that differ, with their value on each side (undefined: the field is absent). */
export interface FieldChange<T> {
  before: Partial<T>;
  after: Partial<T>;
}

export interface ListChanges<T extends Item> {
  /** Items only in the list before, with their index there. */
  removed: { index: number; value: T }[];
  /** Items only in the list after, with their index there. */
  added: { index: number; value: T }[];
  updated: ({ id: string } & FieldChange<T>)[];
  /** The order of the items on both sides, when it differs. */
  order?: { before: string[]; after: string[] };
}

export interface MapChanges {
  name?: { before: string; after: string };
  orgs: Partial<Record<OrgKey, FieldChange<Organisation>>>;
  settings?: FieldChange<MapSettings>;
  tiers: ListChanges<Tier>;
  people: ListChanges<Person>;
  relationships: ListChanges<Relationship>;
  actions: ListChanges<Action>;
}

function fieldChange<T extends object>(before: T, after: T): FieldChange<T> | undefined {
  if (before === after) return undefined;
  const change: FieldChange<T> = { before: {}, after: {} };
  let any = false;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof T>) {
    if (sameValue(before[key], after[key])) continue;
    change.before[key] = before[key];
    change.after[key] = after[key];
    any = true;
  }
  return any ? change : undefined;
}

/**
 * The record with the change made, field by field; itself when nothing differs. A field that
 * no longer holds the value the change started from was changed by someone else since: it is
 * left as they made it (undo never overwrites a later edit made elsewhere).
 */
function withFields<T extends object>(record: T, change: FieldChange<T>): T {
  let next: T | undefined;
  for (const key of Object.keys(change.after) as (keyof T)[]) {
    const value = change.after[key];
    if (sameValue(record[key], value) || !sameValue(record[key], change.before[key])) continue;
    next ??= { ...record };
    if (value === undefined) delete next[key];
    else next[key] = value as T[keyof T];
  }
  return next ?? record;
}

function diffList<T extends Item>(before: readonly T[], after: readonly T[]): ListChanges<T> {
  const changes: ListChanges<T> = { removed: [], added: [], updated: [] };
  if (before === after) return changes;
  const afterById = new Map(after.map((item) => [item.id, item]));
  const beforeIds = new Set(before.map((item) => item.id));
  before.forEach((value, index) => {
    const next = afterById.get(value.id);
    if (!next) changes.removed.push({ index, value });
    else {
      const fields = fieldChange(value, next);
      if (fields) changes.updated.push({ id: value.id, ...fields });
    }
  });
  after.forEach((value, index) => {
    if (!beforeIds.has(value.id)) changes.added.push({ index, value });
  });
  const kept = (list: readonly T[]) =>
    list.filter((item) => beforeIds.has(item.id) && afterById.has(item.id)).map((item) => item.id);
  const orderBefore = kept(before);
  const orderAfter = kept(after);
  if (orderBefore.some((id, i) => orderAfter[i] !== id)) {
    changes.order = { before: orderBefore, after: orderAfter };
  }
  return changes;
}

const listIsEmpty = (changes: ListChanges<Item>) =>
  changes.removed.length === 0 &&
  changes.added.length === 0 &&
  changes.updated.length === 0 &&
  !changes.order;

/** The ids of `order` that are in the list take the list's slots for them, in that order. */
function reorder<T extends Item>(list: T[], order: readonly string[]): T[] {
  const byId = new Map(list.map((item) => [item.id, item]));
  const wanted = order.filter((id) => byId.has(id));
  const moving = new Set(wanted);
  let next = 0;
  return list.map((item) =>
    moving.has(item.id) ? (byId.get(wanted[next++] ?? "") ?? item) : item,
  );
}

function applyList<T extends Item>(current: T[], changes: ListChanges<T>): T[] {
  if (listIsEmpty(changes)) return current;
  const removed = new Set(changes.removed.map((r) => r.value.id));
  const updates = new Map(changes.updated.map((u) => [u.id, u]));
  // A record another tab deleted stays deleted: its update is dropped, not resurrected.
  let list = current
    .filter((item) => !removed.has(item.id))
    .map((item) => {
      const change = updates.get(item.id);
      return change ? withFields(item, change) : item;
    });
  if (changes.order) list = reorder(list, changes.order.after);
  const present = new Set(list.map((item) => item.id));
  for (const { index, value } of [...changes.added].sort((p, q) => p.index - q.index)) {
    if (present.has(value.id)) continue;
    list.splice(Math.min(index, list.length), 0, value);
    present.add(value.id);
  }
  return sameItems(list, current) ? current : list;
}

function invertList<T extends Item>(changes: ListChanges<T>): ListChanges<T> {
  return {
    removed: changes.added,
    added: changes.removed,
    updated: changes.updated.map(({ id, before, after }) => ({ id, before: after, after: before })),
    ...(changes.order
      ? { order: { before: changes.order.after, after: changes.order.before } }
      : {}),
  };
}

/** What turned `before` into `after`. */
export function changesBetween(before: PeerMap, after: PeerMap): MapChanges {
  const orgs: MapChanges["orgs"] = {};
  for (const org of ORG_KEYS) {
    const change = fieldChange(before.orgs[org], after.orgs[org]);
    if (change) orgs[org] = change;
  }
  const settings = fieldChange(before.settings, after.settings);
  return {
    ...(before.name !== after.name ? { name: { before: before.name, after: after.name } } : {}),
    orgs,
    ...(settings ? { settings } : {}),
    tiers: diffList(before.tiers, after.tiers),
    people: diffList(before.people, after.people),
    relationships: diffList(before.relationships, after.relationships),
    actions: diffList(before.actions, after.actions),
  };
}

export function isEmpty(changes: MapChanges): boolean {
  return (
    !changes.name &&
    !changes.settings &&
    Object.keys(changes.orgs).length === 0 &&
    listIsEmpty(changes.tiers) &&
    listIsEmpty(changes.people) &&
    listIsEmpty(changes.relationships) &&
    listIsEmpty(changes.actions)
  );
}

/** The changes that take `after` back to `before`. */
export function invert(changes: MapChanges): MapChanges {
  const flip = <T>(c: FieldChange<T>): FieldChange<T> => ({ before: c.after, after: c.before });
  const orgs: MapChanges["orgs"] = {};
  for (const org of ORG_KEYS) {
    const change = changes.orgs[org];
    if (change) orgs[org] = flip(change);
  }
  return {
    ...(changes.name ? { name: { before: changes.name.after, after: changes.name.before } } : {}),
    orgs,
    ...(changes.settings ? { settings: flip(changes.settings) } : {}),
    tiers: invertList(changes.tiers),
    people: invertList(changes.people),
    relationships: invertList(changes.relationships),
    actions: invertList(changes.actions),
  };
}

/**
 * `map` with the changes made: every record and field they name takes its value "after"
 * (unless someone else changed that field since); everything else is left as it is in `map` (with the same objects, so saving writes only
 * what changed). The result is always a valid map, whatever happened to `map` meanwhile: a
 * person whose tier is gone keeps it (or, if it is unknown, goes to the roster of the first
 * tier), and a relationship whose person is gone, or that would duplicate a pair, is dropped.
 */
export function applyChanges(map: PeerMap, changes: MapChanges): PeerMap {
  if (isEmpty(changes)) return map;
  let orgs = map.orgs;
  for (const org of ORG_KEYS) {
    const change = changes.orgs[org];
    const next = change ? withFields(orgs[org], change) : orgs[org];
    if (next !== orgs[org]) orgs = { ...orgs, [org]: next };
  }
  const settings = changes.settings ? withFields(map.settings, changes.settings) : map.settings;
  const people = applyList(map.people, changes.people);
  const knownTiers = [
    ...map.tiers,
    ...changes.tiers.added.map((a) => a.value),
    ...changes.tiers.removed.map((r) => r.value),
  ];
  const placed = keepTiersInUse(applyList(map.tiers, changes.tiers), people, knownTiers);
  const relationships = validRelationships(
    map.relationships,
    applyList(map.relationships, changes.relationships),
    placed.people,
  );
  const next: PeerMap = {
    ...map,
    name: changes.name?.before === map.name ? changes.name.after : map.name,
    orgs,
    settings,
    tiers: placed.tiers,
    people: placed.people,
    relationships,
    actions: applyList(map.actions, changes.actions),
  };
  return sameValue(next, map) ? map : next;
}

/** Tiers people are in are kept; a person in a tier nobody knows goes to the first tier's roster. */
function keepTiersInUse(
  tiers: Tier[],
  people: Person[],
  known: readonly Tier[],
): { tiers: Tier[]; people: Person[] } {
  const ids = new Set(tiers.map((t) => t.id));
  const missing = people.filter((p) => !ids.has(p.tierId));
  if (missing.length === 0) return { tiers, people };
  const nextTiers = [...tiers];
  for (const person of missing) {
    const tier = known.find((t) => t.id === person.tierId);
    if (tier && !ids.has(tier.id)) {
      nextTiers.push(tier);
      ids.add(tier.id);
    }
  }
  const first = nextTiers[0];
  if (!first) return { tiers: nextTiers, people };
  const nextPeople = people.map((p) => {
    if (ids.has(p.tierId)) return p;
    const { position: _dropped, ...rest } = p;
    return { ...rest, tierId: first.id };
  });
  return { tiers: nextTiers, people: nextPeople };
}

/** Drops relationships whose people are gone, and any brought back for a pair linked meanwhile. */
function validRelationships(
  current: readonly Relationship[],
  next: Relationship[],
  people: readonly Person[],
): Relationship[] {
  const ids = new Set(people.map((p) => p.id));
  const existing = new Set(current.map((r) => r.id));
  const linked = new Set(
    next.filter((r) => existing.has(r.id)).map((r) => pairKey(r.source, r.target)),
  );
  const valid = next.filter((r) => {
    if (!ids.has(r.source) || !ids.has(r.target)) return false;
    if (existing.has(r.id)) return true;
    const pair = pairKey(r.source, r.target);
    if (linked.has(pair)) return false;
    linked.add(pair);
    return true;
  });
  return valid.length === next.length ? next : valid;
}
