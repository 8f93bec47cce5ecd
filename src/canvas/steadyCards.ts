import type { InternalNode, ReactFlowState, useStoreApi } from "@xyflow/react";

type Updates = Parameters<ReactFlowState["updateNodeInternals"]>[0];
type FlowStore = ReturnType<typeof useStoreApi>;

/**
 * Whether React Flow has to measure this card again: only when it does not yet know where its
 * handles are, or the page drew it at another size than the node says. A card says its size
 * and its handles (cardSize.ts), so most of its measurements confirm what is already known.
 */
export function needsMeasuring(
  node: Pick<InternalNode, "measured" | "internals"> | undefined,
  drawn: { width: number; height: number },
): boolean {
  if (!node?.internals.handleBounds) return true;
  return node.measured.width !== drawn.width || node.measured.height !== drawn.height;
}

/** The updates React Flow still has to make: those `needsMeasuring` keeps. */
export function updatesToMake(updates: Updates, lookup: ReactFlowState["nodeLookup"]): Updates {
  const kept: Updates = new Map();
  for (const [id, update] of updates) {
    const { offsetWidth: width, offsetHeight: height } = update.nodeElement;
    if (needsMeasuring(lookup.get(id), { width, height })) kept.set(id, update);
  }
  return kept;
}

const steadied = new WeakSet<FlowStore>();

/**
 * Lets React Flow skip measuring cards that are drawn as their nodes say. React Flow observes
 * every card it mounts and, on the observer's first report, measures it and its handles and
 * wakes every node and edge (`force`), even when nothing changed: on a 300-person map that
 * was a re-render of the whole board in the frame that first shows it (40 ms of its 90 ms
 * after the cards were in the page), and again whenever panning or zooming in mounts cards.
 * Its resize observer takes the store's `updateNodeInternals` when it is created, so this
 * runs before React Flow first renders.
 */
export function steadyCards(store: FlowStore): void {
  if (steadied.has(store)) return;
  steadied.add(store);
  const measure = store.getState().updateNodeInternals;
  store.setState({
    updateNodeInternals: (updates, params) => {
      const state = store.getState();
      // A fit waiting for the measurements gets them all, as React Flow would.
      const toMake = state.fitViewQueued ? updates : updatesToMake(updates, state.nodeLookup);
      if (toMake.size > 0) measure(toMake, params);
    },
  });
}
