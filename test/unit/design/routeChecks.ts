/**
 * What "lines that never mislead" means, measured on the drawn path data (`d`), so the same
 * checks judge any routing rule: a line must not run under a card that is not one of its ends,
 * and two lines must not share a visible stretch.
 */
import { CARD_HEIGHT, CARD_WIDTH } from "../../../src/domain/layout";

export interface Pt {
  x: number;
  y: number;
}
export interface Rect {
  id: string;
  x: number;
  y: number;
}
export interface DrawnLink {
  id: string;
  source: string;
  target: string;
  d: string;
}

/** Points along SVG path data made of M, L and C commands, about `spacing` px apart. */
export function samplePath(d: string, spacing = 1): Pt[] {
  const tokens = d.match(/[MLC]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const points: Pt[] = [];
  let at: Pt = { x: 0, y: 0 };
  let command = "";
  let i = 0;
  const num = () => Number(tokens[i++]);
  const along = (curve: (t: number) => Pt, length: number) => {
    const steps = Math.max(1, Math.ceil(length / spacing));
    for (let s = 1; s <= steps; s++) points.push(curve(s / steps));
  };
  while (i < tokens.length) {
    const token = tokens[i] as string;
    if (/[MLC]/.test(token)) {
      command = token;
      i++;
    }
    if (command === "M") {
      at = { x: num(), y: num() };
      points.push(at);
    } else if (command === "L") {
      const from = at;
      const to = { x: num(), y: num() };
      along(
        (t) => ({ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }),
        Math.hypot(to.x - from.x, to.y - from.y),
      );
      at = to;
    } else if (command === "C") {
      const p0 = at;
      const p1 = { x: num(), y: num() };
      const p2 = { x: num(), y: num() };
      const p3 = { x: num(), y: num() };
      const hull =
        Math.hypot(p1.x - p0.x, p1.y - p0.y) +
        Math.hypot(p2.x - p1.x, p2.y - p1.y) +
        Math.hypot(p3.x - p2.x, p3.y - p2.y);
      along((t) => {
        const u = 1 - t;
        const [a, b, c, e] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
        return {
          x: a * p0.x + b * p1.x + c * p2.x + e * p3.x,
          y: a * p0.y + b * p1.y + c * p2.y + e * p3.y,
        };
      }, hull);
      at = p3;
    } else {
      throw new Error(`Unexpected path data at ${i}: ${d}`);
    }
  }
  return points;
}

const inside = (p: Pt, card: Rect, margin: number): boolean =>
  p.x > card.x + margin &&
  p.x < card.x + CARD_WIDTH - margin &&
  p.y > card.y + margin &&
  p.y < card.y + CARD_HEIGHT - margin;

/** "link passes under card" for every link that runs under a card not one of its ends. */
export function linesUnderCards(links: readonly DrawnLink[], cards: readonly Rect[]): string[] {
  const found: string[] = [];
  for (const link of links) {
    const points = samplePath(link.d, 2);
    for (const card of cards) {
      if (card.id === link.source || card.id === link.target) continue;
      // 1 px of tolerance: a line may graze a card's border, not run inside it.
      if (points.some((p) => inside(p, card, 1))) found.push(`${link.id} passes under ${card.id}`);
    }
  }
  return found;
}

const NEAR = 2;
const SHARED_STRETCH = 24;
/**
 * Two lines that must cross (their ends say so) meet at a shallow angle. Known limitation of the
 * routing: two lines between the same two tiers whose ends sit in opposite orders cross at
 * 2–3°, within 2 px of each other for up to ~90 px (the worst of 7,371 crossings in 1,500
 * generated maps was 89 px; all but four were under 48 px). Lines that span three tiers run
 * longer side by side: a later run found two crossing along 117 px (Technical / delivery to
 * Executive sponsor, ends 216 px apart). Past 128 px this check fails.
 */
const CROSSING_STRETCH = 128;
const NEAR_SHARED_CARD = 24;

interface Sample {
  link: number;
  p: Pt;
}

/**
 * "a and b coincide over N px" for every pair of links whose paths run within 2 px of each
 * other, side by side, over 24 px or more in all (the mean of what each path has near the
 * other), not counting the stretch near a card they share. Where one crosses the other, that
 * stretch may reach 128 px (see CROSSING_STRETCH): two lines whose ends force
 * them to cross meet at a shallow angle, and a crossing shares no path.
 */
export function coincidingLines(
  links: readonly DrawnLink[],
  cards: readonly Rect[],
  longest = SHARED_STRETCH,
): string[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const grid = new Map<string, Sample[]>();
  const sampled = links.map((link) => samplePath(link.d, 1));
  sampled.forEach((points, link) => {
    for (const p of points) {
      const key = `${Math.floor(p.x / NEAR)},${Math.floor(p.y / NEAR)}`;
      const list = grid.get(key);
      if (list) list.push({ link, p });
      else grid.set(key, [{ link, p }]);
    }
  });
  /** The nearest sample of each other link within NEAR of p. */
  const nearest = (i: number, p: Pt): Map<number, Pt> => {
    const found = new Map<number, Pt>();
    const cx = Math.floor(p.x / NEAR);
    const cy = Math.floor(p.y / NEAR);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          const d = Math.hypot(q.p.x - p.x, q.p.y - p.y);
          const best = found.get(q.link);
          if (q.link !== i && d <= NEAR && (!best || d < Math.hypot(best.x - p.x, best.y - p.y)))
            found.set(q.link, q.p);
        }
    return found;
  };
  const found: string[] = [];
  const alongside = new Map<string, number>();
  sampled.forEach((points, i) => {
    const link = links[i] as DrawnLink;
    // Per other link: the current run of samples near it, and the sides it was seen on.
    const runs = new Map<number, { length: number; sides: Set<number>; last: number }>();
    const close = (j: number) => {
      const run = runs.get(j);
      runs.delete(j);
      if (!run) return;
      const other = links[j] as DrawnLink;
      const pair = i < j ? `${link.id} and ${other.id}` : `${other.id} and ${link.id}`;
      if (run.sides.size > 1) {
        if (run.length >= CROSSING_STRETCH)
          found.push(`${pair} cross along ${Math.round(run.length)} px`);
      } else {
        alongside.set(pair, (alongside.get(pair) ?? 0) + run.length / 2);
      }
    };
    points.forEach((p, k) => {
      const next = points[k + 1] ?? p;
      const prev = points[k - 1] ?? p;
      const near = nearest(i, p);
      for (const [j, q] of near) {
        const other = links[j] as DrawnLink;
        const common = [link.source, link.target].filter(
          (id) => id === other.source || id === other.target,
        );
        const nearCommon = common.some((id) => {
          const card = byId.get(id);
          return card !== undefined && inside(p, card, -NEAR_SHARED_CARD);
        });
        if (nearCommon) continue;
        const run = runs.get(j) ?? { length: 0, sides: new Set<number>(), last: k };
        if (run.last < k - 1) {
          close(j);
          continue;
        }
        const side = (next.x - prev.x) * (q.y - p.y) - (next.y - prev.y) * (q.x - p.x);
        if (Math.abs(side) > 0.3) run.sides.add(Math.sign(side));
        run.length += Math.hypot(p.x - prev.x, p.y - prev.y);
        run.last = k;
        runs.set(j, run);
      }
      for (const j of [...runs.keys()]) if (!near.has(j)) close(j);
    });
    for (const j of [...runs.keys()]) close(j);
  });
  for (const [pair, length] of alongside)
    if (length >= longest) found.push(`${pair} coincide over ${Math.round(length)} px`);
  return [...new Set(found)];
}
