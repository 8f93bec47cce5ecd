import { create } from "zustand";

/**
 * The relationship under the pointer, whose label shows. One small store rather than hover
 * state in every edge: a map has thousands of edges, and only two of them change on a hover.
 */
export const useHoveredEdge = create<{ id: string | null }>(() => ({ id: null }));

export const setHoveredEdge = (id: string | null): void => useHoveredEdge.setState({ id });
