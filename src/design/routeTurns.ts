/**
 * Where each S across the gutter turns (see `sCurve` in routeShapes.ts). An S is steep in its
 * middle: two S-curves whose heights overlap and that both turned at the gutter's middle would
 * run there within a pixel or two of each other, one hiding the other, however far apart
 * their ends are (two lines out of one card to two cards of a tier far below; or two that must
 * cross, and then cross along their whole steep stretch instead of at a point).
 *
 * So each S gets its own turning line, near the gutter's middle. Of two S-curves going down
 * (from our column to the partner's) whose heights overlap, the one above the other at both
 * ends turns to the right of it: the one above a line going down lies to its right, so moving
 * it right only parts them further. Going up, the one above turns to the left. An S whose
 * height meets no other's turns in the middle; the others spread out from it, TURN_STEP apart,
 * closer when an overlapping group needs more of them than TURN_ROOM holds. Moving an S
 * sideways keeps it within its own height, so S-curves whose heights lie more than
 * HEIGHT_MARGIN apart stay apart wherever they turn.
 */

import { distinctHeights, RangeMax, slotOf } from "./rangeMax";
import { MIN_APART } from "./routeShapes";

/** An S across the gutter, by the heights of its two ends: on our column's side, on the partner's. */
export interface Crossing {
  ours: number;
  theirs: number;
}

/** Spacing of the turning lines, and how far from the gutter's middle they may go each way. */
export const TURN_STEP = 8;
export const TURN_ROOM = 36;
/** Heights closer than this count as overlapping: such lines would come within MIN_APART. */
const HEIGHT_MARGIN = 2 * MIN_APART;

export interface Turns {
  /** Per crossing: how far right of the gutter's middle it turns (negative: left). */
  offset: Float64Array;
  /** Per crossing: whether its group is packed tighter than lines can be told apart. */
  crowded: Uint8Array;
}

/**
 * The turning line of every crossing. Along each chain of overlapping crossings, in the order
 * of their direction, a crossing has `before` crossings above it and `after` below (the longest
 * such chains): it turns (before − after) / 2 steps from the middle, so two overlapping ones
 * are at least a step apart, in order, and the deepest chain fits the fewest turning lines.
 * The chains are counted with a segment tree over the heights (a large map has thousands of
 * crossings; comparing every pair took too long).
 */
export function turnsOf(crossings: readonly Crossing[]): Turns {
  const n = crossings.length;
  const offset = new Float64Array(n);
  const crowded = new Uint8Array(n);
  const top = new Float64Array(n);
  const bottom = new Float64Array(n);
  const sum = new Float64Array(n);
  crossings.forEach(({ ours, theirs }, i) => {
    top[i] = Math.min(ours, theirs) - HEIGHT_MARGIN / 2;
    bottom[i] = Math.max(ours, theirs) + HEIGHT_MARGIN / 2;
    sum[i] = ours + theirs;
  });
  const [from, to, slots] = spansOf(top, bottom);
  const tree = new RangeMax(slots, -1);
  const before = new Int32Array(n);
  const after = new Int32Array(n);
  for (const down of [true, false]) {
    const group: number[] = [];
    crossings.forEach(({ ours, theirs }, i) => {
      if (down ? theirs > ours : theirs < ours) group.push(i);
    });
    if (group.length === 0) continue;
    // Above first: of two that need not cross, the one above has the smaller sum of heights.
    group.sort((p, q) => (sum[p] as number) - (sum[q] as number) || p - q);
    chains(group, from, to, tree, before);
    chains(group.reverse(), from, to, tree, after);
    // Groups of crossings whose heights overlap, each spaced by its deepest chain.
    group.sort((p, q) => (top[p] as number) - (top[q] as number));
    let start = 0;
    while (start < group.length) {
      let end = start + 1;
      let reach = bottom[group[start] as number] as number;
      let deepest = 0;
      while (end < group.length && (top[group[end] as number] as number) < reach) {
        reach = Math.max(reach, bottom[group[end] as number] as number);
        end++;
      }
      for (let k = start; k < end; k++) {
        const i = group[k] as number;
        deepest = Math.max(deepest, (before[i] as number) + (after[i] as number));
      }
      const step = deepest > 0 ? Math.min(TURN_STEP, (2 * TURN_ROOM) / deepest) : 0;
      for (let k = start; k < end; k++) {
        const i = group[k] as number;
        const along = (((before[i] as number) - (after[i] as number)) / 2) * step;
        // Going down, the one above turns right; going up, left.
        offset[i] = down ? -along : along;
        if (deepest > 0 && step < MIN_APART) crowded[i] = 1;
      }
      start = end;
    }
  }
  return { offset, crowded };
}

/** For each crossing in `order`: how many, at most, come before it in a chain of overlapping ones. */
function chains(
  order: readonly number[],
  from: Int32Array,
  to: Int32Array,
  tree: RangeMax,
  depth: Int32Array,
): void {
  tree.clear();
  for (const i of order) {
    const d = tree.max(from[i] as number, to[i] as number) + 1;
    depth[i] = d;
    tree.raise(from[i] as number, to[i] as number, d);
  }
}

/**
 * Every crossing's height as a run of spans (the spaces between consecutive distinct heights
 * of all the crossings, so two heights that only touch share none): its first and last span,
 * and how many spans there are.
 */
function spansOf(top: Float64Array, bottom: Float64Array): [Int32Array, Int32Array, number] {
  const n = top.length;
  const heights = distinctHeights([top, bottom]);
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    from[i] = slotOf(heights, top[i] as number);
    to[i] = slotOf(heights, bottom[i] as number) - 1;
  }
  return [from, to, Math.max(1, heights.length - 1)];
}
