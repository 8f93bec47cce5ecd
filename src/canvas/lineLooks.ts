import { useEffect, useLayoutEffect, useMemo, useState } from "react";
import { create } from "zustand";
import { sameValue } from "../domain/equality";
import type { PeerEdge, RelationshipEdge } from "./toFlow";

type Looks = ReadonlyMap<string, RelationshipEdge>;
const NONE: Looks = new Map();

/**
 * A re-rating never reaches React Flow on its own: the line shows its new look from here, and
 * names itself with it (`useNewLookName`). Handing React Flow a new edge list makes it index
 * every line again and wake every card's and line's selectors: measured, 8 ms of a 40 ms press
 * on the 300-person map, and 75 ms on the 5,000-person map even when left for an idle moment
 * (a press landing then waited for it). Only a change of look stays here (strength, target,
 * planned, and the accessible name that says them); anything else, such as a selection or a
 * moved card, reaches React Flow at once, with every look so far.
 */
const useLooks = create<{ looks: Looks }>(() => ({ looks: NONE }));

/** The line `id` as it is now, while React Flow still holds its previous look; else undefined. */
export const useNewLook = (id: string): RelationshipEdge | undefined =>
  useLooks((s) => s.looks.get(id));

const LOOK = { strength: undefined, targetStrength: undefined, planned: undefined };
const withoutLook = (edge: PeerEdge) => ({
  ...edge,
  ariaLabel: undefined,
  data: { ...edge.data, ...LOOK },
});

/** Whether `after` is the relationship `before` with only its look changed. */
export const onlyLookChanged = (before: PeerEdge, after: PeerEdge): after is RelationshipEdge =>
  before.type === "relationship" &&
  after.type === "relationship" &&
  sameValue(withoutLook(before), withoutLook(after));

/**
 * The lines of `edges` whose look differs from `handed`, by id; undefined when the two lists
 * differ in anything else (a line added, removed, moved, selected...).
 */
export function lookChanges(handed: readonly PeerEdge[], edges: readonly PeerEdge[]) {
  if (handed.length !== edges.length) return undefined;
  const changed = new Map<string, RelationshipEdge>();
  for (const [i, after] of edges.entries()) {
    const before = handed[i];
    if (before === after) continue;
    if (!before || before.id !== after.id || !onlyLookChanged(before, after)) return undefined;
    changed.set(after.id, after);
  }
  return changed;
}

/**
 * The edge list for React Flow: `edges`, except that after a change of look only, it keeps the
 * list it already has, and each changed line draws from `useNewLook`.
 */
export function useEdgesForReactFlow(edges: PeerEdge[]): PeerEdge[] {
  const [handed, setHanded] = useState(edges);
  const changed = useMemo(
    () => (handed === edges ? NONE : lookChanges(handed, edges)),
    [handed, edges],
  );
  // Anything but a look: React Flow takes it in this very render.
  if (changed === undefined && handed !== edges) setHanded(edges);
  const shown = changed === undefined ? edges : handed;
  // New looks show in the frame of the change; they are dropped only after React Flow has
  // taken the list holding them (its effect runs before this one), or a line would flash back.
  useLayoutEffect(() => {
    if (changed !== undefined && changed.size > 0) useLooks.setState({ looks: changed });
  }, [changed]);
  useEffect(() => {
    if ((changed === undefined || changed.size === 0) && useLooks.getState().looks !== NONE)
      useLooks.setState({ looks: NONE });
  }, [changed]);
  return shown;
}

/**
 * Names the line `id` by its new look while React Flow still holds the old one. React Flow's
 * wrapper of the line holds the name (`aria-label`); React sets it again only when the list
 * React Flow holds brings another name, and that list then has the line as it is now.
 */
export function useNewLookName(id: string, look: RelationshipEdge | undefined): void {
  useLayoutEffect(() => {
    const name = look?.ariaLabel;
    if (!name) return;
    const selector = `.react-flow__edge[data-id="${CSS.escape(id)}"]`;
    for (const wrapper of document.querySelectorAll(selector))
      wrapper.setAttribute("aria-label", name);
  }, [id, look]);
}
