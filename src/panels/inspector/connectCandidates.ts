import { type OrgKey, ownLinks, type PeerMap, type Person } from "../../domain/model";

export interface CandidateGroup {
  label: string;
  people: Person[];
}

/**
 * Who a person could get a new relationship with, in the order a facilitator looks for them:
 * counterparts in the same tier first, then the rest of the other organisation, then
 * colleagues. People already linked to the person are left out.
 */
export function connectCandidates(map: PeerMap, personId: string): CandidateGroup[] {
  const person = map.people.find((p) => p.id === personId);
  if (!person) return [];
  const linked = new Set<string>([personId]);
  for (const { otherId } of ownLinks(map.relationships, personId)) linked.add(otherId);
  // Most senior tier first, in roster order within a tier (anyone in no known tier with the first).
  const tierOrder = new Map(map.tiers.map((t, i) => [t.id, i]));
  const byTier: Person[][] = map.tiers.map(() => []);
  if (byTier.length === 0) byTier.push([]);
  for (const p of map.people)
    if (!linked.has(p.id)) (byTier[tierOrder.get(p.tierId) ?? 0] as Person[]).push(p);
  const open = byTier.flat();
  const other: OrgKey = person.org === "a" ? "b" : "a";
  const tierName = map.tiers.find((t) => t.id === person.tierId)?.name ?? "";
  const groups: CandidateGroup[] = [
    {
      label: `${map.orgs[other].name}, ${tierName}`,
      people: open.filter((p) => p.org === other && p.tierId === person.tierId),
    },
    {
      label: `${map.orgs[other].name}, other tiers`,
      people: open.filter((p) => p.org === other && p.tierId !== person.tierId),
    },
    {
      label: `${map.orgs[person.org].name} (internal)`,
      people: open.filter((p) => p.org === person.org),
    },
  ];
  return groups.filter((g) => g.people.length > 0);
}
