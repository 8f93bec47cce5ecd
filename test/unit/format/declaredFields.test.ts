/**
 * Each record is declared once (src/domain/format/schema.ts); the file's fields, their order
 * and the converters both ways come from that declaration, so a declared field cannot be left
 * out of files by a converter that lists the fields it knows.
 */
import { describe, expect, it } from "vitest";
import { parseMapFile, serializeMap, toMapFile } from "../../../src/domain/format";
import { fileName, fileSchema, modelRecords } from "../../../src/domain/format/schema";
import type { PeerMap } from "../../../src/domain/model";
import { aMap } from "../builders";

const EXPORTED_AT = "2025-03-14T16:20:00.000Z";

/** Every optional field set, so every declared field has something to carry. */
const full: PeerMap = (() => {
  const map = aMap()
    .withPerson("ada", { org: "a", tier: "Sales", name: "Ada", at: { x: 0, y: 16 } })
    .withPerson("grace", { org: "b", tier: "Sales", name: "Grace" })
    .withLink("ada", "grace", 4)
    .build();
  return {
    ...map,
    people: map.people.map((p) => ({ ...p, title: "CTO", email: "a@example.org", notes: "N" })),
    relationships: map.relationships.map((r) => ({
      ...r,
      notes: "N",
      lastContact: "2025-01-02",
      targetStrength: 5,
      planned: true,
    })),
    actions: [
      {
        id: "a1",
        text: "Book a dinner",
        about: { kind: "relationship", id: map.relationships[0]?.id ?? "" },
        owner: "Ada",
        ownerId: map.people[0]?.id ?? "",
        due: "2025-04-01",
        status: "done",
        createdAt: EXPORTED_AT,
        doneAt: EXPORTED_AT,
      },
    ],
  };
})();

const inFile = (keys: string[]) => keys.map(fileName);

describe("the declaration of each record", () => {
  it("gives the file every declared field, in the declared order, under its file name", () => {
    const file = toMapFile(full, EXPORTED_AT).map;
    expect(Object.keys(file)).toEqual(Object.keys(modelRecords.map.shape));
    expect(Object.keys(file.people[0] ?? {})).toEqual(
      inFile(Object.keys(modelRecords.person.shape)),
    );
    expect(Object.keys(file.relationships[0] ?? {})).toEqual(
      Object.keys(modelRecords.relationship.shape),
    );
    expect(Object.keys(file.orgs.a)).toEqual(Object.keys(modelRecords.organisation.shape));
    expect(Object.keys(file.tiers[0] ?? {})).toEqual(Object.keys(modelRecords.tier.shape));
    expect(Object.keys(file.settings)).toEqual(Object.keys(modelRecords.settings.shape));
    expect(Object.keys(file.actions[0] ?? {})).toEqual(Object.keys(modelRecords.action.shape));
  });

  it("is the file schema's too: the file's person is the model's under its file names", () => {
    const filePerson = fileSchema.shape.map.shape.people.element.shape;
    expect(Object.keys(filePerson)).toEqual(inFile(Object.keys(modelRecords.person.shape)));
  });

  it("carries every field to the file and back", () => {
    const parsed = parseMapFile(serializeMap(full, EXPORTED_AT));
    expect(parsed.ok && parsed.map).toEqual(full);
  });
});
