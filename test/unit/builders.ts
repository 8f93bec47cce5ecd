/**
 * A fluent, immutable builder for PeerMap documents in tests.
 *
 *   const map = aMap()
 *     .named("Acme x Globex")
 *     .withOrgs("Acme", "Globex")
 *     .withTiers("Executive sponsor", "Sales")
 *     .withPerson("ada", { org: "a", tier: "Executive sponsor", name: "Ada Lovelace", at: { x: 0, y: 16 } })
 *     .withPerson("grace", { org: "b", tier: "Executive sponsor" })
 *     .withLink("ada", "grace", 4)
 *     .build();
 *
 * Everything is deterministic so tests can assert on ids and snapshots:
 * - people keep the handle they are given as their id;
 * - tier ids are the slug of the tier name ("Technical / delivery" -> "technical-delivery"),
 *   see {@link tierId};
 * - relationship ids are "source-target" (then "source-target-2", ... for repeats) unless given;
 * - the map id is "map-" + slug of its name, timestamps are {@link FIXED_NOW}.
 *
 * Every method returns a new builder, so a base can be shared and varied per test:
 *   const base = aMap().withPerson(...); const linked = base.withLink(...).build();
 *
 * Defaults: orgs "Our company" / "Partner" with the default colours, the six default
 * tiers, healthy threshold 3, no people, no relationships.
 */
import type { EditResult } from "../../src/domain/edits";
import {
  DEFAULT_HEALTHY_THRESHOLD,
  DEFAULT_ORGS,
  DEFAULT_TIER_NAMES,
  type Organisation,
  type OrgKey,
  type PeerMap,
  type Person,
  type Position,
  type Relationship,
  type Strength,
  type Tier,
} from "../../src/domain/model";

export const FIXED_NOW = "2024-05-14T09:00:00.000Z";

/** "Technical / delivery" -> "technical-delivery". */
export const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** The id the builder gives a tier of that name. */
export const tierId = (tierName: string): string => slug(tierName);

/** "ada" -> "Ada", "mary-jane" -> "Mary Jane": a readable default name for a handle. */
export const nameFromHandle = (handle: string): string =>
  handle
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(" ");

export interface PersonSpec {
  org: OrgKey;
  /** Tier name (or id) that must exist on the map; resolved when building. */
  tier?: string;
  /** Raw tier id, used as is: lets a test put someone in a tier that does not exist. */
  tierId?: string;
  /** Defaults to a name derived from the handle. */
  name?: string;
  title?: string;
  email?: string;
  notes?: string;
  /** Position in the person's cell; absent means "in the roster, not placed". */
  at?: Position;
}

export interface LinkSpec {
  id?: string;
  notes?: string;
  /** YYYY-MM-DD. */
  lastContact?: string;
}

interface PendingPerson {
  handle: string;
  spec: PersonSpec;
}

interface PendingLink {
  source: string;
  target: string;
  strength: Strength;
  spec: LinkSpec;
}

interface State {
  name: string;
  id?: string;
  orgs: Record<OrgKey, Organisation>;
  tiers: Tier[];
  healthyThreshold: Strength;
  people: PendingPerson[];
  links: PendingLink[];
  createdAt: string;
  updatedAt: string;
}

export class MapBuilder {
  constructor(private readonly state: State) {}

  private with(patch: Partial<State>): MapBuilder {
    return new MapBuilder({ ...this.state, ...patch });
  }

  named(name: string): MapBuilder {
    return this.with({ name });
  }

  withId(id: string): MapBuilder {
    return this.with({ id });
  }

  /** Organisation names (default colours kept) or whole organisations. */
  withOrgs(a: string | Organisation, b: string | Organisation): MapBuilder {
    const org = (value: string | Organisation, key: OrgKey): Organisation =>
      typeof value === "string" ? { ...DEFAULT_ORGS[key], name: value } : { ...value };
    return this.with({ orgs: { a: org(a, "a"), b: org(b, "b") } });
  }

  /** Replaces the tiers, most senior first; ids are slugs of the names. */
  withTiers(...names: string[]): MapBuilder {
    return this.with({ tiers: names.map((name) => ({ id: tierId(name), name })) });
  }

  withHealthyThreshold(healthyThreshold: Strength): MapBuilder {
    return this.with({ healthyThreshold });
  }

  timestamped(createdAt: string, updatedAt: string = createdAt): MapBuilder {
    return this.with({ createdAt, updatedAt });
  }

  withPerson(handle: string, spec: PersonSpec): MapBuilder {
    return this.with({ people: [...this.state.people, { handle, spec }] });
  }

  /** Several unplaced people of one organisation and tier, named after their handles. */
  withPeople(org: OrgKey, tier: string, ...handles: string[]): MapBuilder {
    return handles.reduce<MapBuilder>((b, handle) => b.withPerson(handle, { org, tier }), this);
  }

  /** A relationship between two handles; strength defaults to 3 Working. */
  withLink(
    source: string,
    target: string,
    strength: Strength = 3,
    spec: LinkSpec = {},
  ): MapBuilder {
    return this.with({ links: [...this.state.links, { source, target, strength, spec }] });
  }

  build(): PeerMap {
    const { state } = this;
    const resolveTier = (handle: string, spec: PersonSpec): string => {
      if (spec.tierId !== undefined) return spec.tierId;
      if (spec.tier === undefined) throw new Error(`Person "${handle}" needs a tier or tierId`);
      const tier = state.tiers.find((t) => t.name === spec.tier || t.id === spec.tier);
      if (!tier) throw new Error(`Person "${handle}": no tier "${spec.tier}" on the map`);
      return tier.id;
    };
    const people: Person[] = state.people.map(({ handle, spec }) => ({
      id: handle,
      org: spec.org,
      name: spec.name ?? nameFromHandle(handle),
      tierId: resolveTier(handle, spec),
      ...(spec.title !== undefined && { title: spec.title }),
      ...(spec.email !== undefined && { email: spec.email }),
      ...(spec.notes !== undefined && { notes: spec.notes }),
      ...(spec.at !== undefined && { position: { ...spec.at } }),
    }));
    const usedIds = new Map<string, number>();
    const relationships: Relationship[] = state.links.map(({ source, target, strength, spec }) => {
      const base = spec.id ?? `${source}-${target}`;
      const seen = (usedIds.get(base) ?? 0) + 1;
      usedIds.set(base, seen);
      return {
        id: seen === 1 ? base : `${base}-${seen}`,
        source,
        target,
        strength,
        ...(spec.notes !== undefined && { notes: spec.notes }),
        ...(spec.lastContact !== undefined && { lastContact: spec.lastContact }),
      };
    });
    return {
      id: state.id ?? `map-${slug(state.name) || "untitled"}`,
      name: state.name,
      orgs: { a: { ...state.orgs.a }, b: { ...state.orgs.b } },
      tiers: state.tiers.map((tier) => ({ ...tier })),
      people,
      relationships,
      actions: [],
      settings: { healthyThreshold: state.healthyThreshold },
      createdAt: state.createdAt,
      updatedAt: state.updatedAt,
    };
  }
}

/** A blank map with the default orgs and tiers; see the file comment. */
export const aMap = (): MapBuilder =>
  new MapBuilder({
    name: "Test map",
    orgs: { a: { ...DEFAULT_ORGS.a }, b: { ...DEFAULT_ORGS.b } },
    tiers: DEFAULT_TIER_NAMES.map((name) => ({ id: tierId(name), name })),
    healthyThreshold: DEFAULT_HEALTHY_THRESHOLD,
    people: [],
    links: [],
    createdAt: FIXED_NOW,
    updatedAt: FIXED_NOW,
  });

/** The map an edit produced; a refused edit fails the test with its reason. */
export function applied(result: EditResult): PeerMap {
  if (!result.ok) throw new Error(`edit refused: ${result.reason}`);
  return result.map;
}

/** Ada and Alan (ours) both linked to Grace (partner) in Sales, each rated 2: two links to edit apart. */
export const twoLinksToGrace = (): PeerMap =>
  aMap()
    .withPerson("ada", { org: "a", tier: "Sales" })
    .withPerson("grace", { org: "b", tier: "Sales" })
    .withPerson("alan", { org: "a", tier: "Sales" })
    .withLink("ada", "grace", 2)
    .withLink("alan", "grace", 2)
    .build();
