import { sameItems } from "../domain/equality";

/**
 * What the flow projector built last time, by id, with what it was built from. An item whose
 * inputs are all the same objects and values is handed back as it was, neither built nor
 * compared again: on a 1,000-person map a re-rating otherwise rebuilt and compared all 4,000
 * cards and lines (measured: 6 ms a press). Each projection is one round; an id not asked for
 * in a round is forgotten at the next.
 */
export interface FlowMemo {
  keep<T>(id: string, inputs: readonly unknown[], build: () => T): T;
  nextRound(): void;
}

export function createFlowMemo(): FlowMemo {
  let last = new Map<string, { inputs: readonly unknown[]; value: unknown }>();
  let next = new Map<string, { inputs: readonly unknown[]; value: unknown }>();
  return {
    keep<T>(id: string, inputs: readonly unknown[], build: () => T): T {
      const hit = last.get(id);
      const value = hit && sameItems(hit.inputs, inputs) ? (hit.value as T) : build();
      next.set(id, { inputs, value });
      return value;
    },
    nextRound() {
      last = next;
      next = new Map();
    },
  };
}

/** No memory: everything is built afresh (a projection on its own, as in tests and pictures). */
export const NO_MEMO: FlowMemo = { keep: (_id, _inputs, build) => build(), nextRound() {} };
