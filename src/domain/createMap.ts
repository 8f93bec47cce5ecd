import { newId } from "./ids";
import {
  DEFAULT_HEALTHY_THRESHOLD,
  DEFAULT_ORGS,
  DEFAULT_TIER_NAMES,
  type Organisation,
  type OrgKey,
  type PeerMap,
} from "./model";

export interface NewMapOptions {
  name?: string;
  orgs?: Partial<Record<OrgKey, Organisation>>;
  tierNames?: readonly string[];
  /** ISO timestamp; the caller passes the clock so this stays pure. */
  now: string;
  id?: string;
}

/** A blank map with the default tiers, ready for a workshop. */
export function createMap(options: NewMapOptions): PeerMap {
  return {
    id: options.id ?? newId("m"),
    name: options.name ?? "Untitled map",
    orgs: {
      a: { ...DEFAULT_ORGS.a, ...options.orgs?.a },
      b: { ...DEFAULT_ORGS.b, ...options.orgs?.b },
    },
    tiers: (options.tierNames ?? DEFAULT_TIER_NAMES).map((name) => ({ id: newId("t"), name })),
    people: [],
    relationships: [],
    settings: { healthyThreshold: DEFAULT_HEALTHY_THRESHOLD },
    createdAt: options.now,
    updatedAt: options.now,
  };
}
