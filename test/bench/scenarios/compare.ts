/**
 * Compare: `compareMaps` of a bench map and the same map a quarter later (links re-rated,
 * added and removed, people moved, joined and left), timed in Node as the compare view runs it.
 */
import { compareMaps } from "../../../src/domain/compare";
import type { PeerMap, Relationship, Strength } from "../../../src/domain/model";
import type { GraphName } from "../generate";
import type { Log } from "../maps";
import type { Row } from "../report";
import { median, percentile, round } from "../stats";

/** A deterministic "quarter later": every n-th record changed, so runs compare alike. */
export function aQuarterLater(map: PeerMap): PeerMap {
  const tiers = map.tiers.map((tier) => tier.id);
  const leaving = new Set(map.people.filter((_, i) => i % 100 === 7).map((p) => p.id));
  const people = map.people
    .filter((p) => !leaving.has(p.id))
    .map((p, i) => {
      if (i % 50 !== 3) return p;
      const next = tiers[(tiers.indexOf(p.tierId) + 1) % tiers.length] ?? p.tierId;
      return { ...p, tierId: next };
    });
  const joined = map.people
    .filter((_, i) => i % 50 === 11)
    .map((p, i) => ({ ...p, id: `joined-${i}`, name: `${p.name} (new)` }));
  const kept = map.relationships.filter(
    (r, i) => i % 33 !== 5 && !leaving.has(r.source) && !leaving.has(r.target),
  );
  const rerated = kept.map((r, i): Relationship => {
    if (i % 20 !== 0) return r;
    return { ...r, strength: ((r.strength % 5) + 1) as Strength };
  });
  const added: Relationship[] = joined.map((p, i) => {
    const peer = people[(i * 37) % people.length] ?? p;
    return { ...(rerated[0] as Relationship), id: `added-${i}`, source: p.id, target: peer.id };
  });
  return { ...map, people: [...people, ...joined], relationships: [...rerated, ...added] };
}

export function compareScenario(
  maps: ReadonlyMap<GraphName, PeerMap>,
  runs: number,
  rows: Row[],
  raw: Record<string, unknown>,
  log: Log,
): void {
  for (const [name, before] of maps) {
    if (name === "workshop") continue;
    const after = aQuarterLater(before);
    const c = compareMaps(before, after);
    const counts = {
      joined: c.people.joined.length,
      left: c.people.left.length,
      moved: c.people.moved.length,
      added: c.relationships.added.length,
      removed: c.relationships.removed.length,
      rated: c.relationships.rated.length,
      gapsOpened: c.gaps.opened.length,
      gapsClosed: c.gaps.closed.length,
    };
    for (let i = 0; i < 5; i++) compareMaps(before, after);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      compareMaps(before, after);
      samples.push(performance.now() - t0);
    }
    const result = {
      median: round(median(samples), 2),
      p95: round(percentile(samples, 95), 2),
      min: round(Math.min(...samples), 2),
      counts,
    };
    raw[`compare ${name}`] = result;
    rows.push({
      scenario: "Compare",
      map: name,
      unit: "ms",
      ours: result.median,
      note:
        `Node, median of ${runs} runs; fastest ${result.min} ms; ` +
        `${counts.rated} re-rated, ${counts.added} added, ${counts.removed} removed links, ` +
        `${counts.moved} moved, ${counts.joined} joined, ${counts.left} left`,
      target: { kind: "abs", max: 30, label: "<= 30 ms" },
    });
    log(`compare ${name}: median ${result.median} ms (${JSON.stringify(counts)})`);
  }
}
