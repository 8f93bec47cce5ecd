/**
 * Whether cards are being dragged on the canvas right now: a gesture, like the zoom, so it is
 * neither in the document nor in the undo history. What a drag makes irrelevant (the
 * inspector's fields) waits for the drop instead of weighing on the drag's frames.
 */
import { create } from "zustand";

export const useDragGesture = create<{ dragging: boolean }>(() => ({ dragging: false }));

export const setDragging = (dragging: boolean): void => {
  if (useDragGesture.getState().dragging !== dragging) useDragGesture.setState({ dragging });
};
