/**
 * The peer map document: the one source of truth. Everything the canvas, panels and
 * storage show is derived from it.
 */

export type OrgKey = "a" | "b";

/** Both organisations, ours first: handy for loops that treat the two sides alike. */
export const ORG_KEYS: readonly OrgKey[] = ["a", "b"];

export const otherOrg = (org: OrgKey): OrgKey => (org === "a" ? "b" : "a");

export interface Organisation {
  name: string;
  /** CSS hex colour, e.g. "#2563eb". */
  color: string;
}

export interface Tier {
  id: string;
  name: string;
}

export interface Position {
  x: number;
  y: number;
}

export interface Person {
  id: string;
  org: OrgKey;
  name: string;
  title?: string;
  tierId: string;
  email?: string;
  notes?: string;
  /** Absent while the person is only in the roster, not yet placed on the canvas. */
  position?: Position;
}

export type Strength = 1 | 2 | 3 | 4 | 5;

export interface Relationship {
  id: string;
  source: string;
  target: string;
  strength: Strength;
  notes?: string;
  /** ISO calendar date, YYYY-MM-DD. */
  lastContact?: string;
}

export interface MapSettings {
  /** A relationship is healthy when its strength is at least this. */
  healthyThreshold: Strength;
}

export interface PeerMap {
  id: string;
  name: string;
  orgs: Record<OrgKey, Organisation>;
  /** Most senior first. */
  tiers: Tier[];
  people: Person[];
  relationships: Relationship[];
  settings: MapSettings;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

export const STRENGTHS: readonly Strength[] = [1, 2, 3, 4, 5];

export const STRENGTH_LABELS: Readonly<Record<Strength, string>> = {
  1: "Strained",
  2: "Weak",
  3: "Working",
  4: "Strong",
  5: "Trusted",
};

export const DEFAULT_HEALTHY_THRESHOLD: Strength = 3;
export const NEW_RELATIONSHIP_STRENGTH: Strength = 3;

export const DEFAULT_TIER_NAMES: readonly string[] = [
  "Executive sponsor",
  "Alliance management",
  "Sales",
  "Marketing",
  "Technical / delivery",
  "Operations / support",
];

export const DEFAULT_ORGS: Readonly<Record<OrgKey, Organisation>> = {
  a: { name: "Our company", color: "#2563eb" },
  b: { name: "Partner", color: "#7c3aed" },
};

export const isStrength = (value: unknown): value is Strength =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;

export const strengthLabel = (strength: Strength): string =>
  `${strength} ${STRENGTH_LABELS[strength]}`;

export const isHealthy = (relationship: Relationship, settings: MapSettings): boolean =>
  relationship.strength >= settings.healthyThreshold;

/** Order-independent key of a pair of people: the same for (x, y) and (y, x). */
export const pairKey = (p: string, q: string): string =>
  p < q ? `${p}\u0000${q}` : `${q}\u0000${p}`;
