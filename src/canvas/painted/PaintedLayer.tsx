import { memo, useContext, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Box } from "../../design/lineHits";
import { paintSteps } from "../../export/picture/paintScene";
import { useFocusedCard } from "../focusedCard";
import { useHoveredEdge } from "../hoveredEdge";
import type { PeerEdge, PersonNode } from "../toFlow";
import { ViewportLayer } from "../ViewportLayer";
import { whenIdle } from "../whenIdle";
import { dirtyBoxes, itemsIn, type PaintedItem, paintedItems } from "./paintedItems";
import {
  BITMAP_PIXELS,
  type PaintedLevel,
  PaintedLevelContext,
  setLinesInPage,
} from "./paintedMode";
import { type LineDetail, lineDetailAt } from "./paintedScene";

/** The bitmap is never wider or taller than this, the browser's limit for a canvas. */
const MAX_SIDE = 32_000;

/**
 * How the bitmap is painted at `zoom`: for the next power of two up (so at least as sharp as
 * the screen), with that zoom's dashes. Nearer ("lines"), where it shows only while the view
 * moves, for the nearest power of two, so at most 1.4 times enlarged: it has a quarter of the
 * pixels to raster half the time (measured: 600 ms for a 1,000-person map's lines at 0.5).
 */
const paintingFor = (zoom: number, linesUpTo: number, level: PaintedLevel): string => {
  const round = level === "lines" ? Math.round : Math.ceil;
  return `${2 ** round(Math.log2(Math.min(zoom, linesUpTo)))}|${lineDetailAt(zoom)}`;
};

interface Painted {
  /** The resolution and dash level it was painted for (`paintingFor`). */
  painting: string;
  scale: number;
  width: number;
  height: number;
  items: ReadonlyMap<string, PaintedItem>;
}

function paintBox(
  ctx: CanvasRenderingContext2D,
  items: readonly PaintedItem[],
  box: Box,
  scale: number,
) {
  // Whole pixels, so a patch meets the pixels round it without a seam.
  const left = Math.floor(box.x * scale);
  const top = Math.floor(box.y * scale);
  const right = Math.ceil((box.x + box.width) * scale);
  const bottom = Math.ceil((box.y + box.height) * scale);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, right - left, bottom - top);
  ctx.clip();
  ctx.clearRect(left, top, right - left, bottom - top);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  const inside = {
    x: left / scale,
    y: top / scale,
    width: (right - left) / scale,
    height: (bottom - top) / scale,
  };
  for (const item of itemsIn(items, inside)) paintSteps(ctx, item.steps, "");
  ctx.restore();
}

interface PaintedLayerProps {
  /**
   * The cards where they rest: a dragged card is drawn in the page, so its painting need not
   * follow each drag frame, nor anything be worked out again for one.
   */
  nodes: readonly PersonNode[];
  /** The cards being dragged. */
  dragged: ReadonlySet<string>;
  edges: readonly PeerEdge[];
  /** The board's size in canvas units: the bitmap covers it. */
  width: number;
  height: number;
  /** The zoom up to which lines are painted (linesPaintedUpTo). */
  linesUpTo: number;
  /** The zoom the view rests at (useBoardViewport). */
  zoom: number;
}

/**
 * The board's lines, and far out its cards, painted on one canvas (paintedMode.ts), over the
 * lanes and the page's lines and unselected cards (which far out are empty boxes) and under
 * its selected ones: a bitmap under hundreds of elements made every drag frame sort them into
 * layers (measured: drag p95 150–230 ms under them, 67–83 ms over them, large map). The
 * bitmap covers the whole board and zooms with it like everything else, so a pan or zoom step
 * paints nothing: it is painted again when the view rests at another power of two or dash
 * level, and patched where the map changes.
 * What the page draws itself (selected, focused, hovered or dragged) is left out of it.
 */
function PaintedLayerView(props: PaintedLayerProps) {
  const { nodes, dragged: moving, edges, width, height, linesUpTo, zoom } = props;
  const level = useContext(PaintedLevelContext);
  const painted = level !== "none";
  const focused = useFocusedCard((s) => s.id);
  const hovered = useHoveredEdge((s) => s.id);
  // State, not a ref: the canvas appears only once React Flow's viewport is there to hold it.
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const done = useRef<Painted | null>(null);
  // Painted again for a new zoom only once the view rests there: meanwhile it scales.
  const painting = painted ? paintingFor(zoom, linesUpTo, level) : null;
  const [resolutionText, detailText] = (painting ?? "1|near").split("|");
  const resolution = Number(resolutionText);
  const detail = detailText as LineDetail;

  const cards = useMemo(
    () =>
      new Set([...moving, ...nodes.filter((n) => n.selected || n.id === focused).map((n) => n.id)]),
    [nodes, moving, focused],
  );
  const dragLines = useMemo(
    () =>
      new Set(
        moving.size === 0
          ? []
          : edges.filter((e) => moving.has(e.source) || moving.has(e.target)).map((e) => e.id),
      ),
    [edges, moving],
  );
  useLayoutEffect(() => setLinesInPage(painted ? dragLines : new Set()), [painted, dragLines]);

  const items = useMemo(() => {
    if (!painted || !painting) return [];
    const lines = new Set(dragLines);
    // Nearer, the painted lines stand in for all the page's while the view moves.
    if (level === "all") for (const e of edges) if (e.selected || e.id === hovered) lines.add(e.id);
    // Cards are painted only far out; nearer, the page draws them all.
    const shown = level === "all" ? nodes : [];
    return paintedItems(shown, edges, detail, { cards, lines });
  }, [painted, painting, level, nodes, edges, cards, dragLines, hovered, detail]);

  // Paints before the browser shows the change: everything when the resolution or the board
  // changed, else only round what changed. Nearer, at rest, the painting is hidden: painting it
  // all waits until the page has drawn the cards at their new level (measured, zooming in to
  // names and resting: a 1,000-person map's lines took 900 ms to raster, in the same frame).
  useLayoutEffect(() => {
    const ctx = canvas?.getContext("2d");
    if (!painted || !painting || !canvas || !ctx) {
      done.current = null;
      return;
    }
    const ratio = window.devicePixelRatio || 1;
    const scale = Math.min(
      resolution * ratio,
      Math.sqrt(BITMAP_PIXELS / Math.max(1, width * height)),
      MAX_SIDE / Math.max(width, height, 1),
    );
    const before = done.current;
    // Items compare by their node or edge, which a new dash level leaves as they were.
    const same =
      before?.painting === painting &&
      before.scale === scale &&
      before.width === width &&
      before.height === height;
    const dirty = before && same ? dirtyBoxes(before.items, items) : "all";
    const paintedNow = () => {
      done.current = {
        painting,
        scale,
        width,
        height,
        items: new Map(items.map((i) => [i.key, i])),
      };
    };
    if (dirty !== "all") {
      for (const box of dirty) paintBox(ctx, items, box, scale);
      paintedNow();
      return;
    }
    const paintAll = () => {
      canvas.width = Math.ceil(width * scale);
      canvas.height = Math.ceil(height * scale);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      ctx.setTransform(scale, 0, 0, scale, 0, 0);
      for (const item of items) paintSteps(ctx, item.steps, "");
      paintedNow();
    };
    if (level === "all" || !before) {
      paintAll();
      return;
    }
    return whenIdle(paintAll);
  }, [canvas, painted, painting, level, items, resolution, width, height]);

  if (!painted) return null;
  return (
    <ViewportLayer over>
      <canvas ref={setCanvas} className="painted-board" />
    </ViewportLayer>
  );
}

export const PaintedLayer = memo(PaintedLayerView);
