import type { PeerMap, Person, Relationship } from "../model";
import { FORMAT_ID } from "./limits";
import { CURRENT_FORMAT_VERSION } from "./migrations";
import type { MapFile, MapFilePerson, MapFileRelationship } from "./schema";

/**
 * Builds the file object with keys in the documented order. Objects are built field by field
 * (never spread from the model) so the key order is fixed, stray in-memory fields stay out of
 * files, and two exports of the same map are byte-identical, which keeps diffs of backups clean.
 */
export function toMapFile(map: PeerMap, exportedAt: string): MapFile {
  return {
    format: FORMAT_ID,
    version: CURRENT_FORMAT_VERSION,
    exportedAt,
    map: {
      id: map.id,
      name: map.name,
      orgs: {
        a: { name: map.orgs.a.name, color: map.orgs.a.color },
        b: { name: map.orgs.b.name, color: map.orgs.b.color },
      },
      tiers: map.tiers.map((tier) => ({ id: tier.id, name: tier.name })),
      settings: { healthyThreshold: map.settings.healthyThreshold },
      people: map.people.map(toFilePerson),
      relationships: map.relationships.map(toFileRelationship),
      createdAt: map.createdAt,
      updatedAt: map.updatedAt,
    },
  };
}

/** An empty string means "not set" in the editor; the file only carries fields that are set. */
const isSet = (value: string | undefined): value is string => value !== undefined && value !== "";

function toFilePerson(person: Person): MapFilePerson {
  return {
    id: person.id,
    org: person.org,
    name: person.name,
    ...(isSet(person.title) ? { title: person.title } : {}),
    tier: person.tierId,
    ...(isSet(person.email) ? { email: person.email } : {}),
    ...(isSet(person.notes) ? { notes: person.notes } : {}),
    ...(person.position ? { position: { x: person.position.x, y: person.position.y } } : {}),
  };
}

function toFileRelationship(relationship: Relationship): MapFileRelationship {
  return {
    id: relationship.id,
    source: relationship.source,
    target: relationship.target,
    strength: relationship.strength,
    ...(isSet(relationship.notes) ? { notes: relationship.notes } : {}),
    ...(isSet(relationship.lastContact) ? { lastContact: relationship.lastContact } : {}),
  };
}

/** The map as file text: 2-space indent, trailing newline, deterministic for a given input. */
export function serializeMap(map: PeerMap, exportedAt: string): string {
  return `${JSON.stringify(toMapFile(map, exportedAt), null, 2)}\n`;
}
