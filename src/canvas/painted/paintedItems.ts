/**
 * What the painted board holds, item by item, and which parts of it an update has to paint
 * again: a re-rated link repaints the few pixels round that line, not the whole board.
 */
import { CARD_HEIGHT, CARD_WIDTH } from "../../design/geometry";
import { type Box, boxesMeet } from "../../design/lineHits";
import type { SceneStep } from "../../export/picture/scene";
import type { PeerEdge, PersonNode } from "../toFlow";
import { type LineDetail, paintedCard, paintedLine } from "./paintedScene";

export interface PaintedItem {
  /** "card:<id>" or "line:<id>". */
  key: string;
  /** The node or edge it was painted from: another object means it changed. */
  source: PersonNode | PeerEdge;
  /** Where its pixels can be: its shape, with room for stroke widths and the gap badge. */
  box: Box;
  steps: readonly SceneStep[];
}

/** Room round a line's points for the widest stroke (a ghost's, a strong line's 7 px). */
const LINE_ROOM = 8;
/** Room round a card for its gap badge, which hangs 9 px over the top-right corner. */
const CARD_ROOM = 12;

const grow = (box: Box, by: number): Box => ({
  x: box.x - by,
  y: box.y - by,
  width: box.width + 2 * by,
  height: box.height + 2 * by,
});

const NO_BOX: Box = { x: 0, y: 0, width: 0, height: 0 };
const lineBoxes = new WeakMap<PeerEdge, Box>();
function lineBox(edge: PeerEdge): Box {
  let box = lineBoxes.get(edge);
  if (!box) {
    box = grow(edge.data?.box ?? NO_BOX, LINE_ROOM);
    lineBoxes.set(edge, box);
  }
  return box;
}

export interface InPage {
  /** Cards the page draws itself (selected, focused, dragged): not painted. */
  cards: ReadonlySet<string>;
  /** Lines the page draws itself (selected, hovered, a dragged card's): not painted. */
  lines: ReadonlySet<string>;
}

/** Everything to paint, in the page's order: real lines, suggested ones over them, then cards. */
export function paintedItems(
  nodes: readonly PersonNode[],
  edges: readonly PeerEdge[],
  detail: LineDetail,
  inPage: InPage,
): PaintedItem[] {
  const items: PaintedItem[] = [];
  for (const ghosts of [false, true]) {
    for (const edge of edges) {
      if ((edge.type === "ghost") !== ghosts || inPage.lines.has(edge.id)) continue;
      const step = paintedLine(edge, detail);
      if (step)
        items.push({ key: `line:${edge.id}`, source: edge, box: lineBox(edge), steps: [step] });
    }
  }
  for (const node of nodes) {
    if (inPage.cards.has(node.id)) continue;
    const { x, y } = node.position;
    items.push({
      key: `card:${node.id}`,
      source: node,
      box: grow({ x, y, width: CARD_WIDTH, height: CARD_HEIGHT }, CARD_ROOM),
      steps: paintedCard(node),
    });
  }
  return items;
}

/** Past this many changed items, painting everything again is as quick and simpler. */
const MAX_PATCHES = 24;

/**
 * The boxes to paint again going from `before` to `after`: where an item left, changed or
 * arrived; "all" when so much changed that the whole board is quicker. An unchanged item is
 * the same object (the flow projector and the step caches keep them), so this is a walk by
 * identity, not a comparison of drawings.
 */
export function dirtyBoxes(
  before: ReadonlyMap<string, PaintedItem>,
  after: readonly PaintedItem[],
): Box[] | "all" {
  const boxes: Box[] = [];
  const seen = new Set<string>();
  for (const item of after) {
    seen.add(item.key);
    const old = before.get(item.key);
    if (old && old.source === item.source) continue;
    if (old) boxes.push(old.box);
    boxes.push(item.box);
    if (boxes.length > MAX_PATCHES) return "all";
  }
  for (const [key, old] of before) {
    if (seen.has(key)) continue;
    boxes.push(old.box);
    if (boxes.length > MAX_PATCHES) return "all";
  }
  return boxes;
}

/** The items whose pixels can fall inside `box`, in painting order. */
export const itemsIn = (items: readonly PaintedItem[], box: Box): PaintedItem[] =>
  items.filter((item) => boxesMeet(item.box, box));
