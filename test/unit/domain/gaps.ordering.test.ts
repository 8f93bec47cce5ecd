import { describe, expect, it } from "vitest";
import { findGaps, type Gap } from "../../../src/domain/gaps";
import type { PeerMap } from "../../../src/domain/model";
import { aMap } from "../builders";

const acmeAndGlobex = () =>
  aMap()
    .withOrgs("Acme", "Globex")
    .withTiers("Executive sponsor", "Alliance management", "Sales", "Marketing");

const summary = (gaps: Gap[]) =>
  gaps.map((gap) => `${gap.severity} ${gap.kind} ${gap.tierId} ${gap.personIds.join(",")}`);

describe("the order a facilitator walks through the gaps", () => {
  it("goes most severe first, then top tier down, then by kind, then roster order", () => {
    const map = acmeAndGlobex()
      .withPeople("a", "Executive sponsor", "ada")
      .withPeople("a", "Alliance management", "alan")
      .withPeople("b", "Alliance management", "kate", "ken", "linus", "barbara")
      .withPeople("a", "Sales", "zoe", "bob")
      .withPeople("b", "Sales", "grace")
      .withPeople("b", "Marketing", "mia")
      .withLink("alan", "kate", 2)
      .withLink("alan", "ken", 2)
      .withLink("alan", "linus", 2)
      .withLink("ada", "mia", 4)
      .build();

    expect(summary(findGaps(map))).toEqual([
      "critical missing-counterpart executive-sponsor ada",
      "warning weak-peer-link alliance-management alan,kate,ken,linus",
      "warning single-point-of-failure alliance-management alan",
      "warning missing-peer-link sales zoe,bob,grace",
      "warning missing-counterpart marketing mia",
      "info unpaired alliance-management barbara",
      "info unpaired sales zoe",
      "info unpaired sales bob",
      "info unpaired sales grace",
    ]);
  });
});

describe("gap ids", () => {
  const workshop = (rename = false) =>
    acmeAndGlobex()
      .withPerson("ada", { org: "a", tier: "Sales", name: rename ? "Ada King" : "Ada Lovelace" })
      .withPeople("b", "Sales", "grace")
      .withPeople("a", "Marketing", "alan")
      .build();

  it("are derived from kind, tier and person, so the UI can track a gap across edits", () => {
    expect(findGaps(workshop()).map((gap) => gap.id)).toEqual([
      "missing-peer-link:sales",
      "missing-counterpart:marketing",
      "unpaired:sales:ada",
      "unpaired:sales:grace",
    ]);
  });

  it("do not change when the same map is analysed again or a name is edited", () => {
    const ids = (map: PeerMap) => findGaps(map).map((gap) => gap.id);
    expect(ids(workshop())).toEqual(ids(workshop()));
    expect(ids(workshop(true))).toEqual(ids(workshop()));
    expect(findGaps(workshop(true))[2]?.message).toContain("Ada King");
  });
});

describe("messages", () => {
  it("use the organisations' and tiers' names as currently typed", () => {
    const map = aMap()
      .withOrgs("Initech", "Umbrella")
      .withTiers("Board", "Technical / delivery")
      .withPeople("a", "Technical / delivery", "peter")
      .build();
    expect(findGaps(map)[0]?.message).toBe("Umbrella has nobody at Technical / delivery.");
  });

  it("still read as sentences while a name is blank mid-edit", () => {
    const map = aMap()
      .withOrgs(" ", "")
      .withTiers("")
      .withPerson("ada", { org: "a", tierId: "", name: "" })
      .withPerson("grace", { org: "b", tierId: "" })
      .build();

    expect(findGaps(map).map((gap) => gap.message)).toEqual([
      "Nobody from Our company is linked to anyone from Partner at an unnamed tier.",
      "An unnamed person has no link to anyone from Partner at an unnamed tier.",
      "Grace has no link to anyone from Our company at an unnamed tier.",
    ]);
  });
});

describe("a map with leftovers from editing", () => {
  it("does not throw on dangling links, unknown tiers, self-links or duplicated ids", () => {
    const map = acmeAndGlobex()
      .withPeople("a", "Sales", "ada")
      .withPeople("b", "Sales", "grace")
      .withPerson("ghost-tier", { org: "b", tierId: "gone" })
      .withPerson("ada", { org: "b", tier: "Sales" })
      .withLink("ada", "ada", 5)
      .withLink("ada", "nobody", 5)
      .withLink("ghost-tier", "ada", 5)
      .build();
    map.tiers.push({ id: "sales", name: "Sales again" });

    expect(summary(findGaps(map))).toEqual([
      "warning missing-peer-link sales ada,grace",
      "info unpaired sales ada",
      "info unpaired sales grace",
    ]);
  });
});

describe("scale", () => {
  // Speed is measured by `npm run bench`; this only proves a big map is analysed correctly.
  it("analyses a ten-thousand-person map", () => {
    let builder = aMap().withTiers("Sales");
    for (let i = 0; i < 5000; i += 1) {
      builder = builder.withPeople("a", "Sales", `a${i}`).withPeople("b", "Sales", `b${i}`);
    }
    const map = builder.build();
    for (let i = 0; i < 5000; i += 2) {
      map.relationships.push({ id: `r${i}`, source: `a${i}`, target: `b${i}`, strength: 1 });
    }

    const gaps = findGaps(map);
    expect(gaps).toHaveLength(1 + 5000);
  });
});
