import { useReactFlow, useStoreApi, type Viewport } from "@xyflow/react";
import { type RefObject, useEffect } from "react";
import { wheelPowers, zoomedAbout } from "./farWheel";

/** canvas.css: one empty layer over the board takes the pointer while the gesture lasts. */
const STEERED = "is-steered";
/** How long after its last wheel event a gesture ends: d3-zoom's wait, which React Flow uses. */
const WHEEL_IDLE_MS = 150;
const mac = () => typeof navigator !== "undefined" && navigator.userAgent.includes("Mac");

/**
 * Far out, where the cards and lines are painted (PaintedLayer), a wheel gesture moves only
 * the board's transform, and React Flow learns the new view once, when the gesture ends.
 *
 * Every zoom step React Flow takes runs every card's and line's selectors, and mounts and
 * unmounts the ones that cross the screen's edge. Far out those are empty boxes: the painted
 * board, which covers the whole board and scales with it, shows every card and line while the
 * view moves. So nothing is lost on screen, and a 1,000-person map zooms without that work.
 *
 * Meanwhile one empty layer over the board takes the pointer (`is-steered`, canvas.css): the
 * browser hit-tests every wheel event, and re-checks hover after each frame, and on a
 * 1,000-person map at fit each test walked every card and its handles (5–7 ms, against under
 * 1 ms on the layer). Its events are the pane's own.
 *
 * The pointer's first move, a press or a key ends the gesture at once, so what the pointer
 * or the keyboard does next meets the view React Flow has. (The move that ends it was aimed
 * at the layer: a card's hover look comes with the next one.) The zoom follows React Flow's
 * own rule (`wheelPowers`).
 */
export function useFarWheel(
  paneRef: RefObject<HTMLDivElement | null>,
  active: boolean,
  limits: { min: number; max: number },
  onMoveStart: () => void,
): void {
  const store = useStoreApi();
  const { setViewport } = useReactFlow();
  const { min, max } = limits;
  useEffect(() => {
    const pane = paneRef.current;
    if (!pane || !active) return;
    let gesture: {
      view: Viewport;
      board: HTMLElement;
      origin: DOMRect;
      at: { x: number; y: number };
      idle?: ReturnType<typeof setTimeout>;
    } | null = null;

    const end = () => {
      if (!gesture) return;
      const { view, idle } = gesture;
      gesture = null;
      clearTimeout(idle);
      window.removeEventListener("pointermove", onPointer, true);
      window.removeEventListener("pointerdown", end, true);
      window.removeEventListener("keydown", end, true);
      pane.classList.remove(STEERED);
      void setViewport(view);
    };
    function onPointer(event: PointerEvent) {
      if (!gesture) return;
      const { origin, at } = gesture;
      const x = event.clientX - origin.left;
      const y = event.clientY - origin.top;
      if (Math.abs(x - at.x) > 1 || Math.abs(y - at.y) > 1) end();
    }
    const onWheel = (event: WheelEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const renderer = target?.closest<HTMLElement>(".react-flow__renderer");
      if (!renderer || target?.closest(".nowheel")) return;
      if (store.getState().userSelectionActive) return;
      const powers = wheelPowers(event, mac());
      if (!gesture) {
        const board = renderer.querySelector<HTMLElement>(".react-flow__viewport");
        if (!board) return;
        const [x, y, zoom] = store.getState().transform;
        const origin = renderer.getBoundingClientRect();
        const at = { x: event.clientX - origin.left, y: event.clientY - origin.top };
        // As React Flow does: a wheel that would not change the zoom starts nothing.
        if (zoomedAbout({ x, y, zoom }, at, powers, { min, max }).zoom === zoom) return;
        gesture = { view: { x, y, zoom }, board, origin, at };
        window.addEventListener("pointermove", onPointer, true);
        window.addEventListener("pointerdown", end, true);
        window.addEventListener("keydown", end, true);
        pane.classList.add(STEERED);
        onMoveStart();
      }
      event.preventDefault();
      event.stopPropagation();
      const at = { x: event.clientX - gesture.origin.left, y: event.clientY - gesture.origin.top };
      gesture.at = at;
      gesture.view = zoomedAbout(gesture.view, at, powers, { min, max });
      const { x, y, zoom } = gesture.view;
      gesture.board.style.transform = `translate(${x}px, ${y}px) scale(${zoom})`;
      clearTimeout(gesture.idle);
      gesture.idle = setTimeout(end, WHEEL_IDLE_MS);
    };
    pane.addEventListener("wheel", onWheel, { capture: true, passive: false });
    return () => {
      pane.removeEventListener("wheel", onWheel, { capture: true });
      end();
    };
  }, [paneRef, active, min, max, store, setViewport, onMoveStart]);
}
