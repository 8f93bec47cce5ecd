import { describe, expect, it } from "vitest";
import { compareMaps } from "../../../src/domain/compare";
import { changeSentences, removedLinkId } from "../../../src/domain/report/changeSentences";
import { sampleAlliance } from "../../../src/domain/sampleAlliance";
import { FIXED_NOW } from "../builders";
import { aQuarterLater, idOf, linkOf } from "./quarterLater";

describe("changeSentences", () => {
  const before = sampleAlliance(FIXED_NOW);
  const after = aQuarterLater(before);
  const summary = changeSentences(before, after, compareMaps(before, after));
  const texts = Object.fromEntries(
    summary.groups.map((g) => [g.heading, g.sentences.map((s) => s.text)]),
  );

  it("says what changed in the sample alliance, group by group, in plain sentences", () => {
    expect(texts).toEqual(EXPECTED);
    // People first, then links, then gaps: the order a review walks through.
    expect(summary.groups.map((g) => g.heading)).toEqual(Object.keys(EXPECTED));
    expect(summary.coverage).toMatch(/^Coverage: \d+% → \d+%$/);
    expect(summary.nothingChanged).toBe(false);
  });

  it("points each sentence at what it is about on the later map", () => {
    const focus = (heading: string) =>
      summary.groups.find((g) => g.heading === heading)?.sentences.map((s) => s.focus);
    expect(focus("People joined")).toEqual([
      { kind: "person", id: idOf(after, "Marta Kowalczyk") },
    ]);
    // Someone who left is drawn, while comparing, as a faint card where they were.
    expect(focus("People left")).toEqual([{ kind: "left", id: idOf(before, "Lina Costa") }]);
    expect(focus("New links")).toEqual([
      { kind: "link", id: "raj-sam", ends: [idOf(after, "Raj Patel"), idOf(after, "Sam Morgan")] },
    ]);
    const hannahTom = linkOf(before, "Hannah Schultz", "Tom Becker");
    // Lina's link ends on her faint card; Hannah's and Tom's between them.
    const priyaLina = linkOf(before, "Priya Nair", "Lina Costa");
    expect(focus("Removed links")).toEqual([
      {
        kind: "removed-link",
        id: priyaLina,
        ends: [idOf(before, "Priya Nair"), idOf(before, "Lina Costa")],
      },
      {
        kind: "removed-link",
        id: hannahTom,
        ends: [idOf(before, "Hannah Schultz"), idOf(before, "Tom Becker")],
      },
    ]);
    expect(removedLinkId(hannahTom)).not.toBe(hannahTom);
  });

  it("says nothing changed between a map and itself", () => {
    const same = changeSentences(before, before, compareMaps(before, before));
    expect(same).toEqual({ groups: [], coverage: expect.any(String), nothingChanged: true });
  });
});

const EXPECTED = {
  "People joined": ["Marta Kowalczyk joined (Globex Cloud, Marketing)"],
  "People left": ["Lina Costa left (Globex Cloud, Alliance management)"],
  "New links": ["Raj Patel ↔ Sam Morgan: new link, 3 Working"],
  "Removed links": [
    "Priya Nair ↔ Lina Costa: link removed (was 3 Working)",
    "Hannah Schultz ↔ Tom Becker: link removed (was 2 Weak)",
  ],
  "Stronger links": ["Jordan Lee ↔ Ken Watanabe: stronger, 2 Weak → 4 Strong"],
  "Weaker links": ["Grace Kim ↔ Noah Fischer: weaker, 3 Working → 1 Strained"],
  "Gaps closed": [
    "Sales: gap closed — The best link between Acme Software and Globex Cloud at Sales is 2 Weak, below the healthy 3 Working.",
    "Marketing: gap closed — Globex Cloud has nobody at Marketing.",
    "Technical / delivery: gap closed — Raj Patel has no link to anyone from Globex Cloud at Technical / delivery.",
  ],
  "New gaps": [
    "Marketing: new warning gap — Nobody from Acme Software is linked to anyone from Globex Cloud at Marketing.",
    "Operations / support: new warning gap — The best link between Acme Software and Globex Cloud at Operations / support is 1 Strained, below the healthy 3 Working.",
    "Marketing: new info gap — Hannah Schultz has no link to anyone from Globex Cloud at Marketing.",
    "Marketing: new info gap — Marta Kowalczyk has no link to anyone from Acme Software at Marketing.",
  ],
};
