import { type OrgKey, type PeerMap, type Person, pairKey } from "../../domain/model";

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
  const linked = new Set(map.relationships.map((r) => pairKey(r.source, r.target)));
  const tierOrder = new Map(map.tiers.map((t, i) => [t.id, i]));
  const open = map.people
    .filter((p) => p.id !== personId && !linked.has(pairKey(personId, p.id)))
    .sort((p, q) => (tierOrder.get(p.tierId) ?? 0) - (tierOrder.get(q.tierId) ?? 0));
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
