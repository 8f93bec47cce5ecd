import { create } from "zustand";
import type { RoutedData } from "./toFlow";

type Routes = ReadonlyMap<string, RoutedData>;
const NONE: Routes = new Map();

/**
 * While cards are dragged, where their lines run now (toFlow's `draggedRoutes`), beside React
 * Flow's edge list rather than in it: a new edge list on every drag frame made React Flow
 * index every line again (measured: 40 % of a 1,000-person map's drag scripting). Each line
 * picks its own route, so only the dragged cards' lines draw again.
 */
const useDraggedRoutes = create<{ routes: Routes }>(() => ({ routes: NONE }));

export const setDraggedRoutes = (routes: Routes): void => {
  const next = routes.size === 0 ? NONE : routes;
  // Outside a drag this runs on every edit: no update, so no line's selector runs for it.
  if (useDraggedRoutes.getState().routes !== next) useDraggedRoutes.setState({ routes: next });
};

/** Where the line `id` runs while its card is dragged; undefined otherwise. */
export const useDraggedRoute = (id: string): RoutedData | undefined =>
  useDraggedRoutes((s) => s.routes.get(id));
