/** The sample alliance and the same alliance a quarter later, for the comparison tests. */
import * as edit from "../../../src/domain/edits";
import * as linkEdit from "../../../src/domain/linkEdits";
import type { PeerMap } from "../../../src/domain/model";
import { applied } from "../builders";

export const idOf = (map: PeerMap, name: string): string => {
  const person = map.people.find((p) => p.name === name);
  if (!person) throw new Error(`no ${name} in the sample alliance`);
  return person.id;
};
export const linkOf = (map: PeerMap, a: string, b: string): string => {
  const [x, y] = [idOf(map, a), idOf(map, b)];
  const link = map.relationships.find(
    (r) => (r.source === x && r.target === y) || (r.source === y && r.target === x),
  );
  if (!link) throw new Error(`no link ${a} – ${b}`);
  return link.id;
};

/** The sample alliance a quarter later: links re-rated, added, removed; people came and went. */
export function aQuarterLater(before: PeerMap): PeerMap {
  let after = applied(
    linkEdit.updateRelationships(before, [linkOf(before, "Jordan Lee", "Ken Watanabe")], {
      strength: 4,
    }),
  );
  after = applied(
    linkEdit.updateRelationships(after, [linkOf(after, "Grace Kim", "Noah Fischer")], {
      strength: 1,
    }),
  );
  after = applied(edit.removeItems(after, [], [linkOf(after, "Hannah Schultz", "Tom Becker")]));
  after = applied(
    linkEdit.connect(after, idOf(after, "Raj Patel"), idOf(after, "Sam Morgan"), 3, "raj-sam"),
  );
  const marketing = after.tiers.find((t) => t.name === "Marketing")?.id ?? "";
  after = applied(
    edit.addPerson(after, {
      org: "b",
      name: "Marta Kowalczyk",
      title: "Partner Marketing Lead",
      tierId: marketing,
      position: { x: 0, y: 0 },
    }),
  );
  return applied(edit.removeItems(after, [idOf(after, "Lina Costa")]));
}
