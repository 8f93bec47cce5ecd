import { describe, expect, it } from "vitest";
import { addPerson, renameMap, updateOrg, updatePerson } from "../../../src/domain/edits";
import { LIMITS } from "../../../src/domain/format";
import { connect, updateRelationships } from "../../../src/domain/linkEdits";
import { limitWarnings, MAX_LENGTH } from "../../../src/domain/mapLimits";
import type { PeerMap, Person, Relationship } from "../../../src/domain/model";
import { addTier, renameTier } from "../../../src/domain/tiers";
import { aMap, tierId } from "../builders";

const base = aMap()
  .named("Acme")
  .withTiers("Sales")
  .withPerson("ada", { org: "a", tier: "Sales" })
  .withPerson("grace", { org: "b", tier: "Sales" })
  .withLink("ada", "grace", 3)
  .build();
const sales = tierId("Sales");

const refused = (result: { ok: boolean; reason?: string }): string =>
  result.ok ? "accepted" : (result.reason ?? "");

const withPeople = (map: PeerMap, count: number): PeerMap => ({
  ...map,
  people: Array.from(
    { length: count },
    (_, i): Person => ({ id: `p${i}`, org: "a", name: `P${i}`, tierId: sales }),
  ),
  relationships: [],
});

describe("edits refuse what would break a limit", () => {
  it("adding a person to a full map says why", () => {
    const full = withPeople(base, LIMITS.maxPeople);
    expect(refused(addPerson(full, { org: "a", name: "One more", tierId: sales }))).toBe(
      "This map already has 10,000 people, the most Peermap supports. Remove someone before adding another.",
    );
    expect(
      addPerson(withPeople(base, LIMITS.maxPeople - 1), { org: "a", name: "Last", tierId: sales })
        .ok,
    ).toBe(true);
  });

  it("connecting in a map with the most relationships says why", () => {
    const relationships = Array.from(
      { length: LIMITS.maxRelationships },
      (_, i): Relationship => ({ id: `r${i}`, source: "ada", target: "grace", strength: 3 }),
    );
    const map = { ...base, relationships };
    const extra = {
      ...map,
      people: [...map.people, { id: "alan", org: "a" as const, name: "Alan", tierId: sales }],
    };
    expect(refused(connect(extra, "alan", "grace"))).toMatch(/already has 50,000 relationships/);
  });

  it("adding a tier past the limit says why; the last allowed one is added", () => {
    const tiers = Array.from({ length: LIMITS.maxTiers - 1 }, (_, i) => ({
      id: `t${i}`,
      name: `T${i}`,
    }));
    const almost = { ...base, tiers };
    const last = addTier(almost, "Last");
    expect(last.ok).toBe(true);
    if (!last.ok) return;
    expect(refused(addTier(last.map, "Too many"))).toBe(
      "This map already has 100 tiers, the most Peermap supports. Delete one before adding another.",
    );
  });

  it("text over its length is refused with its limit, text at it is kept", () => {
    const over = (max: number) => "x".repeat(max + 1);
    const at = (max: number) => "x".repeat(max);
    expect(refused(updatePerson(base, "ada", { notes: over(MAX_LENGTH.notes) }))).toBe(
      "Notes can be at most 5,000 characters; this has 5,001. Shorten it and try again.",
    );
    expect(refused(updatePerson(base, "ada", { name: over(MAX_LENGTH.name) }))).toMatch(
      /^A name can be at most 200/,
    );
    expect(refused(updatePerson(base, "ada", { title: over(MAX_LENGTH.title) }))).toMatch(
      /^A title can be at most 200/,
    );
    expect(refused(updatePerson(base, "ada", { email: over(MAX_LENGTH.email) }))).toMatch(
      /^An email address can be at most 320/,
    );
    expect(
      refused(
        addPerson(base, { org: "a", name: "Al", tierId: sales, notes: over(MAX_LENGTH.notes) }),
      ),
    ).toMatch(/^Notes/);
    expect(
      refused(updateRelationships(base, ["ada-grace"], { notes: over(MAX_LENGTH.notes) })),
    ).toMatch(/^Notes/);
    expect(refused(renameMap(base, over(MAX_LENGTH.name)))).toMatch(/^A name can be at most/);
    expect(refused(updateOrg(base, "a", { name: over(MAX_LENGTH.name) }))).toMatch(
      /^A name can be at most/,
    );
    expect(refused(renameTier(base, sales, over(MAX_LENGTH.name)))).toMatch(
      /^A tier name can be at most/,
    );
    expect(refused(addTier(base, over(MAX_LENGTH.name)))).toMatch(/^A tier name can be at most/);

    const notes = updateRelationships(base, ["ada-grace"], { notes: at(MAX_LENGTH.notes) });
    expect(notes.ok && notes.map.relationships[0]?.notes).toBe(at(MAX_LENGTH.notes));
    const named = updatePerson(base, "ada", { name: at(MAX_LENGTH.name) });
    expect(named.ok && named.map.people[0]?.name).toBe(at(MAX_LENGTH.name));
  });

  it("a stored over-long field does not block changing another field", () => {
    const long = { ...base, people: base.people.map((p) => ({ ...p, notes: "n".repeat(6000) })) };
    const result = updatePerson(long, "ada", { title: "CEO" });
    expect(result.ok && result.map.people[0]?.title).toBe("CEO");
  });
});

describe("names with nothing visible are empty", () => {
  const zwsp = "\u200B";
  it.each([
    [
      "addPerson",
      () => addPerson(base, { org: "a", name: zwsp, tierId: sales }),
      "Type a name first.",
    ],
    [
      "updatePerson",
      () => updatePerson(base, "ada", { name: "\uFEFF\u2060" }),
      "A person needs a name.",
    ],
    ["addTier", () => addTier(base, "\u00AD"), "A tier needs a name."],
    ["renameTier", () => renameTier(base, sales, "\u200E\u200F"), "A tier needs a name."],
    ["renameMap", () => renameMap(base, ` ${zwsp} `), "A map needs a name."],
    ["updateOrg", () => updateOrg(base, "b", { name: zwsp }), "An organisation needs a name."],
  ])("%s refuses it", (_, run, reason) => {
    expect(refused(run())).toBe(reason);
  });
});

describe("limitWarnings", () => {
  it("is empty for a map within the limits", () => {
    expect(limitWarnings(base)).toEqual([]);
  });

  it("names every limit a map is over, and says nothing was removed", () => {
    const tiers = Array.from({ length: 101 }, (_, i) => ({ id: `t${i}`, name: `T${i}` }));
    const map: PeerMap = {
      ...base,
      tiers: [...base.tiers, ...tiers],
      people: base.people.map((p) => ({
        ...p,
        notes: "n".repeat(5001),
        name: p.id === "ada" ? "\u200B" : p.name,
      })),
    };
    expect(limitWarnings(map)).toEqual([
      '"Acme" has 102 tiers, more than the 100 Peermap supports: nothing was removed, but delete some so the map can be exported and imported back.',
      `"Acme" has a person's name with no visible characters: nothing was removed, but change it so the map can be exported and imported back.`,
      `"Acme" has a person's notes longer than 5,000 characters (2 times): nothing was removed, but change them so the map can be exported and imported back.`,
    ]);
  });
});
