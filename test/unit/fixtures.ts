/**
 * Loads the realistic maps in test/fixtures. Deliberately minimal: JSON.parse and the
 * file-to-model field mapping (file `tier` -> model `tierId`), no validation; the real
 * parser lives in src/domain/format.
 */
import { readFileSync } from "node:fs";
import type { PeerMap, Person } from "../../src/domain/model";

export type FixtureName = "small-workshop" | "lopsided-alliance" | "empty";

type FilePerson = Omit<Person, "tierId"> & { tier: string };

interface PeerMapFile {
  format: "peermap";
  version: number;
  exportedAt: string;
  map: Omit<PeerMap, "people"> & { people: FilePerson[] };
}

export function readFixtureFile(name: FixtureName): PeerMapFile {
  const url = new URL(`../fixtures/${name}.peermap.json`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as PeerMapFile;
}

export function loadFixture(name: FixtureName): PeerMap {
  const { map } = readFixtureFile(name);
  return {
    ...map,
    actions: map.actions ?? [],
    people: map.people.map(({ tier, ...person }) => ({ ...person, tierId: tier })),
  };
}
