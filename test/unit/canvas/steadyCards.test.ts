import type { InternalNode } from "@xyflow/react";
import { describe, expect, it, vi } from "vitest";
import { createStore } from "zustand/vanilla";
import { fixedCardSize } from "../../../src/canvas/cardSize";
import { needsMeasuring, steadyCards, updatesToMake } from "../../../src/canvas/steadyCards";
import { CARD_HEIGHT, CARD_WIDTH } from "../../../src/domain/layout";

const drawnAsSaid = { width: CARD_WIDTH, height: CARD_HEIGHT };
const HANDLES = { source: [], target: [] };

/** A card as React Flow holds it once adopted: measured, and with its handles if it knows them. */
const card = (id: string, knowsHandles = true) =>
  ({
    id,
    measured: fixedCardSize().measured,
    internals: { handleBounds: knowsHandles ? HANDLES : undefined },
  }) as unknown as InternalNode;

/** What React Flow's resize observer hands over for a card drawn at this size. */
const observed = (id: string, size = drawnAsSaid) => ({
  id,
  force: true,
  nodeElement: { offsetWidth: size.width, offsetHeight: size.height } as HTMLDivElement,
});

describe("needsMeasuring", () => {
  it("skips a card drawn at the size its node says, whose handles are known", () => {
    expect(needsMeasuring(card("a"), drawnAsSaid)).toBe(false);
  });

  it("measures a card whose handles are not known, or drawn at another size, or unknown", () => {
    expect(needsMeasuring(card("a", false), drawnAsSaid)).toBe(true);
    expect(needsMeasuring(card("a"), { width: CARD_WIDTH + 1, height: CARD_HEIGHT })).toBe(true);
    expect(needsMeasuring(card("a"), { width: CARD_WIDTH, height: CARD_HEIGHT * 2 })).toBe(true);
    expect(needsMeasuring(undefined, drawnAsSaid)).toBe(true);
  });
});

describe("updatesToMake", () => {
  it("keeps only the cards that need measuring, as they came", () => {
    const lookup = new Map([
      ["same", card("same")],
      ["grown", card("grown")],
      ["new", card("new", false)],
    ]);
    const updates = new Map([
      ["same", observed("same")],
      ["grown", observed("grown", { width: CARD_WIDTH, height: CARD_HEIGHT + 20 })],
      ["new", observed("new")],
      ["gone", observed("gone")],
    ]);
    const kept = updatesToMake(updates, lookup as never);
    expect([...kept.keys()]).toEqual(["grown", "new", "gone"]);
    expect(kept.get("grown")).toBe(updates.get("grown"));
  });
});

describe("steadyCards", () => {
  const flowStore = (fitViewQueued: boolean) => {
    const measure = vi.fn();
    const store = createStore(() => ({
      updateNodeInternals: measure,
      nodeLookup: new Map([["same", card("same")]]),
      fitViewQueued,
    }));
    return { store: store as never as Parameters<typeof steadyCards>[0], measure };
  };

  it("passes React Flow only the cards that need measuring, and nothing when none do", () => {
    const { store, measure } = flowStore(false);
    steadyCards(store);
    steadyCards(store); // a second canvas on the same store does not wrap it twice
    store.getState().updateNodeInternals(new Map([["same", observed("same")]]));
    expect(measure).not.toHaveBeenCalled();
    const both = new Map([
      ["same", observed("same")],
      ["new", observed("new")],
    ]);
    store.getState().updateNodeInternals(both, { triggerFitView: false });
    expect(measure).toHaveBeenCalledTimes(1);
    const [passed, params] = measure.mock.calls[0] ?? [];
    expect([...(passed as Map<string, unknown>).keys()]).toEqual(["new"]);
    expect(params).toEqual({ triggerFitView: false });
  });

  it("lets a fit that waits for measurements have them all", () => {
    const { store, measure } = flowStore(true);
    steadyCards(store);
    const updates = new Map([["same", observed("same")]]);
    store.getState().updateNodeInternals(updates);
    expect(measure).toHaveBeenCalledWith(updates, undefined);
  });
});
