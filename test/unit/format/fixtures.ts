import { toMapFile } from "../../../src/domain/format";
import type { MapFile } from "../../../src/domain/format/schema";
import type { PeerMap } from "../../../src/domain/model";
import type { Snapshot } from "../../../src/domain/snapshots";

export const EXPORTED_AT = "2025-03-14T16:20:00.000Z";

/** The realistic example from docs/file-format.md, in model form. */
export const acmeGlobex: PeerMap = {
  id: "m-acme-globex",
  name: "Acme × Globex alliance 2025",
  orgs: {
    a: { name: "Acme Software", color: "#2563eb" },
    b: { name: "Globex Cloud", color: "#c2410c" },
  },
  tiers: [
    { id: "t-exec", name: "Executive sponsor" },
    { id: "t-alliance", name: "Alliance management" },
    { id: "t-sales", name: "Sales" },
    { id: "t-tech", name: "Technical / delivery" },
  ],
  people: [
    {
      id: "p-dana",
      org: "a",
      name: "Dana Whitfield",
      title: "Chief Executive Officer",
      tierId: "t-exec",
      email: "dana.whitfield@acme.example",
      position: { x: 40, y: 24 },
    },
    {
      id: "p-priya",
      org: "a",
      name: "Priya Nair",
      title: "VP Alliances",
      tierId: "t-alliance",
      email: "priya.nair@acme.example",
      notes: "Owns the joint business plan. Prefers a short written agenda before calls.",
      position: { x: 40, y: 24 },
    },
    {
      id: "p-marco",
      org: "a",
      name: "Marco Álvarez",
      title: "Regional Sales Director, EMEA",
      tierId: "t-sales",
      position: { x: 220, y: 24 },
    },
    {
      id: "p-sophie",
      org: "a",
      name: "Sophie Lin",
      title: "Solutions Architect",
      tierId: "t-tech",
    },
    {
      id: "p-hank",
      org: "b",
      name: "Hank Scorpio",
      title: "CEO",
      tierId: "t-exec",
      position: { x: 40, y: 24 },
    },
    {
      id: "p-ruth",
      org: "b",
      name: "Ruth Okafor",
      title: "Head of Partnerships",
      tierId: "t-alliance",
      email: "ruth.okafor@globex.example",
      position: { x: 40, y: 24 },
    },
    {
      id: "p-tom",
      org: "b",
      name: "Tom Becker",
      title: "Channel Sales Lead",
      tierId: "t-sales",
      position: { x: 40, y: 24 },
    },
    {
      id: "p-aiko",
      org: "b",
      name: "Aiko Tanaka",
      title: "Cloud Platform Engineer",
      tierId: "t-tech",
      position: { x: 40, y: 24 },
    },
  ],
  relationships: [
    { id: "r-1", source: "p-dana", target: "p-hank", strength: 4, lastContact: "2025-02-20" },
    {
      id: "r-2",
      source: "p-priya",
      target: "p-ruth",
      strength: 5,
      notes: "Weekly call on Thursdays; co-own the partner scorecard.",
      lastContact: "2025-03-13",
    },
    {
      id: "r-3",
      source: "p-marco",
      target: "p-tom",
      strength: 2,
      notes: "Friction over deal registration in Q4; needs a reset meeting.",
      targetStrength: 4,
    },
    {
      id: "r-4",
      source: "p-priya",
      target: "p-hank",
      strength: 3,
      targetStrength: 4,
      planned: true,
    },
  ],
  actions: [
    {
      id: "a-1",
      text: "Reset meeting on deal registration",
      about: { kind: "relationship", id: "r-3" },
      owner: "Priya Nair",
      ownerId: "p-priya",
      due: "2025-04-01",
      status: "open",
      createdAt: "2025-03-14T16:10:00.000Z",
    },
    {
      id: "a-2",
      text: "Introduce Sophie to Aiko at the partner summit",
      about: { kind: "gap", id: "missing-peer-link:t-tech" },
      owner: "Marco",
      status: "done",
      createdAt: "2025-02-03T10:00:00.000Z",
      doneAt: "2025-03-01T12:00:00.000Z",
    },
  ],
  settings: { healthyThreshold: 3 },
  createdAt: "2025-01-08T09:15:00.000Z",
  updatedAt: "2025-03-14T16:18:42.000Z",
};

/** The example's one snapshot: the kick-off, when four people and two links were mapped. */
export const acmeKickOff: Snapshot = {
  id: "s-kickoff",
  mapId: acmeGlobex.id,
  label: "Kick-off",
  date: "2025-01-15",
  takenAt: "2025-01-15T17:02:00.000Z",
  map: {
    ...acmeGlobex,
    people: acmeGlobex.people.filter((p) =>
      ["p-dana", "p-priya", "p-hank", "p-ruth"].includes(p.id),
    ),
    relationships: [
      { id: "r-1", source: "p-dana", target: "p-hank", strength: 3 },
      { id: "r-2", source: "p-priya", target: "p-ruth", strength: 4 },
    ],
    actions: [],
    updatedAt: "2025-01-15T17:00:00.000Z",
  },
};

/** A fresh, freely mutable copy of the example file object. */
export const acmeGlobexFile = (): MapFile => structuredClone(toMapFile(acmeGlobex, EXPORTED_AT));

/** Marks a path for removal in `edited`. */
export const REMOVE = Symbol("remove");

/**
 * The example file as text with some values replaced, e.g.
 * `edited({ "map.people[3].tier": "vp" })`. Paths use the same notation as error paths.
 */
export function edited(changes: Record<string, unknown>, base: unknown = acmeGlobexFile()): string {
  for (const [path, value] of Object.entries(changes)) setPath(base, path, value);
  return JSON.stringify(base, null, 2);
}

function setPath(root: unknown, path: string, value: unknown): void {
  const keys = (path.match(/[^.[\]]+/g) ?? []).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  const last = keys.pop();
  let node = root as Record<PropertyKey, unknown>;
  for (const key of keys) node = node[key] as Record<PropertyKey, unknown>;
  if (last === undefined) throw new Error(`empty path ${path}`);
  if (value === REMOVE) {
    if (Array.isArray(node) && typeof last === "number") node.splice(last, 1);
    else delete node[last];
  } else node[last] = value;
}
