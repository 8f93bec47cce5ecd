import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { useLinkMode } from "../store/linkMode";
import { ViewportLayer } from "./ViewportLayer";

/**
 * Link mode's temporary line: from the person the link starts at to the pointer, dashed, in
 * the board's own coordinates (the viewport layer), so it follows a pan or a zoom. One line,
 * moved by its attributes on each pointer move: nothing re-renders while the pointer moves.
 */
export function LinkModeLine() {
  const from = useLinkMode((s) => (s.mode.step === "picking" ? s.mode.from : null));
  return from ? <Line from={from} /> : null;
}

function Line({ from }: { from: string }) {
  const line = useRef<SVGLineElement>(null);
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const { getInternalNode, screenToFlowPosition } = useReactFlow();
  const flow = useStoreApi();

  useEffect(() => {
    const draw = () => {
      const node = getInternalNode(from);
      const el = line.current;
      if (!node || !el || !pointer.current) return;
      const end = screenToFlowPosition(pointer.current);
      const { x, y } = node.internals.positionAbsolute;
      const width = node.measured.width ?? 0;
      const middle = y + (node.measured.height ?? 0) / 2;
      // From the side of the card facing the pointer, where a drawn line would start.
      const startX = end.x < x + width / 2 ? x : x + width;
      el.setAttribute("x1", String(startX));
      el.setAttribute("y1", String(middle));
      el.setAttribute("x2", String(end.x));
      el.setAttribute("y2", String(end.y));
      el.style.visibility = "visible";
    };
    const onMove = (event: PointerEvent) => {
      pointer.current = { x: event.clientX, y: event.clientY };
      draw();
    };
    draw();
    window.addEventListener("pointermove", onMove, { passive: true });
    // A pan or zoom under a still pointer moves the pointer over the board: follow it.
    const unsubscribe = flow.subscribe((state, previous) => {
      if (state.transform !== previous.transform) draw();
    });
    return () => {
      window.removeEventListener("pointermove", onMove);
      unsubscribe();
    };
  }, [from, flow, getInternalNode, screenToFlowPosition]);

  return (
    <ViewportLayer>
      <svg className="link-mode-line" aria-hidden="true">
        <line ref={line} style={{ visibility: "hidden" }} />
      </svg>
    </ViewportLayer>
  );
}
