import { newId } from "./ids";
import {
  DEFAULT_HEALTHY_THRESHOLD,
  DEFAULT_ORGS,
  DEFAULT_TIER_NAMES,
  type Organisation,
  type OrgKey,
  type PeerMap,
} from "./model";
import { cleanName } from "./names";

export const DEFAULT_MAP_NAME = "Untitled map";

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
    name: options.name ?? DEFAULT_MAP_NAME,
    orgs: {
      a: { ...DEFAULT_ORGS.a, ...options.orgs?.a },
      b: { ...DEFAULT_ORGS.b, ...options.orgs?.b },
    },
    tiers: (options.tierNames ?? DEFAULT_TIER_NAMES).map((name) => ({ id: newId("t"), name })),
    people: [],
    relationships: [],
    actions: [],
    settings: { healthyThreshold: DEFAULT_HEALTHY_THRESHOLD },
    createdAt: options.now,
    updatedAt: options.now,
  };
}

/** What the "New map" dialog asks for; a blank field means the default. */
export interface MapNames {
  name?: string;
  a?: string;
  b?: string;
}

const orgNamed = (org: OrgKey, typed: string | undefined): Organisation => ({
  ...DEFAULT_ORGS[org],
  name: cleanName(typed ?? "") ?? DEFAULT_ORGS[org].name,
});

/** The names typed, trimmed, with the defaults (Untitled map, Our company, Partner) for blanks. */
export const namedMap = (names: MapNames): Pick<NewMapOptions, "name" | "orgs"> => ({
  name: cleanName(names.name ?? "") ?? DEFAULT_MAP_NAME,
  orgs: { a: orgNamed("a", names.a), b: orgNamed("b", names.b) },
});

/** Why these names cannot make a map, in words the user can act on; undefined when they can. */
export function mapNamesProblem(names: MapNames): string | undefined {
  const { orgs } = namedMap(names);
  const same = (x: string, y: string) =>
    x.localeCompare(y, undefined, { sensitivity: "base" }) === 0;
  if (orgs?.a && orgs.b && same(orgs.a.name, orgs.b.name))
    return "Give the two organisations different names, so everyone can tell the sides apart.";
  return undefined;
}
