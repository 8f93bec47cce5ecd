import type { EdgeChange, NodeChange } from "@xyflow/react";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useShallow } from "zustand/shallow";
import { keepWhileSame } from "../domain/equality";
import { type CanvasLayout, computeLayout, placementAt, sameLayout } from "../domain/layout";
import type { Position } from "../domain/model";
import { litBy } from "../domain/spotlight";
import { analysisOf } from "../store/analysis";
import { useCompareView } from "../store/compareView";
import { setDragging } from "../store/dragGesture";
import { useMapStore } from "../store/mapStore";
import { shownMap, useRevealed } from "../store/presentation";
import { useSpotlight } from "../store/spotlight";
import { comparedLayout, flowComparison } from "./compareFlow";
import { setDraggedRoutes } from "./draggedRoutes";
import { createFlowProjector } from "./flowProjector";
import { draggedRoutes, type RoutedData } from "./flowRoutes";
import { useEdgesForReactFlow } from "./lineLooks";
import type { PeerEdge, PersonNode } from "./toFlow";

const NO_ROUTES: ReadonlyMap<string, RoutedData> = new Map();

function applySelect(
  current: readonly string[],
  changes: { id: string; selected: boolean }[],
): string[] {
  const next = new Set(current);
  for (const c of changes) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  return [...next];
}

/**
 * The canvas's nodes and edges, derived from the open map, plus the change handlers that
 * turn React Flow gestures into store actions (while presenting, of the revealed tiers only).
 * While a card is dragged only a local override moves; the map changes once, when it is dropped.
 */
export function useFlow() {
  const { map: whole, selection } = useMapStore(
    useShallow((s) => ({ map: s.map, selection: s.selection })),
  );
  // While presenting, tiers not yet revealed are not drawn at all (their lanes neither).
  const revealed = useRevealed();
  const map = useMemo(() => whole && shownMap(whole, revealed), [whole, revealed]);
  const project = useMemo(() => createFlowProjector(), []);
  const comparing = useCompareView((s) => s.comparing);
  const comparison = useMemo(
    () =>
      comparing && map
        ? flowComparison(comparing.comparison, { before: comparing.beforeMap, after: map })
        : undefined,
    [comparing, map],
  );
  // Comparing, the lanes also make room for the faint cards of people who left.
  // Kept while the lanes stay put: a re-rating then hands React Flow no new handlers.
  const keepLayout = useMemo(() => keepWhileSame(sameLayout), []);
  const layout = useMemo(
    () => (map ? keepLayout(comparedLayout(map, comparison)) : null),
    [map, comparison, keepLayout],
  );
  // The board with every tier: a presentation is fitted to it, so tiers appear in place.
  const wholeLayout = useMemo(
    () => (whole && whole !== map ? computeLayout(whole) : layout),
    [whole, map, layout],
  );
  const spotlight = useSpotlight((s) => s.spotlight);
  // Once per focus or map change, never per frame: only cards whose flag flips re-render.
  const lit = useMemo(
    () => (map && spotlight ? litBy(map, spotlight) : undefined),
    [map, spotlight],
  );
  const flow = useMemo(
    () =>
      map && layout
        ? project({ map, analysis: analysisOf(map), layout, selection, lit, comparison })
        : { nodes: [], edges: [] },
    [map, layout, selection, lit, comparison, project],
  );
  const [dragged, setDragged] = useState<ReadonlyMap<string, Position>>(new Map());
  // The lanes as they were when the drag began: a drop never moves the goalposts.
  const dragLayout = useRef<CanvasLayout | null>(null);

  // The cards being dragged, as one set for the whole drag (not one per frame). JSON, so any
  // id (an imported one may hold any character) comes back as it was.
  const draggedKey = JSON.stringify([...dragged.keys()]);
  const draggedIds: ReadonlySet<string> = useMemo(
    () => new Set(JSON.parse(draggedKey) as string[]),
    [draggedKey],
  );

  const nodes: PersonNode[] = useMemo(() => {
    if (dragged.size === 0) return flow.nodes;
    return flow.nodes.map((n) => {
      const at = dragged.get(n.id);
      return at ? { ...n, position: at, dragging: true } : n;
    });
  }, [flow.nodes, dragged]);

  // A dragged card's lines follow it live (draggedRoutes.ts), while the edge list stays as it
  // is; the whole map is routed again on the drop.
  const routes = useMemo(
    () =>
      draggedIds.size === 0 || !layout
        ? NO_ROUTES
        : draggedRoutes(nodes, flow.edges, dragLayout.current ?? layout, draggedIds),
    [flow.edges, nodes, draggedIds, layout],
  );
  useLayoutEffect(() => setDraggedRoutes(routes), [routes]);
  // While cards are dragged the inspector (useDragGesture) holds what it showed when the drag
  // began, until the drop. A canvas gone mid-drag (the map closed, a presentation begun)
  // sends no drop.
  const onNodeDragStart = useCallback(() => setDragging(true), []);
  const onNodeDragStop = useCallback(() => setDragging(false), []);
  useEffect(() => () => setDragging(false), []);

  // A re-rating does not reach React Flow on its own; its line draws the new look at once.
  const edges = useEdgesForReactFlow(flow.edges);

  const onNodesChange = useCallback(
    (changes: NodeChange<PersonNode>[]) => {
      const store = useMapStore.getState();
      const moving = new Map<string, Position>();
      const dropped: { id: string; position: Position }[] = [];
      const selects: { id: string; selected: boolean }[] = [];
      for (const change of changes) {
        if (change.type === "position" && change.position) {
          if (change.dragging) moving.set(change.id, change.position);
          else dropped.push({ id: change.id, position: change.position });
        } else if (change.type === "select") {
          selects.push(change);
        }
      }
      if (moving.size > 0) {
        if (!dragLayout.current) dragLayout.current = layout;
        setDragged((prev) => new Map([...prev, ...moving]));
      }
      if (dropped.length > 0) {
        const lanes = dragLayout.current ?? layout;
        const current = store.map;
        if (lanes && current) {
          const orgs = new Map(current.people.map((p) => [p.id, p.org]));
          const placements = dropped.flatMap(({ id, position }) => {
            const org = orgs.get(id);
            const spot = org ? placementAt(lanes, org, position) : undefined;
            return spot ? [{ id, ...spot }] : [];
          });
          store.placePeople(placements);
        }
        dragLayout.current = null;
        setDragged(new Map());
        setDragging(false);
      }
      if (selects.length > 0) {
        store.select({ ...store.selection, people: applySelect(store.selection.people, selects) });
      }
    },
    [layout],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<PeerEdge>[]) => {
    const selects = changes.filter((c) => c.type === "select");
    if (selects.length === 0) return;
    const store = useMapStore.getState();
    store.select({
      ...store.selection,
      relationships: applySelect(store.selection.relationships, selects),
    });
  }, []);

  return {
    map,
    layout,
    wholeLayout,
    nodes,
    edges,
    /** The cards where they rest, dragged ones at where they were picked up. */
    restingNodes: flow.nodes,
    /** Every line as it is now (`edges`, React Flow's, may still hold a line's previous look). */
    lines: flow.edges,
    draggedIds,
    spotlit: lit !== undefined,
    onNodesChange,
    onEdgesChange,
    onNodeDragStart,
    onNodeDragStop,
  };
}
