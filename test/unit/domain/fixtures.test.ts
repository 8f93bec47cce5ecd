import { describe, expect, it } from "vitest";
import { analyseMap, type Gap } from "../../../src/domain/gaps";
import { loadFixture, readFixtureFile } from "../fixtures";

const summary = (gaps: Gap[]) =>
  gaps.map((gap) => `${gap.severity} ${gap.kind} ${gap.tierId} ${gap.personIds.join(",")}`);

describe("the Acme Software x Globex Cloud workshop", () => {
  const analysis = analyseMap(loadFixture("small-workshop"));

  it("finds exactly the gaps the facilitator would call out", () => {
    expect(summary(analysis.gaps)).toEqual([
      "warning weak-peer-link marketing olivia,hannah",
      "warning missing-peer-link technical-delivery raj,sofia,ben",
      "warning missing-counterpart operations-support nina",
      "info unpaired sales mei",
      "info unpaired technical-delivery raj",
      "info unpaired technical-delivery sofia",
      "info unpaired technical-delivery ben",
    ]);
  });

  it("reads them out in plain sentences", () => {
    expect(analysis.gaps.map((gap) => gap.message)).toEqual([
      "The best link between Acme Software and Globex Cloud at Marketing is 2 Weak, below the healthy 3 Working.",
      "Nobody from Acme Software is linked to anyone from Globex Cloud at Technical / delivery.",
      "Acme Software has nobody at Operations / support.",
      "Mei Tanaka has no link to anyone from Globex Cloud at Sales.",
      "Raj Patel has no link to anyone from Globex Cloud at Technical / delivery.",
      "Sofia Lindqvist has no link to anyone from Globex Cloud at Technical / delivery.",
      "Ben Adeyemi has no link to anyone from Acme Software at Technical / delivery.",
    ]);
  });

  it("does not call Priya a single point of failure: three of six links is exactly half", () => {
    expect(analysis.gaps.some((gap) => gap.kind === "single-point-of-failure")).toBe(false);
  });

  it("covers half of its staffed tiers and suggests Raj meets Ben", () => {
    expect(analysis.coverage).toBe(50);
    expect(analysis.suggestions.map(({ source, target }) => [source, target])).toEqual([
      ["raj", "ben"],
    ]);
    expect([...analysis.unpairedIds]).toEqual(["mei", "raj", "sofia", "ben"]);
  });
});

describe("the lopsided Northwind Analytics x Contoso Systems alliance", () => {
  const analysis = analyseMap(loadFixture("lopsided-alliance"));

  it("opens with the partner's missing executive sponsor", () => {
    expect(analysis.gaps[0]).toMatchObject({
      severity: "critical",
      kind: "missing-counterpart",
      message: "Contoso Systems has nobody at Executive sponsor.",
    });
  });

  it("sees that all contact runs through Elif", () => {
    const spofs = analysis.gaps.filter((gap) => gap.kind === "single-point-of-failure");
    expect(spofs.map((gap) => gap.message)).toEqual([
      "All contact runs through Elif Şahin (7 of 8 links between Northwind Analytics and Contoso Systems).",
    ]);
  });

  it("lists every tier problem in tier order", () => {
    expect(summary(analysis.gaps.filter((gap) => gap.kind !== "unpaired"))).toEqual([
      "critical missing-counterpart executive-sponsor henrik",
      "warning single-point-of-failure alliance-management elif",
      "warning weak-peer-link sales omar,aisha",
      "warning missing-counterpart marketing george,ines",
      "warning missing-peer-link technical-delivery grace,jun,kofi,lara,mateo",
      "warning missing-counterpart operations-support noor,oscar,paula",
    ]);
    expect(analysis.coverage).toBe(16);
    expect(analysis.suggestions.map(({ source, target }) => [source, target])).toEqual([
      ["grace", "jun"],
    ]);
  });
});

describe("an empty map", () => {
  it("has no gaps, no measurable coverage (never 100) and nothing to suggest", () => {
    const analysis = analyseMap(loadFixture("empty"));
    expect(analysis).toEqual({
      gaps: [],
      coverage: null,
      peopleCoverage: null,
      tiers: expect.any(Array),
      suggestions: [],
      unpairedIds: new Set(),
    });
    expect(analysis.tiers.every((tier) => tier.state === "empty")).toBe(true);
  });
});

describe("the fixture loader", () => {
  it("maps the file's tier field to the model's tierId", () => {
    const file = readFixtureFile("small-workshop");
    const map = loadFixture("small-workshop");
    expect(file.format).toBe("peermap");
    expect(map.people.map((person) => person.tierId)).toEqual(
      file.map.people.map((person) => person.tier),
    );
    expect(map.people.every((person) => !("tier" in person))).toBe(true);
  });
});
