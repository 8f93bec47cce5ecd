/**
 * Actions: the course corrections an alliance manager records against a gap, a relationship or
 * a person ("Book a dinner for the two sponsors", owner, due date), and marks done later. Edits
 * here keep the edit contract of ./edits.ts: refused with a reason, or a map that is the same
 * object when nothing changed.
 */
import { done, type EditResult } from "./edits";
import { isCalendarDate } from "./format/fields";
import { LIMITS } from "./format/limits";
import { newId } from "./ids";
import { tooLong } from "./mapLimits";
import type { Action, ActionSubject, PeerMap } from "./model";
import { cleanName } from "./names";

export interface ActionInput {
  text: string;
  about: ActionSubject;
  /** Free text; cleared when empty. */
  owner?: string;
  /** A person on the map; cleared when empty. */
  ownerId?: string;
  /** YYYY-MM-DD; cleared when empty. */
  due?: string;
}

export type ActionChanges = Partial<Omit<ActionInput, "about">> & {
  status?: Action["status"];
};

const clean = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** Why `changes` cannot be written, as a sentence the user can act on. */
function problemWith(map: PeerMap, changes: ActionChanges): string | undefined {
  if ("text" in changes && !cleanName(changes.text ?? ""))
    return "Say what is to be done: the action's text is empty.";
  const long =
    tooLong("An action", changes.text, LIMITS.maxActionLength) ??
    tooLong("An owner's name", changes.owner, LIMITS.maxNameLength);
  if (long) return long;
  const due = clean(changes.due);
  if (due !== undefined && !isCalendarDate(due))
    return "Write the due date as YYYY-MM-DD, e.g. 2026-12-31.";
  const ownerId = clean(changes.ownerId);
  if (ownerId !== undefined && !map.people.some((p) => p.id === ownerId))
    return "The owner must be someone on the map, or typed as free text.";
  return undefined;
}

/** `base` with each of `changes`' text fields set, or removed when blank. */
function withChanges(base: Action, changes: ActionChanges, now: string): Action {
  const next: Action = { ...base };
  const text = changes.text === undefined ? undefined : cleanName(changes.text);
  if (text !== undefined) next.text = text;
  for (const key of ["owner", "ownerId", "due"] as const) {
    if (key in changes) {
      const value = clean(changes[key]);
      if (value === undefined) delete next[key];
      else next[key] = value;
    }
  }
  if (changes.status !== undefined && changes.status !== base.status) {
    next.status = changes.status;
    if (changes.status === "done") next.doneAt = now;
    else delete next.doneAt;
  }
  return next;
}

export function addAction(
  map: PeerMap,
  input: ActionInput,
  now = new Date().toISOString(),
  id = newId("a"),
): EditResult {
  if (map.actions.length >= LIMITS.maxActions)
    return {
      ok: false,
      reason: `This map already has ${LIMITS.maxActions.toLocaleString("en")} actions, the most it can hold. Delete done ones to add more.`,
    };
  const refused = problemWith(map, { ...input, text: input.text });
  if (refused) return { ok: false, reason: refused };
  const blank: Action = { id, text: "", about: { ...input.about }, status: "open", createdAt: now };
  const action = withChanges(blank, input, now);
  return { ok: true, map: { ...map, actions: [...map.actions, action] }, id };
}

export function updateAction(
  map: PeerMap,
  id: string,
  changes: ActionChanges,
  now = new Date().toISOString(),
): EditResult {
  const refused = problemWith(map, changes);
  if (refused) return { ok: false, reason: refused };
  const index = map.actions.findIndex((a) => a.id === id);
  const action = map.actions[index];
  if (!action) return { ok: true, map };
  const next = withChanges(action, changes, now);
  const actions = [...map.actions];
  actions[index] = next;
  return done(map, { ...map, actions });
}

/** Marks several actions done at once (say, when their gap has closed): one undo step. */
export function completeActions(
  map: PeerMap,
  ids: Iterable<string>,
  now = new Date().toISOString(),
): EditResult {
  const wanted = new Set(ids);
  let changed = false;
  const actions = map.actions.map((a) => {
    if (!wanted.has(a.id) || a.status === "done") return a;
    changed = true;
    return withChanges(a, { status: "done" }, now);
  });
  return { ok: true, map: changed ? { ...map, actions } : map };
}

export function removeActions(map: PeerMap, ids: Iterable<string>): EditResult {
  const gone = new Set(ids);
  const actions = map.actions.filter((a) => !gone.has(a.id));
  return { ok: true, map: actions.length === map.actions.length ? map : { ...map, actions } };
}

/**
 * An action's references under a copy's new ids (tiers, people, relationships). A gap's id is
 * its kind, its tier's id and maybe a person's id, joined by ":" (see gapId in ./gaps.ts).
 */
export function remapActionIds(
  actions: readonly Action[],
  ids: {
    tiers: ReadonlyMap<string, string>;
    people: ReadonlyMap<string, string>;
    relationships: ReadonlyMap<string, string>;
  },
): Action[] {
  const person = (id: string) => ids.people.get(id) ?? id;
  const gap = (gapId: string): string => {
    const colon = gapId.indexOf(":");
    if (colon < 0) return gapId;
    const kind = gapId.slice(0, colon);
    const rest = gapId.slice(colon + 1);
    const tier = ids.tiers.get(rest);
    if (tier) return `${kind}:${tier}`;
    for (const [tierId, newTier] of ids.tiers) {
      if (rest.startsWith(`${tierId}:`))
        return `${kind}:${newTier}:${person(rest.slice(tierId.length + 1))}`;
    }
    return gapId;
  };
  return actions.map((action) => {
    const { kind, id } = action.about;
    const about: ActionSubject = {
      kind,
      id:
        kind === "gap"
          ? gap(id)
          : kind === "person"
            ? person(id)
            : (ids.relationships.get(id) ?? id),
    };
    const copy: Action = { ...action, id: newId("a"), about };
    if (action.ownerId) copy.ownerId = person(action.ownerId);
    return copy;
  });
}
