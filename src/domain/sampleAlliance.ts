/**
 * The sample map a new user can open to see the point of Peermap at once: a believable
 * alliance with the usual holes in it. Marketing has nobody on the partner side, Sales only has
 * weak links, and one engineer has no counterpart yet, so the gap list has something to say.
 */

import { slotPosition } from "./cellPlaces";
import { createMap } from "./createMap";
import { addPerson, type EditResult } from "./edits";
import { connect, updateRelationships } from "./linkEdits";
import { DEFAULT_ORGS, type OrgKey, type PeerMap, type Strength } from "./model";

type TierName =
  | "Executive sponsor"
  | "Alliance management"
  | "Sales"
  | "Marketing"
  | "Technical / delivery"
  | "Operations / support";

/** [org, tier, name, title] in roster order; each lands in the next free slot of its cell. */
const PEOPLE: readonly [OrgKey, TierName, string, string][] = [
  ["a", "Executive sponsor", "Dana Whitfield", "Chief Revenue Officer"],
  ["b", "Executive sponsor", "Marcus Okafor", "SVP Partnerships"],
  ["a", "Alliance management", "Priya Nair", "Director, Strategic Alliances"],
  ["b", "Alliance management", "Tom Becker", "Partner Development Manager"],
  ["b", "Alliance management", "Lina Costa", "Alliance Operations Lead"],
  ["a", "Sales", "Jordan Lee", "Enterprise Account Executive"],
  ["a", "Sales", "Sofia Alvarez", "Regional Sales Director"],
  ["b", "Sales", "Ken Watanabe", "Channel Sales Lead"],
  ["a", "Marketing", "Hannah Schultz", "Partner Marketing Manager"],
  ["a", "Technical / delivery", "Amir Haddad", "Principal Solutions Architect"],
  ["a", "Technical / delivery", "Chloe Dubois", "Delivery Lead"],
  ["a", "Technical / delivery", "Raj Patel", "Integration Engineer"],
  ["b", "Technical / delivery", "Elena Petrova", "Cloud Architect"],
  ["b", "Technical / delivery", "Sam Morgan", "Professional Services Lead"],
  ["a", "Operations / support", "Grace Kim", "Support Manager"],
  ["b", "Operations / support", "Noah Fischer", "Customer Success Lead"],
];

/** [person, person, strength, days since last contact, notes]. */
const LINKS: readonly [string, string, Strength, number?, string?][] = [
  [
    "Dana Whitfield",
    "Marcus Okafor",
    4,
    21,
    "Quarterly exec review; co-sponsors the joint roadmap.",
  ],
  ["Priya Nair", "Tom Becker", 5, 2, "Weekly alliance sync. Runs the joint business plan."],
  ["Priya Nair", "Lina Costa", 3, 9],
  ["Priya Nair", "Marcus Okafor", 3, 30],
  ["Jordan Lee", "Ken Watanabe", 2, 45, "Met once at the partner summit; no joint deals yet."],
  ["Sofia Alvarez", "Ken Watanabe", 1, 120, "Channel conflict on the Northwind deal."],
  ["Hannah Schultz", "Tom Becker", 2, 60, "Asked for a co-marketing contact at Globex."],
  ["Amir Haddad", "Elena Petrova", 4, 5, "Designed the reference architecture together."],
  ["Chloe Dubois", "Sam Morgan", 3, 14],
  ["Grace Kim", "Noah Fischer", 3, 10, "Shared escalation path for joint customers."],
  ["Dana Whitfield", "Priya Nair", 5],
  ["Amir Haddad", "Raj Patel", 4],
  ["Elena Petrova", "Sam Morgan", 4],
];

const DAY_MS = 24 * 60 * 60 * 1000;

const daysBefore = (now: string, days: number): string =>
  new Date(Date.parse(now) - days * DAY_MS).toISOString().slice(0, 10);

function unwrap(result: EditResult): { map: PeerMap; id: string } {
  if (!result.ok || result.id === undefined) {
    throw new Error(`Sample alliance: ${result.ok ? "no id" : result.reason}`);
  }
  return { map: result.map, id: result.id };
}

/** "Sample alliance": Acme Software x Globex Cloud, ~16 people, ~13 relationships. */
export function sampleAlliance(now: string): PeerMap {
  let map = createMap({
    name: "Sample alliance",
    orgs: {
      // The default colours, chosen to stay apart under red–green colour blindness.
      a: { name: "Acme Software", color: DEFAULT_ORGS.a.color },
      b: { name: "Globex Cloud", color: DEFAULT_ORGS.b.color },
    },
    now,
  });
  const tierId = new Map(map.tiers.map((t) => [t.name, t.id]));
  const personId = new Map<string, string>();
  const filled = new Map<string, number>();
  for (const [org, tier, name, title] of PEOPLE) {
    const cell = `${org}:${tier}`;
    const slot = filled.get(cell) ?? 0;
    filled.set(cell, slot + 1);
    const added = unwrap(
      addPerson(map, {
        org,
        name,
        title,
        tierId: tierId.get(tier) ?? "",
        position: slotPosition(slot, org),
      }),
    );
    map = added.map;
    personId.set(name, added.id);
  }
  for (const [from, to, strength, days, notes] of LINKS) {
    const added = unwrap(connect(map, personId.get(from) ?? "", personId.get(to) ?? "", strength));
    const annotated = updateRelationships(added.map, [added.id], {
      ...(days !== undefined && { lastContact: daysBefore(now, days) }),
      ...(notes !== undefined && { notes }),
    });
    if (!annotated.ok) throw new Error(`Sample alliance: ${annotated.reason}`);
    map = annotated.map;
  }
  return map;
}
