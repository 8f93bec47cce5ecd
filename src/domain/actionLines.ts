/**
 * Actions as words: one line per action ("Book a dinner — owner Priya Raman, due 15 Dec 2026
 * (overdue)"), what an action is about, and which open actions a closed gap leaves behind. The
 * gap report, the peer table and the panels all say an action the same way through here.
 */
import type { Gap } from "./gaps";
import type { Action, ActionSubject, PeerMap } from "./model";
import { dayText } from "./snapshots";

const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, " ").trim();

/** True when `action` is open and its due date is before `today` (both YYYY-MM-DD). */
export const isOverdue = (action: Action, today: string): boolean =>
  action.status === "open" && action.due !== undefined && action.due < today;

/** The owner's name: the person on the map when one is picked, else the typed name. */
export function ownerName(map: PeerMap, action: Action): string | undefined {
  const person = action.ownerId ? map.people.find((p) => p.id === action.ownerId) : undefined;
  return person?.name ?? action.owner;
}

/** One line of text for `action`, on one line whatever its text holds. */
export function actionLine(map: PeerMap, action: Action, today: string): string {
  const details: string[] = [];
  const owner = ownerName(map, action);
  if (owner) details.push(`owner ${oneLine(owner)}`);
  if (action.due)
    details.push(`due ${dayText(action.due)}${isOverdue(action, today) ? " (overdue)" : ""}`);
  const text = oneLine(action.text);
  return details.length > 0 ? `${text} — ${details.join(", ")}` : text;
}

/** Open actions, soonest due first, those without a date last; otherwise in the map's order. */
export function openActionsByDue(actions: readonly Action[]): Action[] {
  const open = actions.filter((a) => a.status === "open");
  return open.sort((p, q) => {
    if (p.due === q.due) return 0;
    if (p.due === undefined) return 1;
    if (q.due === undefined) return -1;
    return p.due < q.due ? -1 : 1;
  });
}

/** The open actions about `subject`. */
export const openActionsAbout = (map: PeerMap, subject: ActionSubject): Action[] =>
  map.actions.filter(
    (a) => a.status === "open" && a.about.kind === subject.kind && a.about.id === subject.id,
  );

/** A gap that has closed and the open actions still recorded against it. */
export interface ClosedGapActions {
  gap: Gap;
  actionIds: string[];
}

/**
 * The gaps open in `before` and gone in `after` that still have open actions in `after`: the
 * actions a user may now want to mark done. Gaps are matched by their stable ids.
 */
export function actionsOfClosedGaps(
  beforeGaps: readonly Gap[],
  afterGaps: readonly Gap[],
  after: PeerMap,
): ClosedGapActions[] {
  const stillOpen = new Set(afterGaps.map((gap) => gap.id));
  const result: ClosedGapActions[] = [];
  for (const gap of beforeGaps) {
    if (stillOpen.has(gap.id)) continue;
    const actionIds = openActionsAbout(after, { kind: "gap", id: gap.id }).map((a) => a.id);
    if (actionIds.length > 0) result.push({ gap, actionIds });
  }
  return result;
}

/** What an action is about, in words; `exists` is false when that thing is no longer there. */
export interface SubjectText {
  kind: "Gap" | "Link" | "Person";
  text: string;
  exists: boolean;
}

/**
 * `subject` described for a list ("Link: Priya Raman ↔ Daniel Okafor"), or honestly gone ("gap
 * closed", "link removed", "person removed"). `gaps` are the map's open gaps.
 */
export function subjectText(
  map: PeerMap,
  subject: ActionSubject,
  gaps: readonly Gap[],
): SubjectText {
  const name = (id: string) => map.people.find((p) => p.id === id)?.name;
  if (subject.kind === "gap") {
    const gap = gaps.find((g) => g.id === subject.id);
    return gap
      ? { kind: "Gap", text: oneLine(gap.message), exists: true }
      : { kind: "Gap", text: "gap closed", exists: false };
  }
  if (subject.kind === "person") {
    const person = name(subject.id);
    return person
      ? { kind: "Person", text: oneLine(person), exists: true }
      : { kind: "Person", text: "person removed", exists: false };
  }
  const link = map.relationships.find((r) => r.id === subject.id);
  const ends = link && [name(link.source), name(link.target)];
  return ends?.[0] && ends[1]
    ? { kind: "Link", text: `${oneLine(ends[0])} ↔ ${oneLine(ends[1])}`, exists: true }
    : { kind: "Link", text: "link removed", exists: false };
}
