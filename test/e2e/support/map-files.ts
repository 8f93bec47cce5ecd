/**
 * Map files for the import and export specs: the test/fixtures maps, files made in the test
 * (deliberately broken ones too), and a comparison of two files that ignores what may differ
 * between exports of the same map.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "../env";

/** What `setInputFiles` takes for a file made in the test. */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export type FixtureName = "small-workshop" | "lopsided-alliance" | "empty";

export const fixturePath = (name: FixtureName): string =>
  path.join(REPO_ROOT, "test", "fixtures", `${name}.peermap.json`);

/** A Peermap file as JSON (loosely typed: tests break files on purpose). */
// biome-ignore lint/suspicious/noExplicitAny: map files are edited freely to make bad ones
export type MapFileJson = Record<string, any>;

export async function readFixture(name: FixtureName): Promise<MapFileJson> {
  return JSON.parse(await readFile(fixturePath(name), "utf8")) as MapFileJson;
}

export const jsonFile = (name: string, value: unknown): FilePayload => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(JSON.stringify(value, null, 2), "utf8"),
});

export const textFile = (name: string, text: string, mimeType = "text/plain"): FilePayload => ({
  name,
  mimeType,
  buffer: Buffer.from(text, "utf8"),
});

/** The small workshop fixture: what its map holds, for hand-made expectations. */
export const WORKSHOP = {
  name: "Acme Software x Globex Cloud",
  id: "m7q2k9x4acme",
  people: 14,
  unplaced: 1,
  relationships: 8,
} as const;

/**
 * A map file's content without what may differ between two files of the same map: the ids
 * (replaced by list positions, references followed), the file's and the map's timestamps.
 * Two files normalise equal when they describe the same map.
 */
export function normaliseMapFile(file: MapFileJson): MapFileJson {
  const map = file.map as MapFileJson;
  const tierIndex = new Map<string, number>(
    (map.tiers as MapFileJson[]).map((t, i) => [t.id as string, i]),
  );
  const personIndex = new Map<string, number>(
    (map.people as MapFileJson[]).map((p, i) => [p.id as string, i]),
  );
  const tier = (id: string) => `tier#${tierIndex.get(id) ?? `?${id}`}`;
  const person = (id: string) => `person#${personIndex.get(id) ?? `?${id}`}`;
  return {
    format: file.format,
    version: file.version,
    map: {
      name: map.name,
      orgs: map.orgs,
      tiers: (map.tiers as MapFileJson[]).map((t) => ({ ...t, id: tier(t.id) })),
      settings: map.settings,
      people: (map.people as MapFileJson[]).map((p) => ({
        ...p,
        id: person(p.id),
        tier: tier(p.tier),
      })),
      relationships: (map.relationships as MapFileJson[]).map((r, i) => ({
        ...r,
        id: `relationship#${i}`,
        source: person(r.source),
        target: person(r.target),
      })),
    },
  };
}
