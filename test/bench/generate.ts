/**
 * Seeded benchmark maps. The same seed always gives the same map, byte for byte, so figures
 * from different runs (and machines) measure the same work.
 *
 * Shape of every map: the 6 default tiers, both organisations, everyone placed on their cell's
 * grid slots (`slotPosition`), and the gaps a real alliance map has:
 * - Executive sponsor: a handful of people and exactly one peer link between the two sides,
 *   rated Weak. That link is the "probe" the edit scenario re-rates: every change between a
 *   weak (1–2) and a healthy (3–5) rating changes coverage and the gap list.
 * - Sales is lopsided towards us, Marketing towards the partner.
 * - Every peer link at Marketing is weak (a weak-peer-link gap).
 * - About 15% of people have no peer link in their own tier (unpaired).
 * - In the workshop map the partner has nobody at Operations / support (missing counterpart).
 * - Mostly cross-organisation links (same tier mostly, some to the tier next door), about a
 *   fifth internal; degrees are skewed (a few well-connected people, many with one or two).
 */

import { slotPosition } from "../../src/domain/cellPlaces";
import {
  DEFAULT_HEALTHY_THRESHOLD,
  DEFAULT_ORGS,
  DEFAULT_TIER_NAMES,
  type OrgKey,
  type PeerMap,
  type Person,
  pairKey,
  type Relationship,
  type Strength,
} from "../../src/domain/model";

export type GraphName = "workshop" | "medium" | "large" | "huge" | "gaps10k";

export interface GraphSpec {
  name: GraphName;
  people: number;
  relationships: number;
  seed: number;
}

export const GRAPHS: Readonly<Record<GraphName, GraphSpec>> = {
  workshop: { name: "workshop", people: 30, relationships: 40, seed: 0x5eed0030 },
  medium: { name: "medium", people: 300, relationships: 600, seed: 0x5eed0300 },
  large: { name: "large", people: 1_000, relationships: 3_000, seed: 0x5eed1000 },
  /** The biggest map the browser scenarios open (`--maps=huge`; not in the default run). */
  huge: { name: "huge", people: 5_000, relationships: 15_000, seed: 0x5eed5000 },
  /** Node only: the gap analysis at the format's limit of people. */
  gaps10k: { name: "gaps10k", people: 10_000, relationships: 50_000, seed: 0x5eed9999 },
};

/** The map id a graph is stored under in the app (`#/map/<id>`). */
export const mapIdOf = (name: GraphName): string => `bench-${name}`;

/** Id of the one peer link at the top tier; the edit scenario selects and re-rates it. */
export const PROBE_RELATIONSHIP_ID = "r-probe";

const TIMESTAMP = "2025-01-15T09:00:00.000Z";
const TIER_COUNT = DEFAULT_TIER_NAMES.length;
const EXEC = 0;
const MARKETING = 3;
const OPERATIONS = 5;

/** mulberry32: tiny, fast, good enough for test data, and the same everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
};

/** Splits `total` over `weights` exactly (largest remainder), each share at least `min[i]`. */
function apportion(total: number, weights: readonly number[], min: readonly number[]): number[] {
  const floor = min.reduce((sum, m) => sum + m, 0);
  const rest = Math.max(0, total - floor);
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (sum > 0 ? (rest * w) / sum : 0));
  const counts = exact.map((x, i) => Math.floor(x) + (min[i] ?? 0));
  let missing = total - counts.reduce((s, c) => s + c, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((p, q) => q.frac - p.frac || p.i - q.i);
  for (let k = 0; missing > 0; k = (k + 1) % order.length, missing--) {
    const at = order[k]?.i ?? 0;
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}

// Share of people per tier (Executive sponsor … Operations / support), per organisation.
const TIER_WEIGHTS: Readonly<Record<OrgKey, readonly number[]>> = {
  a: [0, 0.08, 0.3, 0.1, 0.32, 0.2],
  b: [0, 0.1, 0.1, 0.28, 0.32, 0.2],
};

// biome-ignore format: a word list
const FIRST = [
  "Ada", "Ben", "Chloé", "Dev", "Elif", "Femi", "Greta", "Hiro", "Inès", "Jonas", "Kemi", "Lars",
  "Mei", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tomás", "Uma", "Viktor", "Wen",
  "Xavier", "Yara", "Zoltan",
];
// biome-ignore format: a word list
const LAST = [
  "Adeyemi", "Berg", "Castillo", "Dubois", "Eriksen", "Fischer", "García", "Haddad", "Ivanova",
  "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "O'Neill", "Patel", "Rossi",
  "Schmidt", "Tanaka", "Urquhart", "Varga", "Walsh", "Yilmaz", "Zhang",
];
const TITLES: readonly (readonly string[])[] = [
  ["Chief Executive Officer", "Chief Revenue Officer", "Chief Technology Officer"],
  ["Alliance Director", "Partner Manager", "Head of Alliances"],
  ["Account Executive", "Regional Sales Lead", "Sales Engineer", "Key Account Manager"],
  ["Product Marketing Manager", "Campaign Lead", "Field Marketing Manager"],
  ["Solutions Architect", "Delivery Lead", "Senior Engineer", "Consultant"],
  ["Support Lead", "Service Manager", "Operations Analyst"],
];

function cellCounts(spec: GraphSpec): Record<OrgKey, number[]> {
  const exec = Math.max(2, Math.round(spec.people * 0.006));
  const ours = Math.round(spec.people * 0.55);
  const theirs = spec.people - ours;
  const minA = [exec, 1, 1, 1, 1, 1];
  const minB = [Math.max(1, exec - 1), 1, 1, 1, 1, 1];
  const weightsB = [...TIER_WEIGHTS.b];
  if (spec.name === "workshop") {
    // A young map: the partner has not named anyone for operations yet.
    weightsB[OPERATIONS] = 0;
    minB[OPERATIONS] = 0;
  }
  const a = apportion(
    ours - exec,
    TIER_WEIGHTS.a,
    minA.map((m, i) => (i === EXEC ? 0 : m)),
  );
  const b = apportion(
    theirs - (minB[EXEC] ?? 1),
    weightsB,
    minB.map((m, i) => (i === EXEC ? 0 : m)),
  );
  a[EXEC] = exec;
  b[EXEC] = minB[EXEC] ?? 1;
  return { a, b };
}

const strengthFrom = (random: Random, weights: readonly number[]): Strength => {
  let r = random() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return (i + 1) as Strength;
  }
  return 5;
};

const HEALTHY_MIX = [0.05, 0.15, 0.35, 0.3, 0.15];
const WEAK_MIX = [0.35, 0.65, 0, 0, 0];

/** The map for `spec`: deterministic, valid (validateMap finds nothing), everyone placed. */
export function generateMap(spec: GraphSpec): PeerMap {
  const random = mulberry32(spec.seed);
  const tiers = DEFAULT_TIER_NAMES.map((name, i) => ({ id: `t${i + 1}`, name }));
  const counts = cellCounts(spec);

  const people: Person[] = [];
  const byCell: Record<OrgKey, Person[][]> = { a: [], b: [] };
  for (const org of ["a", "b"] as const) {
    for (let tier = 0; tier < TIER_COUNT; tier++) {
      const cell: Person[] = [];
      const tierId = tiers[tier]?.id ?? "";
      for (let i = 0; i < (counts[org][tier] ?? 0); i++) {
        const person: Person = {
          id: `p${org}${String(people.length + 1).padStart(5, "0")}`,
          org,
          name: `${pick(random, FIRST)} ${pick(random, LAST)}`,
          title: pick(random, TITLES[tier] ?? ["Staff"]),
          tierId,
          position: slotPosition(i, org),
        };
        people.push(person);
        cell.push(person);
      }
      byCell[org].push(cell);
    }
  }

  // Skewed degrees: weight w = 1/(u+0.05)^1.2 gives a few hubs and a long tail.
  const weight = new Map(people.map((p) => [p.id, (random() + 0.05) ** -1.2]));
  const pickWeighted = (list: readonly Person[]): Person | undefined => {
    if (list.length === 0) return undefined;
    let total = 0;
    for (const p of list) total += weight.get(p.id) ?? 1;
    let r = random() * total;
    for (const p of list) {
      r -= weight.get(p.id) ?? 1;
      if (r <= 0) return p;
    }
    return list[list.length - 1];
  };
  const unpaired = new Set(people.filter(() => random() < 0.15).map((p) => p.id));
  const canPeer = (list: readonly Person[]) => list.filter((p) => !unpaired.has(p.id));

  const relationships: Relationship[] = [];
  const pairs = new Set<string>();
  const add = (source: Person, target: Person, strength: Strength, id?: string): boolean => {
    if (source.id === target.id) return false;
    const key = pairKey(source.id, target.id);
    if (pairs.has(key)) return false;
    pairs.add(key);
    relationships.push({
      id: id ?? `r${String(relationships.length + 1).padStart(6, "0")}`,
      source: source.id,
      target: target.id,
      strength,
    });
    return true;
  };

  const execA = byCell.a[EXEC]?.[0];
  const execB = byCell.b[EXEC]?.[0];
  if (!execA || !execB) throw new Error("both sides need an executive sponsor");
  add(execA, execB, 2, PROBE_RELATIONSHIP_ID);
  unpaired.delete(execA.id);
  unpaired.delete(execB.id);

  const cellOf = (org: OrgKey, tier: number): Person[] => byCell[org][tier] ?? [];
  const nearTier = (tier: number): number => {
    const step = random() < 0.5 ? -1 : 1;
    const next = tier + step;
    return next < 0 || next >= TIER_COUNT ? tier - step : next;
  };
  // Peer links at the top tier would hide the probe's effect; other tiers take them all.
  const peerTiers = [1, 2, 3, 4, 5];

  let attempts = 0;
  const maxAttempts = spec.relationships * 50;
  while (relationships.length < spec.relationships && attempts++ < maxAttempts) {
    const roll = random();
    if (roll < 0.58) {
      // Cross-organisation, same tier: the peer links the analysis is about.
      const tier = pick(random, peerTiers);
      const source = pickWeighted(canPeer(cellOf("a", tier)));
      const target = pickWeighted(canPeer(cellOf("b", tier)));
      if (!source || !target) continue;
      add(source, target, strengthFrom(random, tier === MARKETING ? WEAK_MIX : HEALTHY_MIX));
    } else if (roll < 0.8) {
      // Cross-organisation, one tier apart (a sales lead who knows their alliance director).
      const tier = Math.floor(random() * TIER_COUNT);
      const other = nearTier(tier);
      const source = pickWeighted(cellOf("a", tier));
      const target = pickWeighted(cellOf("b", other));
      if (!source || !target) continue;
      add(source, target, strengthFrom(random, HEALTHY_MIX));
    } else {
      // Internal: colleagues on the same side, same tier or next door.
      const org: OrgKey = random() < 0.55 ? "a" : "b";
      const tier = Math.floor(random() * TIER_COUNT);
      const source = pickWeighted(cellOf(org, tier));
      const target = pickWeighted(cellOf(org, random() < 0.6 ? tier : nearTier(tier)));
      if (!source || !target) continue;
      add(source, target, strengthFrom(random, HEALTHY_MIX));
    }
  }
  if (relationships.length < spec.relationships) {
    throw new Error(
      `${spec.name}: only ${relationships.length} of ${spec.relationships} relationships fit`,
    );
  }

  return {
    id: mapIdOf(spec.name),
    name: `Benchmark ${spec.name} (${spec.people} people)`,
    orgs: {
      a: { ...DEFAULT_ORGS.a, name: "Northwind" },
      b: { ...DEFAULT_ORGS.b, name: "Contoso" },
    },
    tiers,
    people,
    actions: [],
    relationships,
    settings: { healthyThreshold: DEFAULT_HEALTHY_THRESHOLD },
    createdAt: TIMESTAMP,
    updatedAt: TIMESTAMP,
  };
}

/** Strengths for the edit scenario: alternating healthy and weak, so every press changes gaps. */
export function probeStrengths(count: number): Strength[] {
  const healthy: Strength[] = [4, 3, 5];
  const weak: Strength[] = [1, 2];
  const out: Strength[] = [];
  for (let i = 0; i < count; i++) {
    const list = i % 2 === 0 ? healthy : weak;
    out.push(list[Math.floor(i / 2) % list.length] ?? 3);
  }
  return out;
}
