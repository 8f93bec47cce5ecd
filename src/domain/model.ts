/**
 * The peer map document: the one source of truth. Everything the canvas, panels and
 * storage show is derived from it.
 */

import type { z } from "zod";
import type { modelRecords } from "./format/schema";

/*
 * Every record's shape is declared once, in ./format/schema.ts (`records`), and its type is
 * inferred here from the model schema: adding a field there adds it to the type, the file
 * format and every check at once.
 */
type Inferred<K extends keyof typeof modelRecords> = z.output<(typeof modelRecords)[K]>;

export type Organisation = Inferred<"organisation">;
export type Tier = Inferred<"tier">;
export type Person = Inferred<"person">;
export type Position = NonNullable<Person["position"]>;
export type Relationship = Inferred<"relationship">;
export type Action = Inferred<"action">;
export type ActionSubject = Action["about"];
export type ActionStatus = Action["status"];
export type MapSettings = Inferred<"settings">;
export type PeerMap = Inferred<"map">;
export type OrgKey = Person["org"];
export type Strength = Relationship["strength"];

export { ACTION_STATUSES, ACTION_SUBJECTS, ORG_KEYS, STRENGTHS } from "./format/fields";

export const otherOrg = (org: OrgKey): OrgKey => (org === "a" ? "b" : "a");

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
  b: { name: "Partner", color: "#c2410c" },
};

export const isStrength = (value: unknown): value is Strength =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;

export const strengthLabel = (strength: Strength): string =>
  `${strength} ${STRENGTH_LABELS[strength]}`;

/**
 * A relationship that exists today. A planned one is an intention (a link that should exist but
 * does not yet), so no analysis (coverage, gaps, suggestions) may count it as a link.
 */
export const isExisting = (relationship: Relationship): boolean => relationship.planned !== true;

export const isHealthy = (relationship: Relationship, settings: MapSettings): boolean =>
  isExisting(relationship) && relationship.strength >= settings.healthyThreshold;

/** An existing relationship rated below the strength the user wants it at. */
export const isBelowTarget = (relationship: Relationship): boolean =>
  isExisting(relationship) &&
  relationship.targetStrength !== undefined &&
  relationship.strength < relationship.targetStrength;

/** On the board: given a place in their tier (people waiting to be placed have none). */
export const isPlaced = (person: Person | undefined): person is Person =>
  person?.position !== undefined;

/**
 * The relationships with `personId` at one end, in map order, each with the id at its other
 * end: what a person's focus lights, their inspector lists, and who they are already linked to.
 */
export function ownLinks(
  relationships: readonly Relationship[],
  personId: string,
): { relationship: Relationship; otherId: string }[] {
  const own: { relationship: Relationship; otherId: string }[] = [];
  for (const relationship of relationships) {
    const { source, target } = relationship;
    if (source === personId) own.push({ relationship, otherId: target });
    else if (target === personId) own.push({ relationship, otherId: source });
  }
  return own;
}

/** Order-independent key of a pair of people: the same for (x, y) and (y, x). */
export const pairKey = (p: string, q: string): string =>
  p < q ? `${p}\u0000${q}` : `${q}\u0000${p}`;
