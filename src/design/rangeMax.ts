/**
 * The routing's tool for "the deepest of the ones before it that overlap it" (turning lines
 * across the gutter, loops in a column): a large map has thousands of lines, and comparing
 * every pair took too long.
 */

/** The distinct values of all of `lists`, sorted. */
export function distinctHeights(lists: readonly Float64Array[]): Float64Array {
  const all = new Float64Array(lists.reduce((sum, list) => sum + list.length, 0));
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  all.sort();
  let distinct = 0;
  for (const h of all) if (distinct === 0 || all[distinct - 1] !== h) all[distinct++] = h;
  return all.subarray(0, distinct);
}

/** Where `h` is among `sorted` (distinct values): the index of the first value not below it. */
export function slotOf(sorted: Float64Array, h: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < h) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Slots holding numbers (at first `none`): raise a range to at least a value, and read the
 * most in a range, each in log time, with no recursion (a bottom-up segment tree: a range is
 * the nodes the loop below visits, and every node above those lies on the way up from the
 * range's first or last slot). `whole[node]` is a value every slot under the node has;
 * `most[node]` the most any slot under it has.
 */
export class RangeMax {
  private readonly size: number;
  private readonly none: number;
  private readonly whole: Float64Array;
  private readonly most: Float64Array;
  constructor(slots: number, none: number) {
    let size = 1;
    while (size < slots) size *= 2;
    this.size = size;
    this.none = none;
    this.whole = new Float64Array(2 * size).fill(none);
    this.most = new Float64Array(2 * size).fill(none);
  }

  clear(): void {
    this.whole.fill(this.none);
    this.most.fill(this.none);
  }

  /** Every slot from `from` to `to` (both included) to at least `value`. */
  raise(from: number, to: number, value: number): void {
    const { whole, most } = this;
    let lo = from + this.size;
    let hi = to + this.size + 1;
    while (lo < hi) {
      if (lo & 1) {
        whole[lo] = Math.max(whole[lo] as number, value);
        most[lo] = Math.max(most[lo] as number, value);
        lo++;
      }
      if (hi & 1) {
        hi--;
        whole[hi] = Math.max(whole[hi] as number, value);
        most[hi] = Math.max(most[hi] as number, value);
      }
      lo >>= 1;
      hi >>= 1;
    }
    for (let node = (from + this.size) >> 1; node > 0; node >>= 1)
      most[node] = Math.max(most[node] as number, value);
    for (let node = (to + this.size) >> 1; node > 0; node >>= 1)
      most[node] = Math.max(most[node] as number, value);
  }

  /** The most any slot from `from` to `to` (both included) holds; `none` for an empty range. */
  max(from: number, to: number): number {
    const { whole, most } = this;
    let found = this.none;
    let lo = from + this.size;
    let hi = to + this.size + 1;
    if (lo >= hi) return found;
    while (lo < hi) {
      if (lo & 1) found = Math.max(found, most[lo++] as number);
      if (hi & 1) found = Math.max(found, most[--hi] as number);
      lo >>= 1;
      hi >>= 1;
    }
    for (let node = (from + this.size) >> 1; node > 0; node >>= 1)
      found = Math.max(found, whole[node] as number);
    for (let node = (to + this.size) >> 1; node > 0; node >>= 1)
      found = Math.max(found, whole[node] as number);
    return found;
  }
}
